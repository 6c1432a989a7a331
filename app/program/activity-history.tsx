import { useTranslation } from "react-i18next";
import type { ActivityChange } from "../../db/schema";
import { ChangeHistory } from "~/components/change-history";
import { useLocale } from "~/components/use-locale";
import { formatCalendarDate } from "~/lib/format";

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
    <ChangeHistory
      heading={t("activity.history")}
      // An approval's move from proposed to planned is in its name; only edits list their changes.
      history={history.map((entry) => (entry.kind === "updated" ? entry : { ...entry, changes: [] }))}
      timeZone={timeZone}
      describeEntry={(entry) => t(`history.${entry.kind}`, { name: entry.personName ?? "—" })}
      describeChange={(change) =>
        change.field === "description"
          ? t("history.descriptionChanged")
          : t("history.change", {
              field: t(`fields.${change.field as "title"}`),
              from: show(change.field, change.from),
              to: show(change.field, change.to),
            })
      }
    />
  );
}
