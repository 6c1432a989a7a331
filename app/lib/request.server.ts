// Per-request helpers that read the load context the server entry creates.
import type { AppLoadContext } from "@remix-run/node";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** Values computed once per request and shared by the loaders and the document render. */
    memo: Map<string, Promise<unknown>>;
    /** The client's address as Express sees it (behind a trusted proxy: the forwarded one). */
    clientIp: string;
    /** Cookies the answer carries whatever it is (a session given a new token while the act went on). */
    setCookies: string[];
  }
}

export function memoize<T>(context: AppLoadContext, key: string, compute: () => Promise<T>): Promise<T> {
  let value = context.memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = compute();
    context.memo.set(key, value);
  }
  return value;
}
