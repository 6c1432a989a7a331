import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { confirmAct } from "~/confirmation/confirmation.server";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { handOverSeat } from "~/members/commands.server";
import { handoverForm } from "~/members/forms.server";
import { can } from "~/members/policy";
import { getMemberBySlug, seatHolder, seatOf } from "~/members/queries.server";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:handover.title"), noindex: true };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const member = found(await getMemberBySlug(db, params.slug ?? "", viewer.locale));
  const holder = await seatHolder(db, member.id);
  ensure(can(viewer, "handOver", { memberId: member.id, holderId: holder?.id ?? null }));
  return { member: { name: member.name, slug: member.slug }, holder };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const member = found(await getMemberBySlug(db, params.slug ?? "", viewer.locale));
  ensure(can(viewer, "handOver", await seatOf(db, member.id)));
  const formData = await request.formData();
  const parsed = parseForm(handoverForm, formData);
  if (!parsed.success) return formFailure(parsed);
  await confirmAct(request, context, formData, "hand_over_seat");
  // The command enforces the rule again, against the seat as it is in its transaction.
  const outcome = await handOverSeat(db, viewer, member.id, parsed.data);
  if (!outcome.ok) return formFailure({ errors: { [outcome.field]: outcome.error }, values: parsed.values });
  // Someone who just handed over their own seat "now" is signed out by it.
  throw redirect(outcome.viewerSteppedDown ? "/login?handedOver=1" : `/members/${member.slug}?notice=handover`);
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
      <ConfirmForm act="hand_over_seat" className="stack" noValidate>
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
      </ConfirmForm>
    </div>
  );
}
