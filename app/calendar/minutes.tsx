import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "~/components/field";
import { formatDateTime } from "~/lib/format";
import type { EventPage } from "./presenters.server";

/** A Global Call's minutes, and for the secretariat after the call, the form to post or update them. */
export function MinutesSection({
  page,
  locale,
  typed,
  error,
}: {
  page: EventPage;
  locale: string;
  /** What was typed in a refused posting, given back. */
  typed?: string;
  error?: string;
}) {
  const { t } = useTranslation("calendar");
  const { event, started, timeZone } = page;
  return (
    <section aria-labelledby="minutes-heading" className="section-gap" id="minutes">
      <h2 id="minutes-heading">{t("event.minutes")}</h2>
      {event.minutesHtml && event.minutes_posted_at ? (
        <>
          <p className="muted">
            {t("event.minutesPosted", { date: formatDateTime(locale, event.minutes_posted_at, timeZone) })}
          </p>
          <div className="markdown" lang={event.language} dangerouslySetInnerHTML={{ __html: event.minutesHtml }} />
        </>
      ) : (
        <p>{started ? t("event.noMinutes") : t("event.minutesLater")}</p>
      )}
      {page.offers.postMinutes ? (
        <Form method="post" className="stack section-gap">
          <input type="hidden" name="intent" value="minutes" />
          <TextAreaField
            name="minutes"
            label={t("event.minutesLabel")}
            hint={t("event.minutesHint")}
            defaultValue={typed ?? event.minutes}
            error={error}
          />
          <p>
            <button type="submit">{event.minutesHtml ? t("event.updateMinutes") : t("event.postMinutes")}</button>
          </p>
        </Form>
      ) : null}
    </section>
  );
}
