import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { setBenchmark } from "~/program/commands.server";
import { benchmarkForm, MAX_TARGET } from "~/program/forms.server";
import { can } from "~/program/policy";
import { activityChoices } from "~/program/queries.server";

export const handle: RouteHandle = { i18n: "program", title: (t) => t("program:benchmarkForm.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "set_benchmark", null));
  return { activities: await activityChoices(getDb()), today: today(), locale: viewer.locale, maxTarget: MAX_TARGET };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(benchmarkForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const id = await setBenchmark(getDb(), viewer, parsed.data);
  // The activity chosen was archived (or never was) while the form was open.
  if (id === null) return formFailure({ errors: { activityId: "validation.choice" }, values: parsed.values });
  throw redirect(`/work/benchmarks/${id}?notice=benchmarkCreated`);
}

export default function NewBenchmark() {
  const { activities, today: todayDate, locale, maxTarget } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("program");
  const values = result?.values ?? {};
  const errors = result?.errors;
  return (
    <div className="narrow">
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle>{t("benchmarkForm.title")}</PageTitle>
      <p>{t("benchmarkForm.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={errors} />
        <TextField
          name="title"
          label={t("benchmarkForm.name")}
          hint={t("benchmarkForm.nameHint")}
          required
          defaultValue={values.title}
          error={errors?.title}
        />
        <SelectField
          name="language"
          label={t("form.language")}
          hint={t("form.languageHint")}
          defaultValue={values.language ?? locale}
          options={languageOptions()}
          error={errors?.language}
        />
        <TextAreaField
          name="description"
          label={t("benchmarkForm.description")}
          rows={4}
          defaultValue={values.description}
          error={errors?.description}
        />
        <TextField
          name="measure"
          label={t("benchmarkForm.measure")}
          hint={t("benchmarkForm.measureHint")}
          required
          defaultValue={values.measure}
          error={errors?.measure}
        />
        <SelectField
          name="targetKind"
          label={t("benchmarkForm.targetKind")}
          defaultValue={values.targetKind ?? "count"}
          options={[
            { value: "count", label: t("benchmarkForm.kinds.count") },
            { value: "share", label: t("benchmarkForm.kinds.share") },
          ]}
          error={errors?.targetKind}
        />
        <TextField
          name="targetValue"
          type="number"
          min={1}
          max={maxTarget}
          inputMode="numeric"
          label={t("benchmarkForm.targetValue")}
          hint={t("benchmarkForm.targetValueHint")}
          required
          defaultValue={values.targetValue}
          error={errors?.targetValue}
        />
        <TextField
          name="setOn"
          type="date"
          label={t("benchmarkForm.setOn")}
          required
          defaultValue={values.setOn ?? todayDate}
          error={errors?.setOn}
        />
        <TextField
          name="deadline"
          type="date"
          label={t("benchmarkForm.deadline")}
          required
          defaultValue={values.deadline}
          error={errors?.deadline}
        />
        <SelectField
          name="activityId"
          label={t("benchmarkForm.activity")}
          defaultValue={values.activityId ?? ""}
          options={[
            { value: "", label: t("benchmarkForm.noActivity") },
            ...activities.map((a) => ({ value: String(a.id), label: a.title })),
          ]}
          error={errors?.activityId}
        />
        <p>
          <button type="submit">{t("benchmarkForm.submit")}</button>
        </p>
      </Form>
    </div>
  );
}
