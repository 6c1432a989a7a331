// The report to the annual meeting as a Word document, in the reader's language: the same parts, words
// and figures as the page (annual-report-view.tsx), for a secretariat that edits it into its papers,
// and each report filed in the period with its note (the page counts them per member).
import { Document, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { TFunction } from "i18next";
import { REPORT_STATUSES, type Locale } from "../../db/schema";
import { i18nFor } from "~/i18n/i18next.server";
import { docxStyles } from "~/lib/docx.server";
import { formatCalendarDate } from "~/lib/format";
import { activityFacts, signed, type AnnualReport, type MemberGroup, type Period } from "./annual-report";
import type { FiledReportLine } from "./annual-report.server";

const MUTED = "52606D";

function table(headers: string[], rows: string[][]): Table {
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header) => cell(header, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, index) => cell(text, index === 0)) })),
    ],
  });
}

const heading = (text: string, level: "HEADING_1" | "HEADING_2" = "HEADING_1") =>
  new Paragraph({ text, heading: HeadingLevel[level], spacing: { before: 360, after: 120 } });

function sections(
  report: AnnualReport,
  filed: FiledReportLine[],
  t: TFunction<"program">,
  locale: Locale,
  groupName: (group: MemberGroup) => string,
) {
  const day = (date: string) => formatCalendarDate(locale, date);
  const { totals } = report;
  const benchmarks = report.benchmarks.map((benchmark) => [
    benchmark.title,
    day(benchmark.deadline),
    [
      t("progress.count", { count: benchmark.progress.achieved, target: benchmark.progress.target }),
      `${benchmark.progress.percent}%`,
      t(`progress.states.${benchmark.progress.state}`),
    ].join(" · "),
    t("annualReport.trend", {
      start: benchmark.trend[0]?.achieved ?? 0,
      end: benchmark.progress.achieved,
      change: signed(locale, benchmark.change),
    }),
    String(benchmark.filed),
  ]);
  const members = report.reporting.map((member) => [
    member.name,
    String(member.filed),
    ...REPORT_STATUSES.map((status) => String(member.statuses[status])),
  ]);
  // The member's name on its first report only, as row groups would show it.
  const reports = filed.map((line, index) => [
    index === 0 || filed[index - 1]!.memberName !== line.memberName ? line.memberName : "",
    line.title,
    t(`reportStatuses.${line.status}`),
    day(line.reportedOn),
    line.note,
  ]);
  return [
    heading(t("annualReport.summary")),
    ...[
      t("annualReport.benchmarkCount", { count: report.benchmarks.length }),
      [
        t("annualReport.reportCount", { count: totals.reports }),
        t("annualReport.memberCount", { count: totals.members }),
      ].join(" · "),
      t("annualReport.activityCount", { count: totals.activities }),
    ].map((text) => new Paragraph({ text, bullet: { level: 0 } })),

    heading(t("benchmarks.heading")),
    benchmarks.length
      ? table(
          [
            t("csv.benchmark"),
            t("csv.deadline"),
            t("annualReport.progressOn", { date: day(report.period.to) }),
            t("annualReport.overPeriod"),
            t("annualReport.filed"),
          ],
          benchmarks,
        )
      : new Paragraph(t("annualReport.noBenchmarks")),

    heading(t("annualReport.members")),
    ...(members.length
      ? [
          table(
            [
              t("annualReport.group"),
              t("annualReport.reportingMembers"),
              t("annualReport.filed"),
              ...REPORT_STATUSES.map((status) => t(`reportStatuses.${status}`)),
            ],
            report.groups.map((group) => [
              groupName(group.group),
              t("annualReport.ofMembers", { count: group.members, reporting: group.reporting }),
              String(group.filed),
              ...REPORT_STATUSES.map((status) => String(group.statuses[status])),
            ]),
          ),
          heading(t("annualReport.eachMember"), "HEADING_2"),
          table(
            [
              t("csv.member"),
              t("annualReport.filed"),
              ...REPORT_STATUSES.map((status) => t(`reportStatuses.${status}`)),
            ],
            members,
          ),
          heading(t("annualReport.eachReport"), "HEADING_2"),
          table(
            [
              t("csv.member"),
              t("csv.benchmark"),
              t("benchmark.status"),
              t("benchmark.reportedOn"),
              t("benchmark.note"),
            ],
            reports,
          ),
        ]
      : [new Paragraph(t("annualReport.noReports"))]),
    ...(report.silent.length
      ? [
          new Paragraph({
            text: t("annualReport.silent", { count: report.silent.length, names: report.silent.join(", ") }),
            spacing: { before: 200 },
          }),
        ]
      : []),

    heading(t("annualReport.activities")),
    new Paragraph(t("annualReport.activitiesIntro")),
    table(
      [t("activities.status"), t("activities.heading")],
      report.activities.map((group) => [t(`statuses.${group.status}`), String(group.activities.length)]),
    ),
    ...report.activities
      .filter((group) => group.activities.length > 0)
      .flatMap((group) => [
        heading(
          t("annualReport.statusHeading", { status: t(`statuses.${group.status}`), count: group.activities.length }),
          "HEADING_2",
        ),
        ...group.activities.map(
          (activity) =>
            new Paragraph({ text: `${activity.title} · ${activityFacts(activity, t, day)}`, bullet: { level: 0 } }),
        ),
      ]),
  ];
}

export async function annualReportDocx(
  report: AnnualReport,
  filed: FiledReportLine[],
  locale: Locale,
  preparedOn: string,
): Promise<Document> {
  const i18n = await i18nFor(locale);
  const t = i18n.getFixedT(locale, "program");
  const common = i18n.getFixedT(locale, "common");
  const period = {
    from: formatCalendarDate(locale, report.period.from),
    to: formatCalendarDate(locale, report.period.to),
  };
  return new Document({
    creator: "R2P Focal Points portal",
    title: t("annualReport.title"),
    styles: docxStyles(locale),
    sections: [
      {
        children: [
          new Paragraph({ text: t("annualReport.title"), heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [new TextRun({ text: t("annualReport.period", period), italics: true })],
            spacing: { after: 240 },
          }),
          ...sections(report, filed, t, locale, (group) => common(`regionalGroups.${group}`)),
          new Paragraph({
            children: [
              new TextRun({
                text: t("annualReport.prepared", { date: formatCalendarDate(locale, preparedOn) }),
                size: 18,
                color: MUTED,
              }),
            ],
            spacing: { before: 360 },
          }),
        ],
      },
    ],
  });
}

/** `annual-report-2025-06-11-to-2026-06-10.docx`: the dates say which period a saved copy covers. */
export const annualReportFileName = (period: Period) => `annual-report-${period.from}-to-${period.to}.docx`;
