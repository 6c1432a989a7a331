import type { LoaderFunctionArgs } from "@remix-run/node";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { i18nFor } from "~/i18n/i18next.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { today } from "~/lib/clock.server";
import { toCsv } from "~/lib/csv";
import { getDb } from "~/lib/db.server";
import { can } from "~/program/policy";
import { progressTable } from "~/program/queries.server";

/** Benchmark progress per member and per benchmark, for the secretariat's annual report. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "export", null));
  const date = today();
  const locale = await requestLocale(request, context);
  const rows = await progressTable(getDb(), date, locale);
  const t = (await i18nFor(locale)).getFixedT(locale, ["program", "common"]);
  const csv = toCsv(
    [
      [
        t("csv.benchmark"),
        t("csv.deadline"),
        t("csv.member"),
        t("csv.group"),
        t("csv.status"),
        t("csv.reportedOn"),
        t("csv.note"),
        t("csv.evidence"),
      ],
      ...rows.map((row) => [
        row.benchmark,
        row.deadline,
        row.member,
        t(`common:regionalGroups.${row.regionalGroup ?? "organisation"}`),
        row.status ? t(`reportStatuses.${row.status}`) : t("csv.notReported"),
        row.reportedOn ?? "",
        row.note ?? "",
        row.evidenceUrl ?? "",
      ]),
    ],
    locale,
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="benchmark-progress-${date}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
