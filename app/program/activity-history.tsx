import { useTranslation } from "react-i18next";
import type { ActivityChange } from "../../db/schema";
import { useLocale } from "~/components/use-locale";
import { formatCalendarDate, formatDateTime } from "~/lib/format";

interface HistoryEntry {
  id: number;
  at: Date | string;
  kind: "proposed" | "created" | "updated" | "approved" | "archived";
  changes: ActivityChange[];
  personName: string | null;
}

/** Who changed what, and when: "Status: Planned → In progress". */
export function ActivityHistory({ history, timeZone }: { history: HistoryEntry[]; timeZone: string }) {
  const { t } = useTranslation("program");
  const locale = useLocale();
  const show = (field: string, value: string | null) => {
    if (value === null) return "—";
    if (field === "status") return t(`statuses.${value as "planned"}`);
    if (field === "category") return t(`categories.${value as "national"}`);
    if (field === "startOn" || field === "dueOn") return formatCalendarDate(locale, value);
    return value;
  };
  return (
    <section aria-labelledby="history-heading" className="section-gap">
      <h2 id="history-heading">{t("activity.history")}</h2>
      <ul className="history-list">
        {history.map((entry) => (
          <li key={entry.id}>
            <strong>{t(`history.${entry.kind}`, { name: entry.personName ?? "—" })}</strong>{" "}
            <span className="muted">{formatDateTime(locale, entry.at, timeZone)}</span>
            {entry.kind === "updated" && entry.changes.length ? (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.field}>
                    {change.field === "description"
                      ? t("history.descriptionChanged")
                      : t("history.change", { field: t(`fields.${change.field as "title"}`), from: show(change.field, change.from), to: show(change.field, change.to) })}
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
