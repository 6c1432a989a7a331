import { useTranslation } from "react-i18next";
import type { ActivityChange, ActivityChangeKind } from "../../db/schema";
import { ChangeHistory } from "~/components/change-history";
import { useLocale } from "~/components/use-locale";
import { formatCalendarDate } from "~/lib/format";

interface HistoryEntry {
  id: number;
  at: Date | string;
  kind: ActivityChangeKind;
  changes: ActivityChange[];
  personName: string | null;
}

/** Entries that list what changed; an approval's move from proposed to planned is in its name. */
const LISTS_CHANGES: ReadonlySet<ActivityChangeKind> = new Set(["updated", "resubmitted", "returned"]);

/** Who changed what, and when: "Status: Planned → In progress", and the note a proposal was returned with. */
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
      history={history.map((entry) => (LISTS_CHANGES.has(entry.kind) ? entry : { ...entry, changes: [] }))}
      timeZone={timeZone}
      describeEntry={(entry) => t(`history.${entry.kind}`, { name: entry.personName ?? "—" })}
      describeChange={(change) =>
        change.field === "note"
          ? t("history.note", { note: change.to ?? "" })
          : change.field === "description"
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
