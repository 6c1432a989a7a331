import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { moveClockForm } from "~/dev/clock-form.server";
import { moveClockTo, now } from "~/lib/clock.server";
import { isLocalMode } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { enqueue } from "~/lib/jobs.server";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:devClock.title") };

/** Local mode only: the portal's clock, which tests and demos move forward to see reminders go out. */
export async function loader(_: LoaderFunctionArgs) {
  if (!isLocalMode()) throw new Response(null, { status: 404 });
  return { now: now().toISOString() };
}

export async function action({ request }: ActionFunctionArgs) {
  if (!isLocalMode()) throw new Response(null, { status: 404 });
  const parsed = parseForm(moveClockForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  moveClockTo(new Date(parsed.data.to));
  // What fell due in the jump goes out now rather than at the next minute.
  await enqueue(getDb(), "calendar.dispatch_reminders", {}, { jobKey: "calendar.dispatch_reminders" });
  await enqueue(getDb(), "notifications.dispatch_digests", {}, { jobKey: "notifications.dispatch_digests" });
  // A silence deadline's own job waits for the database's time: the sweep adopts by the portal's.
  await enqueue(getDb(), "statements.sweep_silences", {}, { jobKey: "statements.sweep_silences" });
  throw redirect("/dev/clock");
}

export default function DevClock() {
  const { now } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  return (
    <div className="narrow">
      <PageTitle>{t("devClock.title")}</PageTitle>
      <p>{t("devClock.intro")}</p>
      <p>
        {t("devClock.now")} <time dateTime={now}>{now}</time>
      </p>
      <Form method="post" className="stack">
        <TextField
          name="to"
          label={t("devClock.to")}
          defaultValue={refused?.values.to ?? now}
          error={refused?.errors.to}
        />
        <p>
          <button type="submit">{t("devClock.move")}</button>
        </p>
      </Form>
    </div>
  );
}
