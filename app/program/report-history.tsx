// A benchmark's reports, newest first: who reported what and when, with the files attached to each.
import type { SerializeFrom } from "@remix-run/node";
import { useTranslation } from "react-i18next";
import { TableSection } from "~/components/table-section";
import { ReportFiles } from "~/library/library-files";
import type { benchmarkReports } from "./queries.server";

type Report = SerializeFrom<Awaited<ReturnType<typeof benchmarkReports>>[number]> & {
  files: Parameters<typeof ReportFiles>[0]["files"];
  canAttach: boolean;
};

export function ReportHistory({ reports, formatDay }: { reports: Report[]; formatDay: (day: string) => string }) {
  const { t } = useTranslation("program");
  const { t: library } = useTranslation("library");
  return (
    <TableSection
      id="reports"
      title={t("benchmark.history")}
      headers={[
        t("benchmark.reportedOn"),
        t("benchmark.member"),
        t("benchmark.status"),
        t("benchmark.reportedBy"),
        library("files"),
      ]}
      empty={t("benchmark.noReports")}
      isEmpty={reports.length === 0}
    >
      {reports.map((report) => (
        <tr key={report.id}>
          <td>{formatDay(report.reportedOn)}</td>
          <th scope="row">{report.memberName}</th>
          <td>{t(`reportStatuses.${report.status}`)}</td>
          <td>{report.reportedBy ?? "—"}</td>
          <td className="file-links">
            <ReportFiles reportId={report.id} files={report.files} canAttach={report.canAttach} />
          </td>
        </tr>
      ))}
    </TableSection>
  );
}
