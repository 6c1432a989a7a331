import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { revokeFeed, subscribeFeed } from "~/calendar/commands.server";
import { feedAction } from "~/calendar/forms.server";
import { canFeed } from "~/calendar/policy";
import { feedUrl } from "~/calendar/ics.server";
import { feedStatus } from "~/calendar/queries.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:feed.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const feed = (await feedStatus(getDb(), viewer.id)) ?? null;
  const facts = { ownerId: viewer.id, active: feed !== null };
  return {
    feed,
    timeZone: viewer.timeZone,
    offers: { regenerate: canFeed(viewer, "regenerate", facts), revoke: canFeed(viewer, "revoke", facts) },
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(feedAction, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  if (parsed.data.intent === "revoke") {
    await revokeFeed(getDb(), viewer);
    return { revoked: true as const, url: null };
  }
  // The address is shown once: only its hash is kept.
  return { revoked: false as const, url: feedUrl(await subscribeFeed(getDb(), viewer)) };
}

export default function Subscribe() {
  const { feed, timeZone, offers } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const url = result && "url" in result ? result.url : null;
  const revoked = result && "revoked" in result && result.revoked;
  return (
    <div className="narrow">
      <p>
        <Link to="/calendar">{t("event.back")}</Link>
      </p>
      <PageTitle>{t("feed.title")}</PageTitle>
      <p>{t("feed.intro")}</p>
      <SuccessNotice>{revoked && t("feed.revoked")}</SuccessNotice>
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
      ) : feed ? (
        <>
          <p>{t("feed.active", { date: formatDateTime(locale, feed.createdAt, timeZone) })}</p>
          <p>
            {feed.lastUsedAt
              ? t("feed.lastUsed", { date: formatDateTime(locale, feed.lastUsedAt, timeZone) })
              : t("feed.neverUsed")}
          </p>
        </>
      ) : (
        <p>{t("feed.none")}</p>
      )}
      <p className="hint">{t("feed.warning")}</p>
      <div className="actions section-gap">
        <Form method="post">
          <input type="hidden" name="intent" value="create" />
          <button type="submit">{offers.regenerate ? t("feed.regenerate") : t("feed.create")}</button>
        </Form>
        {offers.revoke ? (
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
