import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import { TableFrame } from "~/components/table-section";
import { formatCalendarDate } from "~/lib/format";
import { activityFacts, signed, type AnnualReport, type BenchmarkInReport } from "./annual-report";
import { ProgressSummary } from "./progress-summary";

type Day = (date: string) => string;

/** The report to the annual meeting as a page: what the Word document says, as HTML that prints. */
export function AnnualReportView({ report, locale }: { report: AnnualReport; locale: string }) {
  const { t } = useTranslation("program");
  const day: Day = (date) => formatCalendarDate(locale, date);
  const { totals } = report;
  return (
    <div className="annual-report">
      <section aria-labelledby="report-summary" className="section-gap">
        <h2 id="report-summary">{t("annualReport.summary")}</h2>
        <ul>
          <li>{t("annualReport.benchmarkCount", { count: report.benchmarks.length })}</li>
          <li>
            {t("annualReport.reportCount", { count: totals.reports })} ·{" "}
            {t("annualReport.memberCount", { count: totals.members })}
          </li>
          <li>{t("annualReport.activityCount", { count: totals.activities })}</li>
        </ul>
      </section>
      <Benchmarks benchmarks={report.benchmarks} day={day} locale={locale} to={report.period.to} />
      <MemberReports report={report} day={day} />
      <Activities groups={report.activities} day={day} />
    </div>
  );
}

function Benchmarks({
  benchmarks,
  day,
  locale,
  to,
}: {
  benchmarks: BenchmarkInReport[];
  day: Day;
  locale: string;
  to: string;
}) {
  const { t } = useTranslation("program");
  return (
    <section aria-labelledby="report-benchmarks" className="section-gap">
      <h2 id="report-benchmarks">{t("benchmarks.heading")}</h2>
      {benchmarks.length === 0 ? (
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
            <tbody>
              {benchmarks.map((benchmark) => (
                <tr key={benchmark.id}>
                  <th scope="row" lang={benchmark.language}>
                    <ListLink to={`/work/benchmarks/${benchmark.id}`}>{benchmark.title}</ListLink>
                  </th>
                  <td>{day(benchmark.deadline)}</td>
                  <td>
                    <ProgressSummary progress={benchmark.progress} />
                  </td>
                  <td>
                    <Sparkline benchmark={benchmark} />{" "}
                    {t("annualReport.trend", {
                      start: benchmark.trend[0]?.achieved ?? 0,
                      end: benchmark.progress.achieved,
                      change: signed(locale, benchmark.change),
                    })}
                  </td>
                  <td>{benchmark.filed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}

/** Members achieved across the period, to the eye; the text beside it says the same. */
function Sparkline({ benchmark }: { benchmark: BenchmarkInReport }) {
  const points = benchmark.trend;
  const top = Math.max(1, benchmark.progress.target, ...points.map((point) => point.achieved));
  const x = (i: number) => (points.length > 1 ? (i / (points.length - 1)) * 96 + 2 : 50);
  const y = (value: number) => 22 - (value / top) * 20;
  return (
    <svg className="sparkline" viewBox="0 0 100 24" aria-hidden="true" focusable="false">
      <polyline
        points={points.map((point, i) => `${x(i).toFixed(1)},${y(point.achieved).toFixed(1)}`).join(" ")}
        fill="none"
      />
    </svg>
  );
}

function MemberReports({ report, day }: { report: AnnualReport; day: Day }) {
  const { t } = useTranslation("program");
  const period = { from: day(report.period.from), to: day(report.period.to) };
  return (
    <section aria-labelledby="report-members" className="section-gap">
      <h2 id="report-members">{t("annualReport.members")}</h2>
      {report.reporting.length === 0 ? (
        <p>{t("annualReport.noReports")}</p>
      ) : (
        <TableFrame labelledBy="report-members">
          <table>
            <caption>{t("annualReport.membersCaption", period)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("csv.member")}</th>
                <th scope="col">{t("csv.benchmark")}</th>
                <th scope="col">{t("benchmark.status")}</th>
                <th scope="col">{t("benchmark.reportedOn")}</th>
                <th scope="col">{t("benchmark.note")}</th>
              </tr>
            </thead>
            {report.reporting.map((member) => (
              <tbody key={member.id}>
                {member.reports.map((line, index) => (
                  <tr key={line.id}>
                    {index === 0 ? (
                      <th scope="rowgroup" rowSpan={member.reports.length}>
                        {member.name}
                      </th>
                    ) : null}
                    <td lang={line.benchmarkLanguage}>{line.benchmarkTitle}</td>
                    <td>{t(`reportStatuses.${line.status}`)}</td>
                    <td>{day(line.reportedOn)}</td>
                    <td>{line.note}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </TableFrame>
      )}
      {report.silent.length > 0 ? (
        <p>{t("annualReport.silent", { count: report.silent.length, names: report.silent.join(", ") })}</p>
      ) : null}
    </section>
  );
}

function Activities({ groups, day }: { groups: AnnualReport["activities"]; day: Day }) {
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
                <td>{group.activities.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      {groups
        .filter((group) => group.activities.length > 0)
        .map((group) => (
          <section key={group.status} aria-labelledby={`status-${group.status}`}>
            <h3 id={`status-${group.status}`}>
              {t("annualReport.statusHeading", {
                status: t(`statuses.${group.status}`),
                count: group.activities.length,
              })}
            </h3>
            <ul className="report-activities">
              {group.activities.map((activity) => (
                <li key={activity.id}>
                  <ListLink to={`/work/activities/${activity.id}`} lang={activity.language}>
                    {activity.title}
                  </ListLink>
                  <span className="muted"> · {activityFacts(activity, t, day)}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </section>
  );
}
