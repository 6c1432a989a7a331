import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { DocumentMeta } from "~/components/document-meta";
import { ErrorPage } from "~/components/error-page";
import { InAppNavigation } from "~/components/list-link";
import { DocumentTitle, FocusPageTitleOnNavigation, errorKind } from "~/components/page-title";
import { SiteShell } from "~/components/site-shell";
import { useNonce } from "~/components/nonce";
import { getViewer } from "~/auth/session.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { isLocalMode } from "~/lib/config.server";
import { openedElsewhere } from "~/lib/portal-address.server";
import { can } from "~/members/policy";
import stylesheet from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const handle = { i18n: ["common"] };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [locale, person] = await Promise.all([requestLocale(request, context), getViewer(request, context)]);
  return {
    locale,
    person: person && {
      name: person.name,
      memberName: person.memberName,
      unread: person.unread,
      administers: can(person, "invite", null),
    },
    showStackTraces: process.env.NODE_ENV === "development",
    // Someone running the portal on another address than APP_URL learns it before a form is refused.
    openedElsewhere: isLocalMode() ? openedElsewhere(request) : null,
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const { i18n } = useTranslation();
  const locale = data?.locale ?? i18n.language ?? "en";
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {/* Texts still on their way during hydration leave the server's page in place (a boundary),
            instead of failing the whole page when someone types or clicks before they arrive. */}
        <Suspense>
          <DocumentTitle />
        </Suspense>
        <DocumentMeta />
        <Meta />
        <Links />
      </head>
      <body>
        <Suspense>
          <SiteShell>{children}</SiteShell>
        </Suspense>
        <InAppNavigation />
        <FocusPageTitleOnNavigation />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const data = useRouteLoaderData<typeof loader>("root");
  const kind = errorKind(error);
  if (kind !== "generic") return <ErrorPage kind={kind} status={kind === "notFound" ? 404 : 403} />;
  const detail = data?.showStackTraces && error instanceof Error ? error.stack : undefined;
  return <ErrorPage kind="generic" status={500} detail={detail} />;
}
