import { useTranslation } from "react-i18next";
import { ChangeHistory } from "~/components/change-history";
import { useLocale } from "~/components/use-locale";
import type { EventHistoryEntry } from "./queries.server";
import { formatMoment } from "./time";

/** An event's changes, so a change or a cancellation is never silent: "Start: … → …". */
export function EventHistory({ history, timeZone }: { history: EventHistoryEntry[]; timeZone: string }) {
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const show = (field: string, value: string | null) => {
    if (value === null) return "—";
    if (field === "starts_at" || field === "ends_at") return formatMoment(locale, value, timeZone);
    if (field === "type") return t(`types.${value as "training"}`);
    return value;
  };
  const fieldName = (field: string) => t(`history.fields.${field}` as "history.fields.title");
  return (
    <ChangeHistory
      heading={t("history.heading")}
      history={history}
      timeZone={timeZone}
      describeEntry={(entry) => t(`history.${entry.kind}`, { name: entry.personName ?? "—" })}
      describeChange={(change) =>
        change.from === null && change.to === null
          ? t("history.changedText", { field: fieldName(change.field) })
          : t("history.changed", {
              field: fieldName(change.field),
              from: show(change.field, change.from),
              to: show(change.field, change.to),
            })
      }
    />
  );
}
