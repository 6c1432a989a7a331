import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { contributeBestPractice } from "~/manual/commands.server";
import { bestPracticeForm } from "~/manual/forms.server";
import { listTags } from "~/manual/queries.server";
import { memberChoices, memberIdsFromSlugs } from "~/members/queries.server";
import { BestPracticeFields } from "~/manual/best-practice-fields";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:contribute.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  // A focal point contributes for their own member; the secretariat names one.
  const namesMember = person.role === "secretariat";
  const [tags, members] = await Promise.all([listTags(db), namesMember ? memberChoices(db, person.locale) : null]);
  return { tags, members, memberName: person.memberName, locale: person.locale };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(bestPracticeForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const { member, ...input } = parsed.data;
  // A focal point contributes for their own member whatever the form says; the secretariat names one.
  const memberId =
    person.role === "focal_point" ? person.memberId : (await memberIdsFromSlugs(db, member ? [member] : []))[0];
  if (!memberId) return formFailure({ errors: { member: "validation.required" }, values: parsed.values });
  const id = await contributeBestPractice(db, person, memberId, input);
  throw redirect(`/manual/best-practices/${id}?notice=submitted`);
}

export default function ContributeBestPractice() {
  const { tags, members, memberName, locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("manual");
  const values = result?.values ?? {};
  return (
    <>
      <p>
        <Link to="/manual/best-practices">{t("practices.heading")}</Link>
      </p>
      <PageTitle>{t("contribute.title")}</PageTitle>
      <p>{members ? t("contribute.introSecretariat") : t("contribute.intro", { member: memberName })}</p>
      <Form method="post" className="stack stack-wide" noValidate>
        <FocusFirstError errors={result?.errors} />
        {members ? (
          <SelectField
            name="member"
            label={t("contribute.member")}
            defaultValue={values.member ?? ""}
            options={[
              { value: "", label: t("contribute.chooseMember") },
              ...members.map((member) => ({ value: member.slug, label: member.name })),
            ]}
            error={result?.errors?.member}
          />
        ) : null}
        <BestPracticeFields values={values} errors={result?.errors} tags={tags} locale={locale} />
        <p>
          <button type="submit">{t("contribute.submit")}</button>
        </p>
      </Form>
    </>
  );
}
