// The report to the annual meeting: the program of work over a period, to read, print or download as Word.
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { requestLocale } from "~/i18n/request-locale.server";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { AnnualReportView } from "~/program/annual-report-view";
import { reportPageFor } from "~/program/annual-report.server";
import { can } from "~/program/policy";

export const handle: RouteHandle = {
  i18n: "program",
  title: (t) => t("program:annualReport.title"),
  description: (t) => t("common:meta.annualReport"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "seeAnnualReport", null));
  const db = getDb();
  const locale = await requestLocale(request, context);
  const { period, page } = await reportPageFor(db, new URL(request.url).searchParams, today(), locale);
  if (!period.success) return data({ values: period.values, errors: period.errors, report: null }, { status: 400 });
  return { values: period.values, errors: null, report: page };
}

export default function AnnualMeetingReport() {
  const { values, errors, report } = useLoaderData<typeof loader>();
  const { t } = useTranslation("program");
  const locale = useLocale();
  const period = report?.period;
  return (
    <>
      <p className="no-print">
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle>{t("annualReport.title")}</PageTitle>
      {period ? (
        <p className="lead">
          {t("annualReport.period", {
            from: formatCalendarDate(locale, period.from),
            to: formatCalendarDate(locale, period.to),
          })}
        </p>
      ) : null}
      <p className="no-print">{t("annualReport.intro")}</p>
      <Form method="get" className="filters no-print" aria-label={t("annualReport.choose")}>
        <TextField
          name="from"
          type="date"
          label={t("annualReport.from")}
          defaultValue={values.from ?? ""}
          error={errors?.from}
          required
        />
        <TextField
          name="to"
          type="date"
          label={t("annualReport.to")}
          defaultValue={values.to ?? ""}
          error={errors?.to}
          required
        />
        <button type="submit">{t("annualReport.show")}</button>
      </Form>
      {report && period ? (
        <>
          <p className="no-print">
            {t("annualReport.printHint")}{" "}
            <a href={`/work/report.docx?${new URLSearchParams({ ...period })}`} download>
              {t("annualReport.download")}
            </a>
          </p>
          <AnnualReportView report={report} locale={locale} />
        </>
      ) : null}
    </>
  );
}
