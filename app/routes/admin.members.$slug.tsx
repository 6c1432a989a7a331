import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RegionalGroup } from "../../db/schema";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { updateMember } from "~/members/commands.server";
import { memberForm } from "~/members/forms.server";
import { MemberForm } from "~/members/member-form";
import { can } from "~/members/policy";
import { getMemberBySlug } from "~/members/queries.server";
import { TIME_ZONES } from "~/lib/time-zones.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:editMember.title") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "editMember", null));
  const member = found(await getMemberBySlug(getDb(), params.slug ?? "", viewer.locale));
  return {
    member: {
      name: member.nameEn,
      nameFr: member.nameFr,
      nameEs: member.nameEs,
      kind: member.kind,
      regionalGroup: member.regional_group ?? "",
      capital: member.capital,
      timeZone: member.time_zone,
      joinedOn: member.joined_on,
    },
    title: member.name,
    timeZones: TIME_ZONES,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "editMember", null));
  const db = getDb();
  const member = found(await getMemberBySlug(db, params.slug ?? "", viewer.locale));
  const parsed = parseForm(memberForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const form = parsed.data;
  const regionalGroup = form.kind === "state" ? (form.regionalGroup as RegionalGroup) : null;
  await updateMember(db, viewer, member.slug, { ...form, regionalGroup });
  throw redirect(`/members/${member.slug}?notice=memberUpdated`);
}

export default function EditMember() {
  const { member, title, timeZones } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  return (
    <div className="narrow">
      <PageTitle>{t("editMember.heading", { member: title })}</PageTitle>
      <MemberForm
        values={{ ...member, ...result?.values }}
        errors={result?.errors}
        timeZones={timeZones}
        submit={t("editMember.submit")}
      />
    </div>
  );
}
