import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { isLocalMode } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:outbox.title") };

/** Local mode only: what the portal "sent", newest first, with each message's text and links. */
export async function loader(_: LoaderFunctionArgs) {
  if (!isLocalMode()) throw new Response(null, { status: 404 });
  const emails = await getDb()
    .selectFrom("emails")
    .select(["id", "created_at", "recipient", "subject", "purpose", "text"])
    .orderBy("id", "desc")
    .limit(50)
    .execute();
  return { emails };
}

const LINK = /(https?:\/\/[^\s)\]]+)/g;

export default function Outbox() {
  const { emails } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("outbox.title")}</PageTitle>
      <p>{t("outbox.intro")}</p>
      {emails.length === 0 ? <p>{t("outbox.empty")}</p> : null}
      {emails.map((email) => (
        <article key={email.id} className="card section-gap" aria-labelledby={`email-${email.id}`}>
          <h2 id={`email-${email.id}`}>{email.subject}</h2>
          <p className="muted">
            {t("outbox.to", { recipient: email.recipient })} · {formatDateTime(locale, email.created_at)} ·{" "}
            {email.purpose} · <a href={`/dev/outbox/${email.id}`}>{t("outbox.html")}</a>
          </p>
          <ul>
            {[...new Set(email.text.match(LINK) ?? [])].map((url) => (
              <li key={url}>
                <a href={url}>{t("outbox.link", { recipient: email.recipient, path: new URL(url).pathname })}</a>
              </li>
            ))}
          </ul>
          <details>
            <summary>{t("outbox.text")}</summary>
            <pre className="email-text">{email.text}</pre>
          </details>
        </article>
      ))}
    </>
  );
}
