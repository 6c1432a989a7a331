import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { EMAIL_PREVIEWS } from "~/dev/email-previews.server";
import { LOCALES } from "~/i18n/config";
import { isLocalMode } from "~/lib/config.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:emailPreviews.title") };

/** Local mode only: every template with sample data, in each language. */
export async function loader(_: LoaderFunctionArgs) {
  if (!isLocalMode()) throw new Response(null, { status: 404 });
  const previews = await Promise.all(
    Object.entries(EMAIL_PREVIEWS).map(async ([name, compose]) => ({ name, subject: (await compose("en")).subject })),
  );
  return { previews };
}

export default function EmailPreviews() {
  const { previews } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  return (
    <>
      <PageTitle>{t("emailPreviews.title")}</PageTitle>
      <p>{t("emailPreviews.intro")}</p>
      <ul className="feature-list">
        {previews.map((preview) => (
          <li key={preview.name}>
            <strong>{preview.subject}</strong>
            <p>
              {LOCALES.map((locale, index) => (
                <span key={locale}>
                  {index > 0 ? " · " : null}
                  <a href={`/dev/emails/${preview.name}?lang=${locale}`}>
                    {t("emailPreviews.html", { language: locale.toUpperCase() })}
                  </a>
                  {" · "}
                  <a href={`/dev/emails/${preview.name}?lang=${locale}&format=text`}>
                    {t("emailPreviews.text", { language: locale.toUpperCase() })}
                  </a>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
