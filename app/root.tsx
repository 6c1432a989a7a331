import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useLoaderData, useRouteError } from "@remix-run/react";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { DocumentMeta } from "~/components/document-meta";
import { ErrorPage } from "~/components/error-page";
import { ConfirmationPage } from "~/confirmation/confirmation-page";
import { InAppNavigation } from "~/components/list-link";
import { DocumentTitle, FocusPageTitleOnNavigation, errorKind } from "~/components/page-title";
import { confirmationIn } from "~/confirmation/screen";
import { SiteShell } from "~/components/site-shell";
import { useNonce } from "~/components/nonce";
import { useRootData } from "~/components/root-data";
import { rootData } from "~/components/root-data.server";
import stylesheet from "~/styles/app.css";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const handle = { i18n: ["common"] };

export function loader({ request, context }: LoaderFunctionArgs) {
  return rootData(request, context);
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRootData();
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
  const data = useRootData();
  const confirmation = confirmationIn(error);
  if (confirmation) return <ConfirmationPage screen={confirmation} />;
  const kind = errorKind(error);
  if (kind !== "generic") return <ErrorPage kind={kind} status={kind === "notFound" ? 404 : 403} />;
  const detail = data?.showStackTraces && error instanceof Error ? error.stack : undefined;
  return <ErrorPage kind="generic" status={500} detail={detail} />;
}
