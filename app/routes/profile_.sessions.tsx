// "Where you are signed in": the person's sessions, and signing one or all the others out.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { currentSession, requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { parseForm } from "~/lib/forms.server";
import { endOtherSessions, endSession } from "~/sessions/commands.server";
import { sessionAction, sessionsNotice } from "~/sessions/forms.server";
import { sessionsOf } from "~/sessions/queries.server";
import { SessionList } from "~/sessions/session-list";

export const handle: RouteHandle = { i18n: "auth", title: (t) => t("auth:sessions.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const session = await currentSession(request, context);
  const notice = sessionsNotice.parse(Object.fromEntries(new URL(request.url).searchParams));
  const sessions = await sessionsOf(getDb(), viewer.userId, session?.id ?? null);
  return { sessions, timeZone: viewer.timeZone, ended: notice.ended ?? null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(sessionAction, await request.formData());
  // Both forms are buttons: nobody types into them, so a bad post is a bad request.
  if (!parsed.success) throw new Response(null, { status: 400 });
  const db = getDb();
  if (parsed.data.intent === "end") {
    await endSession(db, viewer, parsed.data.session);
    return redirect("/profile/sessions?ended=1");
  }
  const current = await currentSession(request, context);
  const ended = current ? await endOtherSessions(db, viewer, current.id) : 0;
  return redirect(`/profile/sessions?ended=${ended}`);
}

export default function Sessions() {
  const { sessions, timeZone, ended } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  const others = sessions.filter((session) => !session.current).length;
  return (
    <>
      <p>
        <Link to="/profile">{t("sessions.back")}</Link>
      </p>
      <PageTitle>{t("sessions.title")}</PageTitle>
      <SuccessNotice>{ended !== null ? t("sessions.ended", { count: ended }) : null}</SuccessNotice>
      <p>{t("sessions.intro")}</p>
      <SessionList sessions={sessions} timeZone={timeZone} />
      {others > 0 ? (
        <Form method="post" className="section-gap">
          <input type="hidden" name="intent" value="end_others" />
          <button type="submit" className="button-danger">
            {t("sessions.endOthers")}
          </button>
        </Form>
      ) : (
        <p className="muted section-gap">{t("sessions.onlyThis")}</p>
      )}
    </>
  );
}
