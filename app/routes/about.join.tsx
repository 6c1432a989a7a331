import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { getViewer } from "~/auth/session.server";
import { FocusFirstError, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { requestLocale } from "~/i18n/request-locale.server";
import { askToJoin } from "~/inquiries/commands.server";
import { joinForm } from "~/inquiries/forms.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { can } from "~/public/policy";

export const handle: RouteHandle = {
  i18n: "public",
  title: (t) => t("public:join.title"),
  description: (t) => t("public:meta.join"),
};

const STEPS = ["decide", "appoint", "write", "welcome"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  // Someone already in the network asks the secretariat from inside the portal.
  return { offerForm: can(await getViewer(request, context), "askToJoin", null) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  ensure(can(await getViewer(request, context), "askToJoin", null));
  const form = await request.formData();
  // A bot that filled the honeypot is told it worked, and nothing reaches the queue.
  if (form.get("website")) throw redirect("/about/join/thanks");
  const parsed = parseForm(joinForm, form);
  if (!parsed.success) return formFailure(parsed);
  const outcome = await askToJoin(getDb(), {
    ...parsed.data,
    locale: await requestLocale(request, context),
    clientIp: context.clientIp,
  });
  if (outcome === "limited") return formFailure({ errors: {}, values: parsed.values, limited: true }, 429);
  throw redirect("/about/join/thanks");
}

export default function Join() {
  const { offerForm } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("public");
  return (
    <>
      <PageTitle>{t("join.title")}</PageTitle>
      <p className="lead">{t("join.intro")}</p>
      <ol className="steps">
        {STEPS.map((step) => (
          <li key={step}>{t(`join.steps.${step}`)}</li>
        ))}
      </ol>
      {offerForm ? (
        <section aria-labelledby="form-heading" className="card narrow section-gap">
          <h2 id="form-heading">{t("join.formHeading")}</h2>
          <p>{t("join.formIntro")}</p>
          {result?.limited ? (
            <p className="notice notice-error" role="alert">
              {t("join.limited")}
            </p>
          ) : null}
          <Form method="post" className="stack" noValidate>
            <FocusFirstError errors={result?.errors} />
            <TextField
              name="name"
              label={t("join.name")}
              autoComplete="name"
              required
              maxLength={200}
              defaultValue={result?.values?.name}
              error={result?.errors?.name}
            />
            <TextField
              name="email"
              type="email"
              label={t("join.email")}
              autoComplete="email"
              required
              defaultValue={result?.values?.email}
              error={result?.errors?.email}
            />
            <TextField
              name="organisation"
              label={t("join.organisation")}
              hint={t("join.organisationHint")}
              autoComplete="organization"
              required
              maxLength={200}
              defaultValue={result?.values?.organisation}
              error={result?.errors?.organisation}
            />
            <TextAreaField
              name="message"
              label={t("join.message")}
              required
              defaultValue={result?.values?.message}
              error={result?.errors?.message}
            />
            <div className="honeypot" aria-hidden="true">
              <label htmlFor="website">{t("join.honeypot")}</label>
              <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
            </div>
            <p className="hint">{t("join.privacy")}</p>
            <p>
              <button type="submit">{t("join.submit")}</button>
            </p>
          </Form>
        </section>
      ) : (
        <p className="notice">
          {t("join.member")} <Link to="/ask">{t("join.askLink")}</Link>
        </p>
      )}
    </>
  );
}
