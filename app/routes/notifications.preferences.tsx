import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { CADENCES, CATEGORIES } from "~/notifications/categories";
import { preferencesForm } from "~/notifications/forms.server";
import { preferencesOf, setPreferences } from "~/notifications/preferences.server";

export const handle: RouteHandle = { i18n: "notifications", title: (t) => t("notifications:preferences.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const preferences = (await preferencesOf(getDb(), [person.id])).get(person.id)!;
  return { preferences, timeZone: person.timeZone };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(preferencesForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  await setPreferences(getDb(), person.id, parsed.data);
  throw redirect("/notifications/preferences?saved=1");
}

export default function NotificationPreferences() {
  const { preferences, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("notifications");
  const { t: tCommon } = useTranslation();
  return (
    <div className="preferences">
      <p>
        <Link to="/notifications">{t("centre.title")}</Link>
      </p>
      <PageTitle>{t("preferences.title")}</PageTitle>
      <SuccessNotice>{searchParams.has("saved") && !result && t("preferences.saved")}</SuccessNotice>
      <p>{t("preferences.intro")}</p>
      <p>{t("preferences.digestTimes", { zone: timeZone.replace(/_/g, " ") })}</p>
      <p className="hint">{t("preferences.essential")}</p>
      <Form method="post" className="stack preferences-form" noValidate>
        <FocusFirstError errors={result?.errors} />
        {CATEGORIES.map((category) => {
          const error = result?.errors?.[category];
          const chosen = result?.values?.[category] ?? preferences[category];
          return (
            <fieldset
              key={category}
              className="choice-group"
              aria-describedby={`${category}-hint${error ? ` ${category}-error` : ""}`}
            >
              <legend>{t(`categories.${category}.label`)}</legend>
              <p className="hint" id={`${category}-hint`}>
                {t(`categories.${category}.hint`)}
              </p>
              <div className="choices">
                {CADENCES.map((cadence) => (
                  <label key={cadence}>
                    <input
                      type="radio"
                      name={category}
                      value={cadence}
                      defaultChecked={chosen === cadence}
                      aria-invalid={error ? true : undefined}
                    />{" "}
                    {t(`cadences.${cadence}`)}
                  </label>
                ))}
              </div>
              {error ? (
                <p className="field-error" id={`${category}-error`}>
                  {tCommon(error as "validation.invalid")}
                </p>
              ) : null}
            </fieldset>
          );
        })}
        <p>
          <button type="submit">{t("preferences.save")}</button>
        </p>
      </Form>
    </div>
  );
}
