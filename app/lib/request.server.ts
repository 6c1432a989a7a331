// Per-request helpers that read the load context the server entry creates.
import type { AppLoadContext } from "@remix-run/node";
import { resolveLocale } from "~/i18n/locale.server";
import type { Locale } from "~/i18n/config";

declare module "@remix-run/node" {
  interface AppLoadContext {
    cspNonce: string;
    /** Values computed once per request and shared by the loaders and the document render. */
    memo: Map<string, Promise<unknown>>;
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

export function requestLocale(request: Request, context: AppLoadContext): Promise<Locale> {
  return memoize(context, "locale", () => resolveLocale(request));
}
