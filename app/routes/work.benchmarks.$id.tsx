import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REPORT_STATUSES } from "../../db/schema";
import { canActFor, forbidden, requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";
import { getMemberBySlug } from "~/members/members.server";
import { reportForm } from "~/program/forms.server";
import { ProgressSummary } from "~/program/progress-summary";
import { addReport, getBenchmark } from "~/program/program.server";
import { TrendChart } from "~/program/trend-chart";

export const handle: RouteHandle = {
  i18n: "program",
  title: (_t, data) => (data as { benchmark?: { title: string } } | undefined)?.benchmark?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const date = today();
  const found = await getBenchmark(getDb(), idParam(params.id), date);
  if (!found) throw new Response(null, { status: 404 });
  const isSecretariat = person.role === "secretariat";
  const { description, ...benchmark } = found.benchmark;
  return {
    ...found,
    benchmark: { ...benchmark, descriptionHtml: renderMarkdown(description) },
    // A focal point sees its own member's report history; the secretariat sees everyone's.
    reports: found.reports.filter((report) => isSecretariat || report.memberId === person.memberId).slice(0, 50),
    today: date,
    viewer: { isSecretariat, memberSlug: person.memberSlug, memberName: person.memberName },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(reportForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const member = await getMemberBySlug(db, parsed.data.member);
  if (!member) return formFailure({ errors: { member: "validation.choice" }, values: parsed.values });
  // Only a focal point of that member (or the secretariat) may report for it.
  if (!canActFor(person, member.id)) throw forbidden();
  if (parsed.data.reportedOn > today()) return formFailure({ errors: { reportedOn: "validation.future" }, values: parsed.values });
  const benchmark = await db.selectFrom("benchmarks").select("id").where("id", "=", id).executeTakeFirst();
  if (!benchmark) throw new Response(null, { status: 404 });
  await addReport(db, id, { ...parsed.data, memberId: member.id }, person);
  throw redirect(`/work/benchmarks/${id}?notice=reported`);
}

export default function Benchmark() {
  const { benchmark, progress, trend, members, reports, today: todayDate, viewer } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["program", "common"]);
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const formatDay = (date: string) => formatCalendarDate(locale, date);
  const notReported = members.filter((member) => member.notReported);
  const reported = members.filter((member) => member.latest);
  const values = result?.values ?? {};
  const errors = result?.errors;
  const notice = (["reported", "benchmarkCreated"] as const).find((key) => key === searchParams.get("notice"));
  return (
    <>
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle>{benchmark.title}</PageTitle>
      {notice ? (
        <p className="notice notice-success" role="status">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: benchmark.descriptionHtml }} />
      <dl className="facts">
        <dt>{t("benchmark.measure")}</dt>
        <dd>{benchmark.measure}</dd>
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
        <h2 id="report-heading">{viewer.isSecretariat ? t("report.headingSecretariat") : t("report.heading", { member: viewer.memberName })}</h2>
        <Form method="post" className="stack" noValidate>
          <FocusFirstError errors={errors} />
          {viewer.isSecretariat ? (
            <SelectField
              name="member"
              label={t("report.member")}
              defaultValue={values.member ?? ""}
              options={[{ value: "", label: t("report.chooseMember") }, ...members.map((m) => ({ value: m.slug, label: m.name }))]}
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
          <TextAreaField name="note" label={t("report.note")} hint={t("report.noteHint")} rows={3} defaultValue={values.note} error={errors?.note} />
          <TextField name="evidenceUrl" type="url" label={t("report.evidence")} hint={t("report.evidenceHint")} defaultValue={values.evidenceUrl} error={errors?.evidenceUrl} />
          <TextField name="reportedOn" type="date" label={t("report.date")} max={todayDate} required defaultValue={values.reportedOn ?? todayDate} error={errors?.reportedOn} />
          <p>
            <button type="submit">{t("report.submit")}</button>
          </p>
        </Form>
      </section>

      <section aria-labelledby="missing-heading" className="section-gap">
        <h2 id="missing-heading">{t("benchmark.notReported", { count: notReported.length })}</h2>
        {notReported.length ? <p>{notReported.map((member) => member.name).join(", ")}</p> : <p>{t("benchmark.allReported")}</p>}
      </section>

      <TableSection
        id="statuses"
        title={t("benchmark.statuses")}
        headers={[t("benchmark.member"), t("benchmark.status"), t("benchmark.reportedOn"), t("benchmark.note")]}
        empty={t("benchmark.noReports")}
        isEmpty={reported.length === 0}
      >
        {reported.map((member) => (
          <tr key={member.id}>
            <th scope="row">
              <Link to={`/members/${member.slug}`}>{member.name}</Link>
            </th>
            <td>{t(`reportStatuses.${member.latest!.status}`)}</td>
            <td>{formatDay(member.latest!.reportedOn)}</td>
            <td>
              {member.latest!.note}
              {member.latest!.evidenceUrl ? (
                <>
                  {" "}
                  <a href={member.latest!.evidenceUrl} rel="noopener noreferrer">
                    {t("benchmark.evidence")}
                  </a>
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </TableSection>

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
            <th scope="row">{members.find((m) => m.id === report.memberId)?.name ?? ""}</th>
            <td>{t(`reportStatuses.${report.status}`)}</td>
            <td>{report.reportedBy ?? "—"}</td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
