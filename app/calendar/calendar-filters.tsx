import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EVENT_TYPES, REGIONAL_GROUPS } from "../../db/schema";
import type { CalendarPage } from "./presenters.server";

/** Filters by type and the organiser's regional group, keeping the view, month or day being read. */
export function CalendarFilters({ page }: { page: CalendarPage }) {
  const { t } = useTranslation(["calendar", "common"]);
  const { query } = page;
  return (
    <Form method="get" className="filters" role="search" aria-label={t("filters.label")}>
      <input type="hidden" name="view" value={query.view} />
      {page.month ? <input type="hidden" name="month" value={page.month} /> : null}
      {query.from ? <input type="hidden" name="from" value={query.from} /> : null}
      <div className="field">
        <label htmlFor="type">{t("filters.type")}</label>
        <select id="type" name="type" defaultValue={query.type ?? ""}>
          <option value="">{t("filters.allTypes")}</option>
          {EVENT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`types.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="group">{t("filters.group")}</label>
        <select id="group" name="group" defaultValue={query.group ?? ""}>
          <option value="">{t("filters.allGroups")}</option>
          {REGIONAL_GROUPS.map((group) => (
            <option key={group} value={group}>
              {t(`common:regionalGroups.${group}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{t("filters.apply")}</button>
    </Form>
  );
}

/** The calendar's address with some of its query changed (the month view is the default). */
export function calendarLink(page: CalendarPage, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  const { query } = page;
  const merged = {
    view: query.view,
    month: page.month ?? undefined,
    from: query.from,
    type: query.type,
    group: query.group,
    ...changes,
  };
  for (const [key, value] of Object.entries(merged))
    if (value && !(key === "view" && value === "month")) params.set(key, value);
  return `/calendar?${params}`;
}
