import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n/config";
import { resources } from "~/locales";

/** One namespace of one language, fetched by the browser when a page needs it. */
export function loader({ params }: LoaderFunctionArgs) {
  const { lng, ns } = params;
  if (!isLocale(lng)) throw new Response(null, { status: 404 });
  const namespaces: Record<string, unknown> = resources[lng];
  if (!ns || !Object.hasOwn(namespaces, ns)) throw new Response(null, { status: 404 });
  return Response.json(namespaces[ns], { headers: { "Cache-Control": "public, max-age=300" } });
}
