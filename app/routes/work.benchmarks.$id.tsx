import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { today } from "~/lib/clock.server";
import { can as canInLibrary } from "~/library/policy";
import { benchmarkReportFiles } from "~/library/queries.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { formFailure, pageQuery, parseForm } from "~/lib/forms.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";
import { getMemberBySlug } from "~/members/queries.server";
import { fileReport } from "~/program/commands.server";
import { reportForm, reportQuery } from "~/program/forms.server";
import { can } from "~/program/policy";
import { memberStatuses, reportStart } from "~/program/presenters";
import { ProgressSummary } from "~/program/progress-summary";
import { benchmarkReports, getBenchmark } from "~/program/queries.server";
import { ReportForm } from "~/program/report-form";
import { ReportHistory } from "~/program/report-history";
import { TrendChart } from "~/program/trend-chart";
import { requestLocale } from "~/i18n/request-locale.server";
import { shownToReader } from "~/translations/reader.server";
import { TranslationStatus } from "~/translations/translation-status";

export const handle: RouteHandle = {
  i18n: ["program", "library"],
  title: (_t, data) => (data as { benchmark?: { title: string } } | undefined)?.benchmark?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const { page } = pageQuery.parse(search);
  const chosen = reportQuery.parse(search).member;
  const date = today();
  const db = getDb();
  const id = idParam(params.id);
  const [read, history, locale, files] = await Promise.all([
    getBenchmark(db, id, date, viewer.locale),
    // A focal point sees its own member's report history; the secretariat (of no member) sees everyone's.
    benchmarkReports(db, id, { memberId: viewer.memberId, limit: 50, locale: viewer.locale }),
    requestLocale(request, context),
    benchmarkReportFiles(db, id, viewer),
  ]);
  const { description, title, measure, ...benchmark } = found(read).benchmark;
  const { shown, status } = await shownToReader(
    db,
    viewer,
    locale,
    { id, facts: { kind: "benchmark" } },
    { language: benchmark.language, fields: { title, measure, description } },
  );
  const { members, progress, trend } = found(read);
  // The members the viewer may report for; with one (their own), the form is theirs at once.
  const reportable = members.filter((member) => can(viewer, "report", { memberId: member.id }));
  const reportingFor = reportable.length === 1 ? reportable[0] : reportable.find((member) => member.slug === chosen);
  return {
    benchmark: {
      ...benchmark,
      title: shown.title.text,
      titleLang: shown.title.lang,
      measure: shown.measure.text,
      measureLang: shown.measure.lang,
      descriptionHtml: renderMarkdown(shown.description.text),
      descriptionLang: shown.description.lang,
    },
    translation: status,
    progress,
    trend,
    ...memberStatuses(members, page),
    reports: history.map((row) => ({
      ...row,
      files: files.get(row.id) ?? [],
      canAttach: canInLibrary(viewer, "attach", { kind: "benchmark_report", memberId: row.memberId }),
    })),
    report: {
      start: reportingFor ? reportStart(reportingFor) : null,
      choices: reportable.length > 1 ? reportable.map((member) => ({ value: member.slug, label: member.name })) : [],
    },
    today: date,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(reportForm(today()), await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const member = await getMemberBySlug(db, parsed.data.member, viewer.locale);
  if (!member) return formFailure({ errors: { member: "validation.choice" }, values: parsed.values });
  await fileReport(db, viewer, id, { ...parsed.data, memberId: member.id });
  throw redirect(`/work/benchmarks/${id}?notice=reported`);
}

export default function Benchmark() {
  const {
    benchmark,
    progress,
    trend,
    statuses,
    statusPages,
    missing,
    reports,
    report,
    today: todayDate,
    translation,
  } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation(["program", "common"]);
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const formatDay = (date: string) => formatCalendarDate(locale, date);
  const notice = (["reported", "benchmarkCreated"] as const).find((key) => key === searchParams.get("notice"));
  return (
    <>
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle lang={benchmark.titleLang}>{benchmark.title}</PageTitle>
      <TranslationStatus {...translation} />
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <div
        className="markdown"
        lang={benchmark.descriptionLang}
        dangerouslySetInnerHTML={{ __html: benchmark.descriptionHtml }}
      />
      <dl className="facts">
        <dt>{t("benchmark.measure")}</dt>
        <dd lang={benchmark.measureLang}>{benchmark.measure}</dd>
        <dt>{t("benchmark.target")}</dt>
        <dd>
          {benchmark.target_kind === "count"
            ? t("benchmark.targetCount", { count: benchmark.target_value })
            : t("benchmark.targetShare", { percent: benchmark.target_value, count: progress.target })}
        </dd>
        <dt>{t("benchmark.period")}</dt>
        <dd>
          {formatDay(benchmark.set_on)} – {formatDay(benchmark.deadline)}
        </dd>
        {benchmark.activity_id ? (
          <>
            <dt>{t("benchmark.activity")}</dt>
            <dd>
              <Link to={`/work/activities/${benchmark.activity_id}`}>{benchmark.activityTitle}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="progress-heading" className="card section-gap">
        <h2 id="progress-heading">{t("benchmark.progress")}</h2>
        <ProgressSummary progress={progress} />
        <p className="muted">{t("benchmark.expected", { expected: progress.expected })}</p>
        <TrendChart points={trend} setOn={benchmark.set_on} deadline={benchmark.deadline} formatDay={formatDay} />
      </section>

      {report.start || report.choices.length ? (
        <ReportForm
          start={report.start}
          choices={report.choices}
          refused={refused}
          today={todayDate}
          formatDay={formatDay}
        />
      ) : null}

      <section aria-labelledby="missing-heading" className="section-gap">
        <h2 id="missing-heading">{t("benchmark.notReported", { count: missing.count })}</h2>
        {missing.count ? (
          <p>
            {missing.names.join(", ")}
            {missing.count > missing.names.length
              ? ` ${t("benchmark.andMore", { count: missing.count - missing.names.length })}`
              : ""}
          </p>
        ) : (
          <p>{t("benchmark.allReported")}</p>
        )}
      </section>

      <TableSection
        id="statuses"
        title={t("benchmark.statuses")}
        headers={[t("benchmark.member"), t("benchmark.status"), t("benchmark.reportedOn"), t("benchmark.note")]}
        empty={t("benchmark.noReports")}
        isEmpty={statuses.length === 0}
      >
        {statuses.map((member) => (
          <tr key={member.slug}>
            <th scope="row">
              <ListLink to={`/members/${member.slug}`}>{member.name}</ListLink>
            </th>
            <td>{t(`reportStatuses.${member.status}`)}</td>
            <td>{formatDay(member.reportedOn)}</td>
            <td>
              {member.note}
              {member.evidenceUrl ? (
                <>
                  {" "}
                  <a href={member.evidenceUrl} rel="noopener noreferrer">
                    {t("benchmark.evidence")}
                  </a>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </TableSection>

      <nav className="pagination" aria-label={t("benchmark.statusPages")}>
        {statusPages.page > 1 ? (
          <Link to={`?page=${statusPages.page - 1}#statuses-heading`}>{t("benchmark.previous")}</Link>
        ) : null}
        {statusPages.hasNext ? (
          <Link to={`?page=${statusPages.page + 1}#statuses-heading`}>{t("benchmark.next")}</Link>
        ) : null}
      </nav>

      <ReportHistory reports={reports} formatDay={formatDay} />
    </>
  );
}
