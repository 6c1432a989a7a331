import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { confirmAct } from "~/confirmation/confirmation.server";
import {
  decideJoin,
  ensureMayRemoveMember,
  handleAgenda,
  postReply,
  removeMember,
  requestAgenda,
} from "~/groups/commands.server";
import { groupPageForm } from "~/groups/forms.server";
import { AgendaPanel, InvitePanel, JoinRequestsPanel, MembersPanel } from "~/groups/group-panels";
import { groupPage } from "~/groups/presenters.server";
import { RiskChart } from "~/groups/risk-chart";
import { UpdateCard } from "~/groups/update-card";
import { LibraryFiles } from "~/library/library-files";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { formFailure, pageQuery, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { SubscriptionForm } from "~/notifications/subscription-form";
import { subscriptionOf } from "~/notifications/subscriptions.server";

export const handle: RouteHandle = {
  i18n: ["groups", "library"],
  title: (_t, data) => (data as { group?: { title: string } } | undefined)?.group?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const id = idParam(params.id);
  const db = getDb();
  const [shown, subscription] = await Promise.all([
    groupPage(db, viewer, id, page),
    subscriptionOf(db, viewer.id, { kind: "situation_group", id }),
  ]);
  return { ...shown, subscription, timeZone: viewer.timeZone };
}

const NOTICES = [
  "opened",
  "posted",
  "replied",
  "accepted",
  "declined",
  "invited",
  "agendaRequested",
  "agendaHandled",
  "removed",
  "alreadyDone",
  "subscription",
] as const;

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const formData = await request.formData();
  const parsed = parseForm(groupPageForm, formData);
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const form = parsed.data;
  const removing = form.intent === "remove_member";
  const mayRemove = () => ensureMayRemoveMember(db, viewer, id);
  await confirmAct(request, context, formData, removing ? "remove_group_member" : undefined, mayRemove);
  const done = (notice: (typeof NOTICES)[number], anchor = "") => redirect(`/groups/${id}?notice=${notice}${anchor}`);
  switch (form.intent) {
    case "reply": {
      const reply = await postReply(db, viewer, id, form.update, form.body);
      throw done("replied", `#reply-${reply}`);
    }
    case "accept_join":
    case "decline_join": {
      const accept = form.intent === "accept_join";
      const decided = await decideJoin(db, viewer, id, form.request, accept);
      throw done(decided ? (accept ? "accepted" : "declined") : "alreadyDone");
    }
    case "request_agenda":
      throw done((await requestAgenda(db, viewer, id, form.note)) ? "agendaRequested" : "alreadyDone");
    case "handle_agenda":
      throw done((await handleAgenda(db, viewer, id, form.request)) ? "agendaHandled" : "alreadyDone");
    case "leave":
      // Leaving is for a member's focal point; the secretariat has no member to take out.
      ensure(viewer.memberId !== null);
      await removeMember(db, viewer, id, viewer.memberId ?? 0);
      throw redirect("/groups?notice=left");
    case "remove_member":
      throw done((await removeMember(db, viewer, id, form.member)) ? "removed" : "alreadyDone");
  }
}

export default function GroupPage() {
  const { group, updates, hasNext, page, may, subscription, library, timeZone } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation("groups");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const formatDay = (date: string) => formatCalendarDate(locale, date);
  const values = refused?.values ?? {};
  const refusedIntent = values.intent;
  return (
    <article aria-labelledby="page-title">
      <p>
        <Link to="/groups">{t("form.back")}</Link>
      </p>
      <PageTitle lang={group.language}>{group.title}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <p className="lead" lang={group.language}>
        {group.description}
      </p>
      <p className="notice">
        {t("group.confidential")} {group.listed ? null : t("group.unlisted")}
      </p>
      <SubscriptionForm kind="situation_group" id={group.id} state={subscription} />
      <div className="actions">
        {may.postUpdate ? (
          <Link to={`/groups/${group.id}/updates/new`} className="button">
            {t("group.postUpdate")}
          </Link>
        ) : null}
        {may.proposeStatement ? (
          <Link to={`/statements/new?group=${group.id}`} className="button button-secondary">
            {t("group.proposeStatement")}
          </Link>
        ) : null}
      </div>
      <div className="group-layout">
        <div className="group-main">
          <section aria-labelledby="risk-heading">
            <h2 id="risk-heading">{t("group.riskHistory")}</h2>
            <RiskChart points={group.risk} formatDay={formatDay} />
          </section>
          <section aria-labelledby="updates-heading" className="section-gap">
            <h2 id="updates-heading">{t("group.updates")}</h2>
            {updates.length === 0 ? <p>{t("group.noUpdates")}</p> : null}
            {updates.map((update) => (
              <UpdateCard
                key={update.id}
                update={update}
                formatDay={formatDay}
                replyError={
                  refusedIntent === "reply" && values.update === String(update.id) ? refused?.errors.body : undefined
                }
                replyText={refusedIntent === "reply" && values.update === String(update.id) ? values.body : undefined}
              />
            ))}
            {page > 1 || hasNext ? (
              <nav aria-label={t("group.pages")} className="actions">
                {page > 1 ? <Link to={`?page=${page - 1}`}>{t("group.newer")}</Link> : null}
                {hasNext ? <Link to={`?page=${page + 1}`}>{t("group.older")}</Link> : null}
              </nav>
            ) : null}
          </section>
          <LibraryFiles panel={library} timeZone={timeZone} />
        </div>
        <aside className="group-aside stack">
          <MembersPanel members={group.members} mayLeave={may.leave} mayRemove={may.removeMember} />
          <JoinRequestsPanel requests={group.joinRequests} mayDecide={may.decideJoin} />
          {may.invite ? <InvitePanel groupId={group.id} /> : null}
          <AgendaPanel
            request={group.agendaRequest}
            mayRequest={may.requestAgenda}
            mayHandle={may.handleAgenda}
            errors={refusedIntent === "request_agenda" ? refused?.errors : undefined}
            note={refusedIntent === "request_agenda" ? values.note : undefined}
          />
        </aside>
      </div>
    </article>
  );
}
