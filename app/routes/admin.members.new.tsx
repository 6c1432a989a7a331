import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RegionalGroup } from "../../db/schema";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { today } from "~/lib/clock.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { addMember } from "~/members/commands.server";
import { memberForm } from "~/members/forms.server";
import { can } from "~/members/policy";
import { MemberForm } from "~/members/member-form";
import { TIME_ZONES } from "~/lib/time-zones.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:newMember.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "addMember", null));
  return { timeZones: TIME_ZONES, joinedOn: today() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "addMember", null));
  const parsed = parseForm(memberForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const form = parsed.data;
  const regionalGroup = form.kind === "state" ? (form.regionalGroup as RegionalGroup) : null;
  const outcome = await addMember(getDb(), viewer, { ...form, regionalGroup });
  if (!outcome.ok) return formFailure({ errors: { [outcome.field]: outcome.error }, values: parsed.values });
  throw redirect(`/members/${outcome.slug}?notice=memberAdded`);
}

export default function NewMember() {
  const { timeZones, joinedOn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  return (
    <div className="narrow">
      <PageTitle>{t("newMember.title")}</PageTitle>
      <MemberForm
        values={{ joinedOn, ...result?.values }}
        errors={result?.errors}
        timeZones={timeZones}
        submit={t("newMember.submit")}
      />
    </div>
  );
}
