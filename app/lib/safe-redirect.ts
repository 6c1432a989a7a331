/** Any absolute URL parses against this base; only a target that stays on it is a path of the portal. */
const PORTAL = "http://portal.invalid";

/**
 * Only same-site paths: never let a form send someone to another site. The target is read the way a
 * browser reads a Location (tabs and line breaks dropped, "\" as "/"), so "/\t/evil.example" is seen
 * for the "//evil.example" it becomes, and what comes back is the parsed path, safe in a header.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(target, PORTAL);
  } catch {
    return fallback;
  }
  // "/.//evil.example" parses to the path "//evil.example", which a browser would read as a host again.
  if (url.origin !== PORTAL || url.pathname.startsWith("//")) return fallback;
  return url.pathname + url.search + url.hash;
}
