// Passkeys: sign in and confirm acts with a device's own lock. The person's passkeys, adding one
// (confirmed, then created by the browser), renaming and removing.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensureVisible } from "~/auth/policy";
import { currentSession, requireUser } from "~/auth/session.server";
import { FocusFirstError } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { confirmAct } from "~/confirmation/confirmation.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { AddPasskey, type Prepared } from "~/passkeys/add-passkey";
import { addPasskey, removePasskey, renamePasskey, startRegistration } from "~/passkeys/commands.server";
import { passkeyAction, passkeysNotice, registrationAnswer } from "~/passkeys/forms.server";
import { PasskeyList } from "~/passkeys/passkey-list";
import { canSign } from "~/passkeys/policy";
import { passkeysOf, passkeysRequired } from "~/passkeys/queries.server";

export const handle: RouteHandle = { i18n: "auth", title: (t) => t("auth:passkeys.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const notice = passkeysNotice.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const [passkeys, required] = await Promise.all([passkeysOf(db, viewer.id), passkeysRequired(db)]);
  return { passkeys, timeZone: viewer.timeZone, done: notice.done ?? null, required: required && canSign(viewer) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const formData = await request.formData();
  const parsed = parseForm(passkeyAction, formData);
  if (!parsed.success) return formFailure(parsed);
  const session = await currentSession(request, context);
  if (!session) throw new Response(null, { status: 403 });
  const db = getDb();
  const input = parsed.data;
  switch (input.intent) {
    case "prepare":
      await confirmAct(request, context, formData, "add_passkey");
      return { prepared: { name: input.name, options: await startRegistration(db, viewer, session.id) } };
    case "add": {
      const response = registrationAnswer(input.response);
      const outcome = response ? await addPasskey(db, viewer, session.id, { name: input.name, response }) : null;
      if (!outcome?.ok) return formFailure({ errors: { name: "validation.passkeyRefused" }, values: parsed.values });
      return redirect("/profile/passkeys?done=added");
    }
    case "rename":
      await renamePasskey(db, viewer, input.passkey, input.name);
      return redirect("/profile/passkeys?done=renamed");
    case "remove": {
      const own = async () => ensureVisible((await passkeysOf(db, viewer.id)).some((p) => p.id === input.passkey));
      await confirmAct(request, context, formData, "remove_passkey", own);
      await removePasskey(db, viewer, input.passkey);
      return redirect("/profile/passkeys?done=removed");
    }
  }
}

export default function Passkeys() {
  const { passkeys, timeZone, done, required } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("auth");
  const failure = result && "errors" in result ? result : null;
  const renaming = failure?.values.intent === "rename" ? failure : null;
  return (
    <>
      <p>
        <Link to="/profile">{t("sessions.back")}</Link>
      </p>
      <PageTitle>{t("passkeys.title")}</PageTitle>
      <SuccessNotice>{done ? t(`passkeys.done.${done}`) : null}</SuccessNotice>
      <FocusFirstError errors={failure?.errors} />
      <p>{t("passkeys.intro")}</p>
      {required && !passkeys.length ? (
        <p className="notice" role="status">
          {t("passkeys.required")}
        </p>
      ) : null}
      <PasskeyList
        passkeys={passkeys}
        timeZone={timeZone}
        failure={
          renaming
            ? {
                passkey: renaming.values.passkey ?? "",
                name: renaming.values.name ?? "",
                error: renaming.errors.name ?? "",
              }
            : null
        }
      />
      <h2 className="section-gap">{t("passkeys.add")}</h2>
      <AddPasskey
        // The options as they travelled (JSON), which is what the browser's half reads.
        prepared={result && "prepared" in result ? (result.prepared as unknown as Prepared) : null}
        values={renaming ? undefined : failure?.values}
        error={renaming ? undefined : failure?.errors.name}
      />
    </>
  );
}
