import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { postAnnouncement } from "~/announcements/commands.server";
import { AUDIENCES, announcementForm } from "~/announcements/forms.server";
import { can } from "~/announcements/policy";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "channels", title: (t) => t("channels:announcements.post") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "post"));
  return { audiences: AUDIENCES, locale: person.locale };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "post"));
  const parsed = parseForm(announcementForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const id = await postAnnouncement(getDb(), person, parsed.data);
  throw redirect(`/announcements/${id}?notice=posted`);
}

export default function NewAnnouncement() {
  const { audiences, locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("channels");
  const { t: common } = useTranslation("common");
  const values = result?.values ?? {};
  return (
    <>
      <p>
        <Link to="/announcements">{t("announcements.title")}</Link>
      </p>
      <PageTitle>{t("announcements.post")}</PageTitle>
      <p>{t("announcements.postIntro")}</p>
      <Form method="post" className="stack stack-wide" noValidate>
        <FocusFirstError errors={result?.errors} />
        <SelectField
          name="audience"
          label={t("announcements.audience")}
          defaultValue={values.audience ?? "network"}
          options={audiences.map((audience) => ({
            value: audience,
            label: audience === "network" ? t("announcements.network") : common(`regionalGroups.${audience}`),
          }))}
          error={result?.errors?.audience}
        />
        <TextField
          name="title"
          label={t("announcements.titleField")}
          defaultValue={values.title}
          error={result?.errors?.title}
          maxLength={200}
        />
        <TextAreaField
          name="body"
          label={t("announcements.body")}
          hint={t("markdownHint")}
          defaultValue={values.body}
          error={result?.errors?.body}
          rows={12}
        />
        <SelectField
          name="language"
          label={t("language")}
          defaultValue={values.language ?? locale}
          options={languageOptions()}
          error={result?.errors?.language}
        />
        <p>
          <button type="submit">{t("announcements.send")}</button>
        </p>
      </Form>
    </>
  );
}
