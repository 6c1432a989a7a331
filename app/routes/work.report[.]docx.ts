// The report to the annual meeting as a Word document, for the period the page shows.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { i18nFor } from "~/i18n/i18next.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { docxResponse } from "~/lib/docx.server";
import { annualReportDocx, annualReportFileName } from "~/program/annual-report-docx.server";
import { periodQuery, readAnnualReport, readFiledReports } from "~/program/annual-report.server";
import { can } from "~/program/policy";

export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "seeAnnualReport", null));
  const db = getDb();
  const locale = await requestLocale(request, context);
  const period = await periodQuery(db, new URL(request.url).searchParams, today());
  if (!period.success) {
    const t = (await i18nFor(locale)).getFixedT(locale, ["common", "program"]);
    const fields = { from: t("program:annualReport.from"), to: t("program:annualReport.to") };
    const lines = Object.entries(period.errors).map(
      ([field, message]) => `${fields[field as keyof typeof fields] ?? field}: ${t(message as "validation.date")}`,
    );
    return new Response(lines.join("\n"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const [report, filed] = await Promise.all([
    readAnnualReport(db, period.data, locale),
    readFiledReports(db, period.data, locale),
  ]);
  return docxResponse(await annualReportDocx(report, filed, locale, today()), annualReportFileName(period.data));
}
