import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { CheckboxField, FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { localeCookie } from "~/i18n/locale.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { updateProfile } from "~/members/commands.server";
import { profileForm } from "~/members/forms.server";
import { getPerson } from "~/members/queries.server";
import { TimeZonePicker } from "~/components/time-zone-picker";
import { mailProblemOf } from "~/notifications/bounces.server";
import { MailProblemNotice } from "~/notifications/mail-problem";
import { onboardingPath } from "~/onboarding/queries.server";
import { Welcome } from "~/onboarding/welcome";
import { TIME_ZONES } from "~/lib/time-zones.server";

export const handle: RouteHandle = { i18n: ["members", "channels"], title: (t) => t("members:profile.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  // The first page after accepting an invitation (invitations.$token): a welcome and where to start.
  const welcome = new URL(request.url).searchParams.get("welcome") === "1";
  const [profile, path, mailProblem] = await Promise.all([
    getPerson(db, person.id),
    welcome ? onboardingPath(db, person) : Promise.resolve(null),
    mailProblemOf(db, person.email),
  ]);
  return {
    profile: found(profile),
    path,
    mailProblem: mailProblem ?? null,
    viewerZone: person.timeZone,
    timeZones: TIME_ZONES,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(profileForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  await updateProfile(getDb(), person, person.id, parsed.data);
  // The cookie keeps the language after sign-out too.
  throw redirect("/profile?saved=1", { headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) } });
}

export default function Profile() {
  const { profile, path, mailProblem, viewerZone, timeZones } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("members");
  const { t: common } = useTranslation();
  const values = result?.values ?? profile;
  // A checkbox left unticked is not sent: after a refused form, its absence is the choice.
  const shared = (field: "sharePhone" | "shareAddress") => (result ? result.values[field] === "on" : profile[field]);
  const [timeZone, setTimeZone] = useState(values.timeZone);
  const [browserZone, setBrowserZone] = useState<string | null>(null);
  useEffect(() => setBrowserZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  return (
    <div className="narrow">
      <PageTitle>{t("profile.title")}</PageTitle>
      {path ? <Welcome name={profile.name} path={path} timeZone={profile.timeZone} /> : null}
      <SuccessNotice>{searchParams.has("saved") && !result && t("profile.saved")}</SuccessNotice>
      <p>
        {t("profile.email", { email: profile.email })} <Link to="/ask">{common("footer.ask")}</Link>
      </p>
      <p>
        <Link to="/profile/sessions">{t("profile.sessionsLink")}</Link> ·{" "}
        <Link to="/profile/passkeys">{t("profile.passkeysLink")}</Link>
      </p>
      <MailProblemNotice problem={mailProblem} email={profile.email} timeZone={viewerZone} />
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextField
          name="name"
          label={t("profile.name")}
          autoComplete="name"
          required
          defaultValue={values.name}
          error={result?.errors?.name}
        />
        <TextField
          name="title"
          label={t("profile.jobTitle")}
          defaultValue={values.title}
          error={result?.errors?.title}
        />
        <TextField
          name="ministry"
          label={t("profile.ministry")}
          defaultValue={values.ministry}
          error={result?.errors?.ministry}
        />
        <TimeZonePicker
          name="timeZone"
          label={t("profile.timeZone")}
          hint={t("profile.timeZoneHint")}
          value={timeZone}
          onChange={setTimeZone}
          zones={timeZones}
          current={timeZone}
          error={result?.errors?.timeZone}
        />
        {browserZone && browserZone !== timeZone ? (
          <p>
            <button type="button" className="button-secondary" onClick={() => setTimeZone(browserZone)}>
              {t("profile.useBrowserZone", { zone: browserZone })}
            </button>
          </p>
        ) : null}
        <SelectField
          name="locale"
          label={t("profile.locale")}
          defaultValue={values.locale}
          options={languageOptions()}
          error={result?.errors?.locale}
        />
        <fieldset className="stack">
          <legend>{t("profile.contact")}</legend>
          <p className="hint">
            {t("profile.contactHint")} <Link to="/privacy">{t("privacy.link")}</Link>
          </p>
          <TextField
            name="phone"
            type="tel"
            label={t("profile.phone")}
            autoComplete="tel"
            defaultValue={values.phone}
            error={result?.errors?.phone}
          />
          <CheckboxField name="sharePhone" label={t("profile.sharePhone")} defaultChecked={shared("sharePhone")} />
          <TextAreaField
            name="postalAddress"
            label={t("profile.postalAddress")}
            autoComplete="street-address"
            rows={3}
            defaultValue={values.postalAddress}
            error={result?.errors?.postalAddress}
          />
          <CheckboxField
            name="shareAddress"
            label={t("profile.shareAddress")}
            defaultChecked={shared("shareAddress")}
          />
        </fieldset>
        <p>
          <button type="submit">{t("profile.save")}</button>
        </p>
      </Form>
      <section aria-labelledby="your-data" className="section-gap">
        <h2 id="your-data">{t("data.yourData")}</h2>
        <p>
          {t("data.yourDataIntro")} <Link to="/profile/data">{t("data.link")}</Link>
        </p>
      </section>
    </div>
  );
}
