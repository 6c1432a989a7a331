// The secretariat sets how long a stepped-down person's details are kept, and sees whose are kept and
// when they will be reduced (the daily job does it, after a warning a month before).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, TextField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { setRetentionPeriod } from "~/retention/commands.server";
import { retentionForm } from "~/retention/forms.server";
import { can, MAX_MONTHS, MIN_MONTHS } from "~/retention/policy";
import { keptDetails, reducedCount, retentionMonths } from "~/retention/queries.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:retention.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "set_period"));
  const db = getDb();
  const months = await retentionMonths(db);
  const [kept, reduced] = await Promise.all([keptDetails(db, viewer.locale, months), reducedCount(db)]);
  return { months, kept, reduced };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "set_period"));
  const parsed = parseForm(retentionForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  await setRetentionPeriod(getDb(), viewer, parsed.data.months);
  return redirect("/admin/retention?saved=1");
}

export default function Retention() {
  const { months, kept, reduced } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  // Calendar dates, told in UTC: a day is what matters here, not the hour.
  const day = (at: Date | string) => formatCalendarDate(locale, new Date(at).toISOString().slice(0, 10));
  return (
    <>
      <PageTitle>{t("retention.title")}</PageTitle>
      <SuccessNotice>{searchParams.has("saved") && !result ? t("retention.saved") : null}</SuccessNotice>
      <p>{t("retention.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextField
          name="months"
          type="number"
          inputMode="numeric"
          min={MIN_MONTHS}
          max={MAX_MONTHS}
          label={t("retention.months")}
          hint={t("retention.monthsHint")}
          defaultValue={result?.values?.months ?? String(months)}
          error={result?.errors?.months}
          required
        />
        <p>
          <button type="submit">{t("retention.save")}</button>
        </p>
      </Form>
      <TableSection
        id="kept"
        title={t("retention.kept")}
        headers={[
          t("retention.person"),
          t("retention.member"),
          t("retention.steppedDown"),
          t("retention.warned"),
          t("retention.reducedOn"),
        ]}
        empty={t("retention.keptEmpty")}
        isEmpty={kept.length === 0}
      >
        {kept.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name}</th>
            <td>{person.member ?? t("roles.secretariat")}</td>
            <td>{person.deactivatedAt ? day(person.deactivatedAt) : ""}</td>
            <td>{person.warnedAt ? day(person.warnedAt) : t("retention.notYet")}</td>
            <td>{day(person.reducedOn)}</td>
          </tr>
        ))}
      </TableSection>
      <p className="muted">{t("retention.reducedCount", { count: reduced })}</p>
    </>
  );
}
