// The page of a person's data: their profile as facts, then each kind of thing as a table (or
// "None"), and what is left out of it and why. Light on purpose: no client module beyond the page's.
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, type Locale } from "~/i18n/config";
import { formatCalendarDate, formatDateTime } from "~/lib/format";
import { describeNotification } from "~/notifications/describe";
import { columnsOf, LEFT_OUT, shown } from "./presenter";
import type { DataRow } from "./queries.server";

type Ns = ["members", "admin", "notifications"];

function Value({ value, locale, timeZone }: { value: DataRow[string]; locale: string; timeZone: string }) {
  const { t } = useTranslation<Ns>(["members", "admin", "notifications"]);
  const view = shown(value);
  switch (view.kind) {
    case "moment":
      return <time dateTime={new Date(view.value).toISOString()}>{formatDateTime(locale, view.value, timeZone)}</time>;
    case "date":
      return <time dateTime={view.value}>{formatCalendarDate(locale, view.value)}</time>;
    case "text":
      return <>{view.value}</>;
    default:
      return <>{t(`members:data.values.${view.kind}`)}</>;
  }
}

/** A cell: a notification's description and an act's name read in the reader's language. */
function Cell({ section, column, row, locale, timeZone }: CellProps) {
  const { t } = useTranslation<Ns>(["members", "admin", "notifications"]);
  const { t: notices } = useTranslation("notifications");
  const value = row[column] ?? null;
  if (section === "notifications" && column === "notice" && typeof value === "string") {
    const params = typeof row.params === "object" && row.params ? row.params : {};
    return <>{describeNotification(notices, value, params, locale)}</>;
  }
  if (section === "profile" && column === "role" && typeof value === "string")
    return <>{t(`admin:roles.${value}` as never, { defaultValue: value })}</>;
  if (column === "locale" && typeof value === "string" && value in LANGUAGE_NAMES)
    return <>{LANGUAGE_NAMES[value as Locale]}</>;
  if (section === "auditLog" && column === "action" && typeof value === "string")
    return <>{t(`admin:audit.actions.${value}` as never, { defaultValue: value })}</>;
  return <Value value={value} locale={locale} timeZone={timeZone} />;
}

interface CellProps {
  section: string;
  column: string;
  row: DataRow;
  locale: string;
  timeZone: string;
}

export function ProfileFacts({ profile, locale, timeZone }: { profile: DataRow; locale: string; timeZone: string }) {
  const { t } = useTranslation("members");
  return (
    <section aria-labelledby="data-profile" className="section-gap">
      <h2 id="data-profile">{t("data.profile")}</h2>
      <dl className="facts">
        {Object.keys(profile).map((key) => (
          <div key={key}>
            <dt>{t(`data.columns.${key}` as never)}</dt>
            <dd>
              <Cell section="profile" column={key} row={profile} locale={locale} timeZone={timeZone} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function DataSection(props: { section: string; rows: DataRow[]; locale: string; timeZone: string }) {
  const { section, rows, locale, timeZone } = props;
  const { t } = useTranslation("members");
  const columns = columnsOf(rows);
  const heading = `data-${section}`;
  const title = t(`data.sections.${section}` as never);
  return (
    <section aria-labelledby={heading} className="section-gap">
      <h2 id={heading}>{title}</h2>
      {rows.length === 0 ? (
        <p>{t("data.none")}</p>
      ) : (
        <div className="table-wrap" role="group" tabIndex={0} aria-labelledby={heading}>
          <table>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {t(`data.columns.${column}` as never)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index}>
                  {columns.map((column) => (
                    <td key={column}>
                      <Cell section={section} column={column} row={row} locale={locale} timeZone={timeZone} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** What the file and the page never hold, and why. */
export function LeftOut() {
  const { t } = useTranslation("members");
  return (
    <section aria-labelledby="data-left-out" className="section-gap">
      <h2 id="data-left-out">{t("data.leftOut.title")}</h2>
      <p>{t("data.leftOut.intro")}</p>
      <ul>
        {LEFT_OUT.map((item) => (
          <li key={item}>{t(`data.leftOut.${item}`)}</li>
        ))}
      </ul>
    </section>
  );
}
