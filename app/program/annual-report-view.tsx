import { useTranslation } from "react-i18next";
import { REPORT_STATUSES } from "../../db/schema";
import { ListLink } from "~/components/list-link";
import { TableFrame } from "~/components/table-section";
import { formatCalendarDate } from "~/lib/format";
import { activityFacts, otherLanguage, type ReportPageSent } from "./annual-report";

type Day = (date: string) => string;

/** The report to the annual meeting as a page: what the Word document says, as HTML that prints. */
export function AnnualReportView({ report, locale }: { report: ReportPageSent; locale: string }) {
  const { t } = useTranslation("program");
  const day: Day = (date) => formatCalendarDate(locale, date);
  const { totals } = report;
  return (
    <div className="annual-report">
      <section aria-labelledby="report-summary" className="section-gap">
        <h2 id="report-summary">{t("annualReport.summary")}</h2>
        <ul>
          <li>{t("annualReport.benchmarkCount", { count: report.benchmarkCount })}</li>
          <li>
            {t("annualReport.reportCount", { count: totals.reports })} ·{" "}
            {t("annualReport.memberCount", { count: totals.members })}
          </li>
          <li>{t("annualReport.activityCount", { count: totals.activities })}</li>
        </ul>
      </section>
      <Benchmarks count={report.benchmarkCount} rows={report.benchmarkRows} day={day} to={report.period.to} />
      <MemberReports report={report} day={day} />
      <Activities groups={report.activities} day={day} locale={locale} />
    </div>
  );
}

function Benchmarks({ count, rows, day, to }: { count: number; rows: string; day: Day; to: string }) {
  const { t } = useTranslation("program");
  return (
    <section aria-labelledby="report-benchmarks" className="section-gap">
      <h2 id="report-benchmarks">{t("benchmarks.heading")}</h2>
      {count === 0 ? (
        <p>{t("annualReport.noBenchmarks")}</p>
      ) : (
        <TableFrame labelledBy="report-benchmarks">
          <table>
            <caption>{t("annualReport.benchmarksCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("csv.benchmark")}</th>
                <th scope="col">{t("csv.deadline")}</th>
                <th scope="col">{t("annualReport.progressOn", { date: day(to) })}</th>
                <th scope="col">{t("annualReport.overPeriod")}</th>
                <th scope="col">{t("annualReport.filed")}</th>
              </tr>
            </thead>
            {/* Written once for the kept report, by the server (annual-report-rows.server.tsx). */}
            <tbody dangerouslySetInnerHTML={{ __html: rows }} />
          </table>
        </TableFrame>
      )}
    </section>
  );
}

function MemberReports({ report, day }: { report: ReportPageSent; day: Day }) {
  const { t } = useTranslation(["program", "common"]);
  const period = { from: day(report.period.from), to: day(report.period.to) };
  return (
    <section aria-labelledby="report-members" className="section-gap">
      <h2 id="report-members">{t("annualReport.members")}</h2>
      {report.totals.reports === 0 ? (
        <p>{t("annualReport.noReports")}</p>
      ) : (
        <TableFrame labelledBy="report-members">
          <table>
            <caption>{t("annualReport.groupsCaption", period)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("annualReport.group")}</th>
                <th scope="col">{t("annualReport.reportingMembers")}</th>
                <th scope="col">{t("annualReport.filed")}</th>
                {REPORT_STATUSES.map((status) => (
                  <th scope="col" key={status}>
                    {t(`reportStatuses.${status}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.groups.map((group) => (
                <tr key={group.group}>
                  <th scope="row">{t(`common:regionalGroups.${group.group}`)}</th>
                  <td>{t("annualReport.ofMembers", { count: group.members, reporting: group.reporting })}</td>
                  <td>{group.filed}</td>
                  {REPORT_STATUSES.map((status) => (
                    <td key={status}>{group.statuses[status]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {report.totals.reports > 0 ? <p className="no-print">{t("annualReport.notesInWord")}</p> : null}
      {report.silent.count > 0 ? <p>{t("annualReport.silent", report.silent)}</p> : null}
    </section>
  );
}

function Activities({ groups, day, locale }: { groups: ReportPageSent["activities"]; day: Day; locale: string }) {
  const { t } = useTranslation("program");
  return (
    <section aria-labelledby="report-activities" className="section-gap">
      <h2 id="report-activities">{t("annualReport.activities")}</h2>
      <p>{t("annualReport.activitiesIntro")}</p>
      <TableFrame labelledBy="report-activities">
        <table>
          <caption>{t("annualReport.activitiesCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("activities.status")}</th>
              <th scope="col">{t("activities.heading")}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.status}>
                <th scope="row">{t(`statuses.${group.status}`)}</th>
                <td>{group.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {groups
        .filter((group) => group.count > 0)
        .map((group) => (
          <section key={group.status} aria-labelledby={`status-${group.status}`}>
            <h3 id={`status-${group.status}`}>
              {t("annualReport.statusHeading", {
                status: t(`statuses.${group.status}`),
                count: group.count,
              })}
            </h3>
            <ul className="report-activities">
              {group.shown.map((activity) => (
                <li key={activity.id}>
                  <ListLink to={`/work/activities/${activity.id}`} lang={otherLanguage(activity.language, locale)}>
                    {activity.title}
                  </ListLink>
                  <span className="muted"> · {activityFacts(activity, t, day)}</span>
                </li>
              ))}
            </ul>
            {group.count > group.shown.length ? (
              <p className="muted">{t("annualReport.moreInWord", { count: group.count - group.shown.length })}</p>
            ) : null}
          </section>
        ))}
    </section>
  );
}
