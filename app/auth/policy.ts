// How a command enforces its capability's policy (`can(viewer, action, thing)` in each policy.ts):
// a refusal is an HTTP answer, thrown as Remix expects, so no route has to translate it. 403 for an
// act the person may not take on something they may see; 404 for something they may not know of.
export function forbidden(): Response {
  return new Response(null, { status: 403, statusText: "Forbidden" });
}

export function notFound(): Response {
  return new Response(null, { status: 404, statusText: "Not Found" });
}

/** Throws 403 unless the policy allows it. */
export function ensure(allowed: boolean): asserts allowed {
  if (!allowed) throw forbidden();
}

/** Throws 404 unless the thing exists and the person may see it. */
export function ensureVisible(visible: boolean): asserts visible {
  if (!visible) throw notFound();
}

/** The thing, or 404. */
export function found<T>(thing: T | null | undefined): T {
  if (thing === null || thing === undefined) throw notFound();
  return thing;
}
