/** Only same-site paths: never let a form send someone to another site. */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) {
    return fallback;
  }
  // A control character cannot be in a Location header (and would fail the response).
  if ([...target].some((char) => char < " " || char === "\u007f")) return fallback;
  return target;
}
