import type { AppLoadContext } from "@remix-run/node";
import { getViewer } from "~/auth/session.server";
import { memoize } from "~/lib/request.server";
import type { Locale } from "./config";
import { resolveLocale } from "./locale.server";

/** The language of this response: computed once, shared by the loaders and the document render. */
export function requestLocale(request: Request, context: AppLoadContext): Promise<Locale> {
  return memoize(context, "locale", async () => {
    const person = await getViewer(request, context);
    return resolveLocale(request, person?.locale);
  });
}
