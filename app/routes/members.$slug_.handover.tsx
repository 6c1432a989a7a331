import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { actsFor, type Viewer } from "~/auth/viewer";
import { forbidden } from "~/auth/policy";
import { FocusFirstError, SelectField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { getDb } from "~/lib/db.server";
import { handoverForm } from "~/members/forms.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { getMemberBySlug } from "~/members/members.server";
import { handOverSeat, seatHolder } from "~/members/people.server";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:handover.title") };

/** The secretariat, or the member's own focal point (not an alternate), may hand the seat over. */
async function authorize(request: Request, context: Parameters<typeof requireUser>[1], slug: string | undefined) {
  const person: Viewer = await requireUser(request, context);
  const member = await getMemberBySlug(getDb(), slug ?? "");
  if (!member) throw new Response(null, { status: 404 });
  if (!actsFor(person, member.id) || (person.role !== "secretariat" && person.isAlternate)) throw forbidden();
  return { person, member };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { member } = await authorize(request, context, params.slug);
  const holder = await seatHolder(getDb(), member.id);
  return { member: { name: member.name, slug: member.slug }, holder };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { person, member } = await authorize(request, context, params.slug);
  const parsed = parseForm(handoverForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const outcome = await handOverSeat(
    getDb(),
    { ...parsed.data, memberId: member.id },
    { id: person.id, name: person.name, ip: context.clientIp },
  );
  if (!outcome.ok) return formFailure({ errors: { [outcome.field]: outcome.error }, values: parsed.values });
  // Someone who just handed over their own seat "now" is signed out by it.
  const steppedDown = parsed.data.when === "now" && person.role !== "secretariat";
  throw redirect(steppedDown ? "/login?handedOver=1" : `/members/${member.slug}?notice=handover`);
}

export default function Handover() {
  const { member, holder } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["members", "common"]);
  return (
    <div className="narrow">
      <p>
        <Link to={`/members/${member.slug}`}>{member.name}</Link>
      </p>
      <PageTitle>{t("handover.title")}</PageTitle>
      <p>
        {holder
          ? t("handover.intro", { holder: holder.name, member: member.name })
          : t("handover.introVacant", { member: member.name })}
      </p>
      <p className="muted">{t("handover.belongs")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextField
          name="name"
          label={t("handover.name")}
          autoComplete="off"
          required
          defaultValue={result?.values?.name}
          error={result?.errors?.name}
        />
        <TextField
          name="email"
          type="email"
          label={t("handover.email")}
          required
          defaultValue={result?.values?.email}
          error={result?.errors?.email}
        />
        <TextField
          name="title"
          label={t("handover.jobTitle")}
          defaultValue={result?.values?.title}
          error={result?.errors?.title}
        />
        <SelectField
          name="locale"
          label={t("handover.locale")}
          defaultValue={result?.values?.locale ?? "en"}
          options={languageOptions()}
          error={result?.errors?.locale}
        />
        <fieldset className="field">
          <legend>{t("handover.when")}</legend>
          <label>
            <input
              type="radio"
              name="when"
              value="acceptance"
              defaultChecked={(result?.values?.when ?? "acceptance") === "acceptance"}
            />{" "}
            {t("handover.onAcceptance")}
          </label>
          <label>
            <input type="radio" name="when" value="now" defaultChecked={result?.values?.when === "now"} />{" "}
            {t("handover.now")}
          </label>
        </fieldset>
        <p>
          <button type="submit">{t("handover.submit")}</button>
        </p>
      </Form>
    </div>
  );
}
