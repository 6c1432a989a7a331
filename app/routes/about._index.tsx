import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { type RouteHandle } from "~/components/page-title";
import { requestLocale } from "~/i18n/request-locale.server";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { PublicHome } from "~/public/public-home";
import { publicHome } from "~/public/queries.server";

/** The public home at its own address, for signed-in people too (their `/` is the dashboard). */
export const handle: RouteHandle = {
  i18n: ["public", "calendar"],
  title: (t) => t("public:home.title"),
  description: (t) => t("public:meta.home"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { home: await publicHome(getDb(), await requestLocale(request, context), now()) };
}

export default function About() {
  const { home } = useLoaderData<typeof loader>();
  return <PublicHome home={home} />;
}
