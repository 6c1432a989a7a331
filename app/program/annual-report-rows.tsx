// The rows of the report's benchmarks table. They are written as HTML once for each kept report
// (annual-report-rows.server.tsx) rather than on every view: sixty rows of bars, lines and links were a
// quarter of the page's time on the server.
import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import { formatCalendarDate } from "~/lib/format";
import { otherLanguage, signed, type ReportPage } from "./annual-report";
import { ProgressSummary } from "./progress-summary";

export function BenchmarkRows({ benchmarks, locale }: { benchmarks: ReportPage["benchmarks"]; locale: string }) {
  const { t } = useTranslation("program");
  return benchmarks.map((benchmark) => (
    <tr key={benchmark.id}>
      <th scope="row" lang={otherLanguage(benchmark.language, locale)}>
        <ListLink to={`/work/benchmarks/${benchmark.id}`}>{benchmark.title}</ListLink>
      </th>
      <td>{formatCalendarDate(locale, benchmark.deadline)}</td>
      <td>
        <ProgressSummary progress={benchmark.progress} />
      </td>
      <td>
        <Sparkline line={benchmark.line} />
        {` ${t("annualReport.trend", {
          start: benchmark.start,
          end: benchmark.progress.achieved,
          change: signed(locale, benchmark.change),
        })}`}
      </td>
      <td>{benchmark.filed}</td>
    </tr>
  ));
}

/** Members achieved across the period, to the eye; the text beside it says the same. */
function Sparkline({ line }: { line: string }) {
  return (
    <svg className="sparkline" viewBox="0 0 100 24" aria-hidden="true">
      <polyline points={line} />
    </svg>
  );
}
