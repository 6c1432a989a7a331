/**
 * Search engines may index the public site (the home and /about) and nothing else: every other page
 * is behind sign-in, and its address alone says more than a visitor should learn.
 */
export function loader() {
  const body = ["User-agent: *", "Allow: /$", "Allow: /about", "Disallow: /", ""].join("\n");
  return new Response(body, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
