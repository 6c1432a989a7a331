import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { chapterForm } from "~/manual/forms.server";
import { addChapter } from "~/manual/commands.server";
import { can } from "~/manual/policy";
import { ManualBreadcrumb } from "~/manual/breadcrumb";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:chapterForm.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "add", { kind: "chapter" }));
  return { locale: person.locale };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "add", { kind: "chapter" }));
  const parsed = parseForm(chapterForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  if ((await addChapter(getDb(), person, parsed.data)) === null)
    return formFailure({ errors: { slug: "validation.slugTaken" }, values: parsed.values });
  throw redirect(`/manual/${parsed.data.slug}`);
}

export default function NewChapter() {
  const { locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("manual");
  const values = result?.values ?? {};
  return (
    <>
      <ManualBreadcrumb />
      <PageTitle>{t("chapterForm.title")}</PageTitle>
      <p>{t("chapterForm.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextField
          name="title"
          label={t("form.title")}
          required
          defaultValue={values.title}
          error={result?.errors?.title}
        />
        <TextField
          name="slug"
          label={t("form.slug")}
          hint={t("chapterForm.slugHint")}
          required
          defaultValue={values.slug}
          error={result?.errors?.slug}
        />
        <TextField
          name="summary"
          label={t("chapterForm.summary")}
          defaultValue={values.summary}
          error={result?.errors?.summary}
        />
        <SelectField
          name="language"
          label={t("form.language")}
          defaultValue={values.language ?? locale}
          options={languageOptions()}
          error={result?.errors?.language}
        />
        <p>
          <button type="submit">{t("chapterForm.create")}</button>
        </p>
      </Form>
    </>
  );
}
