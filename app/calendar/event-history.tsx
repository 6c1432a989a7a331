import type { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { loader } from "~/routes/calendar.$id";
import { formatMoment } from "./time";

type Page = ReturnType<typeof useLoaderData<typeof loader>>;

/** An event's changes, so a change or a cancellation is never silent: "Start: … → …". */
export function EventHistory({ history, timeZone }: { history: Page["history"]; timeZone: string }) {
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const show = (field: string, value: string | null) => {
    if (value === null) return "—";
    if (field === "starts_at" || field === "ends_at") return formatMoment(locale, value, timeZone);
    if (field === "type") return t(`types.${value as "training"}`);
    return value;
  };
  return (
    <section aria-labelledby="history-heading" className="section-gap">
      <h2 id="history-heading">{t("history.heading")}</h2>
      <ul className="history-list">
        {history.map((entry) => (
          <li key={entry.id}>
            <p>
              {t(`history.${entry.kind}`, { name: entry.personName ?? "—" })} · <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(locale, entry.at, timeZone)}</time>
            </p>
            {entry.changes.length ? (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {change.from === null && change.to === null
                      ? t("history.changedText", { field: t(`history.fields.${change.field}` as "history.fields.title") })
                      : t("history.changed", {
                          field: t(`history.fields.${change.field}` as "history.fields.title"),
                          from: show(change.field, change.from),
                          to: show(change.field, change.to),
                        })}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
