import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { startThread } from "~/discussions/commands.server";
import { threadForm } from "~/discussions/forms.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "channels", title: (t) => t("channels:discussions.start") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(threadForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const id = await startThread(getDb(), person, parsed.data);
  throw redirect(`/discussions/${id}`);
}

export default function NewDiscussion() {
  const result = useActionData<typeof action>();
  const { t } = useTranslation("channels");
  const values = result?.values ?? {};
  return (
    <>
      <p>
        <Link to="/discussions">{t("discussions.title")}</Link>
      </p>
      <PageTitle>{t("discussions.start")}</PageTitle>
      <Form method="post" className="stack stack-wide" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextField
          name="topic"
          label={t("discussions.topic")}
          defaultValue={values.topic}
          error={result?.errors?.topic}
          maxLength={200}
        />
        <TextAreaField
          name="body"
          label={t("discussions.message")}
          hint={t("discussions.messageHint")}
          defaultValue={values.body}
          error={result?.errors?.body}
        />
        <p>
          <button type="submit">{t("discussions.startSubmit")}</button>
        </p>
      </Form>
    </>
  );
}
