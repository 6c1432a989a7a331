// Pairing a newly appointed focal point with a mentor: the experienced focal points of the same
// regional group first, then those of the same language (the secretariat's).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FieldShell, FocusFirstError } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { pairWithMentor } from "~/onboarding/commands.server";
import { mentorForm, pairingPageQuery } from "~/onboarding/forms.server";
import { can } from "~/onboarding/policy";
import { mentorChoices } from "~/onboarding/queries.server";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:onboarding.findMentor") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "pair", null));
  const { newcomer } = pairingPageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  if (newcomer === undefined) return { choices: null };
  return { choices: found(await mentorChoices(getDb(), newcomer, now(), viewer.locale)) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "pair", null));
  const parsed = parseForm(mentorForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const outcome = await pairWithMentor(getDb(), viewer, parsed.data);
  if (!outcome.ok) return formFailure({ errors: { [outcome.field]: outcome.error }, values: parsed.values });
  throw redirect("/onboarding?notice=paired");
}

export default function Pair() {
  const { choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("members");
  if (!choices)
    return (
      <div className="narrow">
        <PageTitle>{t("onboarding.findMentor")}</PageTitle>
        <p>{t("pair.chooseNewcomer")}</p>
        <p>
          <Link to="/onboarding">{t("pair.back")}</Link>
        </p>
      </div>
    );
  const { newcomer, candidates } = choices;
  const groups = [
    { key: "sameRegion", people: candidates.filter((c) => c.sameRegion) },
    { key: "sameLanguage", people: candidates.filter((c) => !c.sameRegion && c.sameLanguage) },
    { key: "others", people: candidates.filter((c) => !c.sameRegion && !c.sameLanguage) },
  ] as const;
  const error = result?.errors?.mentor ?? result?.errors?.newcomer;
  return (
    <div className="narrow">
      <PageTitle>{t("pair.title", { name: newcomer.name })}</PageTitle>
      <p>{t("pair.intro", { member: newcomer.memberName })}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <input type="hidden" name="newcomer" value={newcomer.id} />
        <FieldShell name="mentor" id="mentor" label={t("pair.mentor")} error={error}>
          {(describedBy) => (
            <select
              id="mentor"
              name="mentor"
              defaultValue={result?.values?.mentor ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            >
              <option value="">{t("pair.choose")}</option>
              {groups.map((group) =>
                group.people.length ? (
                  <optgroup key={group.key} label={t(`pair.${group.key}`)}>
                    {group.people.map((person) => (
                      <option key={person.id} value={person.id}>
                        {`${person.name} (${person.memberName})`}
                      </option>
                    ))}
                  </optgroup>
                ) : null,
              )}
            </select>
          )}
        </FieldShell>
        <p>
          <button type="submit">{t("pair.submit")}</button>
        </p>
      </Form>
    </div>
  );
}
