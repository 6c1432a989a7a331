/**
 * An email's HTML shown as a page of its own (local mode). Emails carry inline styles, which the
 * portal's CSP forbids; this response gets a policy of its own instead: styles and images only,
 * no script, sandboxed.
 */
export function emailHtmlResponse(html: string): Response {
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; " +
        "sandbox allow-popups allow-top-navigation-by-user-activation",
    },
  });
}
