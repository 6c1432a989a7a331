import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { feedAction } from "~/calendar/forms.server";
import { createFeedToken, feedStatus, feedUrl, revokeFeedToken } from "~/calendar/ics.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { SuccessNotice } from "~/components/success-notice";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:feed.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  return { feed: (await feedStatus(getDb(), person.id)) ?? null, timeZone: person.timeZone };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = feedAction.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  if (parsed.data.intent === "revoke") {
    await revokeFeedToken(getDb(), person.id);
    return { revoked: true as const, url: null };
  }
  // The address is shown once: only its hash is kept.
  return { revoked: false as const, url: feedUrl(await createFeedToken(getDb(), person.id)) };
}

export default function Subscribe() {
  const { feed, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const url = result?.url;
  return (
    <div className="narrow">
      <p>
        <Link to="/calendar">{t("event.back")}</Link>
      </p>
      <PageTitle>{t("feed.title")}</PageTitle>
      <p>{t("feed.intro")}</p>
      <SuccessNotice>{result?.revoked && t("feed.revoked")}</SuccessNotice>
      {url ? (
        <section className="card" aria-labelledby="feed-url-heading">
          <h2 id="feed-url-heading">{t("feed.newUrl")}</h2>
          <p role="status">{t("feed.copyNow")}</p>
          <label htmlFor="feed-url">{t("feed.address")}</label>
          <input id="feed-url" type="text" readOnly value={url} className="feed-url" />
          <p>
            <a href={url.replace(/^https?:/, "webcal:")}>{t("feed.openApp")}</a>
          </p>
          <ul>
            <li>{t("feed.google")}</li>
            <li>{t("feed.outlook")}</li>
            <li>{t("feed.apple")}</li>
          </ul>
        </section>
      ) : feed && !result?.revoked ? (
        <p>{t("feed.active", { date: formatDateTime(locale, feed.createdAt, timeZone) })}</p>
      ) : (
        <p>{t("feed.none")}</p>
      )}
      <p className="hint">{t("feed.warning")}</p>
      <div className="actions section-gap">
        <Form method="post">
          <input type="hidden" name="intent" value="create" />
          <button type="submit">{feed || url ? t("feed.regenerate") : t("feed.create")}</button>
        </Form>
        {(feed && !result?.revoked) || url ? (
          <Form method="post">
            <input type="hidden" name="intent" value="revoke" />
            <button type="submit" className="button-secondary">
              {t("feed.revoke")}
            </button>
          </Form>
        ) : null}
      </div>
    </div>
  );
}
