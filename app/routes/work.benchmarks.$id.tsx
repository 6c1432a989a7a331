import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REPORT_STATUSES } from "../../db/schema";
import { requireUser } from "~/auth/session.server";
import { actsFor } from "~/auth/viewer";
import { forbidden } from "~/auth/policy";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { formFailure, pageQuery, parseForm } from "~/lib/forms.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";
import { getMemberBySlug } from "~/members/queries.server";
import { reportForm } from "~/program/forms.server";
import { ProgressSummary } from "~/program/progress-summary";
import { addReport, benchmarkReports, getBenchmark } from "~/program/program.server";
import { TrendChart } from "~/program/trend-chart";
import { SuccessNotice } from "~/components/success-notice";
import { ListLink } from "~/components/list-link";

export const handle: RouteHandle = {
  i18n: "program",
  title: (_t, data) => (data as { benchmark?: { title: string } } | undefined)?.benchmark?.title ?? "",
};

const STATUS_PAGE_SIZE = 25;
const MISSING_SHOWN = 60;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const date = today();
  const db = getDb();
  const id = idParam(params.id);
  const isSecretariat = person.role === "secretariat";
  const [found, history] = await Promise.all([
    getBenchmark(db, id, date),
    // A focal point sees its own member's report history; the secretariat sees everyone's.
    benchmarkReports(db, id, { memberId: isSecretariat ? null : (person.memberId ?? -1), limit: 50 }),
  ]);
  if (!found) throw new Response(null, { status: 404 });
  const reported = found.members.filter((member) => member.status !== null);
  const notReported = found.members.filter((member) => member.status === null);
  const { description, ...benchmark } = found.benchmark;
  return {
    benchmark: { ...benchmark, descriptionHtml: renderMarkdown(description) },
    progress: found.progress,
    trend: found.trend,
    statuses: reported.slice((page - 1) * STATUS_PAGE_SIZE, page * STATUS_PAGE_SIZE),
    statusPages: { page, hasNext: page * STATUS_PAGE_SIZE < reported.length },
    missing: { count: notReported.length, names: notReported.slice(0, MISSING_SHOWN).map((member) => member.name) },
    reports: history,
    memberChoices: isSecretariat ? found.members.map((member) => ({ value: member.slug, label: member.name })) : [],
    today: date,
    viewer: { isSecretariat, memberSlug: person.memberSlug, memberName: person.memberName },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(reportForm(today()), await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const member = await getMemberBySlug(db, parsed.data.member);
  if (!member) return formFailure({ errors: { member: "validation.choice" }, values: parsed.values });
  // Only a focal point of that member (or the secretariat) may report for it.
  if (!actsFor(person, member.id)) throw forbidden();
  const benchmark = await db.selectFrom("benchmarks").select("id").where("id", "=", id).executeTakeFirst();
  if (!benchmark) throw new Response(null, { status: 404 });
  await addReport(db, id, { ...parsed.data, memberId: member.id }, person);
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
    memberChoices,
    today: todayDate,
    viewer,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["program", "common"]);
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const formatDay = (date: string) => formatCalendarDate(locale, date);
  const values = result?.values ?? {};
  const errors = result?.errors;
  const notice = (["reported", "benchmarkCreated"] as const).find((key) => key === searchParams.get("notice"));
  return (
    <>
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle lang={benchmark.language}>{benchmark.title}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <div
        className="markdown"
        lang={benchmark.language}
        dangerouslySetInnerHTML={{ __html: benchmark.descriptionHtml }}
      />
      <dl className="facts">
        <dt>{t("benchmark.measure")}</dt>
        <dd lang={benchmark.language}>{benchmark.measure}</dd>
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

      <section aria-labelledby="report-heading" className="card section-gap" id="report">
        <h2 id="report-heading">
          {viewer.isSecretariat ? t("report.headingSecretariat") : t("report.heading", { member: viewer.memberName })}
        </h2>
        <Form method="post" className="stack" noValidate>
          <FocusFirstError errors={errors} />
          {viewer.isSecretariat ? (
            <SelectField
              name="member"
              label={t("report.member")}
              defaultValue={values.member ?? ""}
              options={[{ value: "", label: t("report.chooseMember") }, ...memberChoices]}
              error={errors?.member}
            />
          ) : (
            <input type="hidden" name="member" value={viewer.memberSlug ?? ""} />
          )}
          <SelectField
            name="status"
            label={t("report.status")}
            defaultValue={values.status ?? "in_progress"}
            options={REPORT_STATUSES.map((status) => ({ value: status, label: t(`reportStatuses.${status}`) }))}
            error={errors?.status}
          />
          <TextAreaField
            name="note"
            label={t("report.note")}
            hint={t("report.noteHint")}
            rows={3}
            defaultValue={values.note}
            error={errors?.note}
          />
          <TextField
            name="evidenceUrl"
            type="url"
            label={t("report.evidence")}
            hint={t("report.evidenceHint")}
            defaultValue={values.evidenceUrl}
            error={errors?.evidenceUrl}
          />
          <TextField
            name="reportedOn"
            type="date"
            label={t("report.date")}
            max={todayDate}
            required
            defaultValue={values.reportedOn ?? todayDate}
            error={errors?.reportedOn}
          />
          <p>
            <button type="submit">{t("report.submit")}</button>
          </p>
        </Form>
      </section>

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
            <td>{t(`reportStatuses.${member.status!}`)}</td>
            <td>{formatDay(member.reportedOn!)}</td>
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

      <TableSection
        id="reports"
        title={t("benchmark.history")}
        headers={[t("benchmark.reportedOn"), t("benchmark.member"), t("benchmark.status"), t("benchmark.reportedBy")]}
        empty={t("benchmark.noReports")}
        isEmpty={reports.length === 0}
      >
        {reports.map((report) => (
          <tr key={report.id}>
            <td>{formatDay(report.reportedOn)}</td>
            <th scope="row">{report.memberName}</th>
            <td>{t(`reportStatuses.${report.status}`)}</td>
            <td>{report.reportedBy ?? "—"}</td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
