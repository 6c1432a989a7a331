import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { TextAreaField } from "~/components/field";
import { ListLink } from "~/components/list-link";
import type { AgendaRequestRow, GroupMemberRow, JoinRequestRow } from "./queries.server";

type FormErrors = Record<string, string> | undefined;

/** The group's members; the secretariat may take one out, a member's focal point may leave. */
export function MembersPanel({
  members,
  mayLeave,
  mayRemove,
}: {
  members: GroupMemberRow[];
  mayLeave: boolean;
  mayRemove: boolean;
}) {
  const { t } = useTranslation("groups");
  return (
    <section aria-labelledby="members-heading" className="card">
      <h2 id="members-heading">{t("group.members")}</h2>
      <ul className="group-members">
        {members.map((member) => (
          <li key={member.id}>
            <ListLink to={`/members/${member.slug}`}>{member.name}</ListLink>
            {mayRemove ? (
              <ConfirmForm act="remove_group_member">
                <input type="hidden" name="intent" value="remove_member" />
                <input type="hidden" name="member" value={member.id} />
                <button
                  type="submit"
                  className="button-secondary button-small"
                  aria-label={t("group.removeMember", { member: member.name })}
                >
                  {t("group.remove")}
                </button>
              </ConfirmForm>
            ) : null}
          </li>
        ))}
      </ul>
      {mayLeave ? (
        <Form method="post">
          <p className="hint">{t("group.leaveHint")}</p>
          <button type="submit" name="intent" value="leave" className="button-secondary">
            {t("group.leave")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}

/** Waiting requests to join, each with its answer for those who may give it. */
export function JoinRequestsPanel({
  requests,
  mayDecide,
}: {
  requests: (JoinRequestRow & { when: string })[];
  mayDecide: boolean;
}) {
  const { t } = useTranslation("groups");
  if (!requests.length) return null;
  return (
    <section aria-labelledby="requests-heading" className="card">
      <h2 id="requests-heading">{t("group.joinRequests")}</h2>
      <ul>
        {requests.map((request) => (
          <li key={request.id}>
            <p id={`request-${request.id}`}>
              {t("group.requestedBy", {
                member: request.memberName,
                name: request.requestedBy ?? "—",
                date: request.when,
              })}
            </p>
            {mayDecide ? (
              <Form method="post" className="actions">
                <input type="hidden" name="request" value={request.id} />
                <button type="submit" name="intent" value="accept_join" aria-describedby={`request-${request.id}`}>
                  {t("group.accept")}
                </button>
                <button
                  type="submit"
                  name="intent"
                  value="decline_join"
                  className="button-secondary"
                  aria-describedby={`request-${request.id}`}
                >
                  {t("group.decline")}
                </button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Adding a member is a page of its own: its list of every member would weigh on the group's page. */
export function InvitePanel({ groupId }: { groupId: number }) {
  const { t } = useTranslation("groups");
  return (
    <section aria-labelledby="invite-heading" className="card">
      <h2 id="invite-heading">{t("group.invite")}</h2>
      <p>
        <Link to={`/groups/${groupId}/invite`}>{t("invite.title")}</Link>
      </p>
    </section>
  );
}

/** The request for the next Global Call's agenda: waiting (and the secretariat's "handled"), or the form to ask. */
export function AgendaPanel({
  request,
  mayRequest,
  mayHandle,
  errors,
  note,
}: {
  request: (AgendaRequestRow & { when: string }) | null;
  mayRequest: boolean;
  mayHandle: boolean;
  errors: FormErrors;
  note?: string;
}) {
  const { t } = useTranslation("groups");
  if (!request && !mayRequest) return null;
  return (
    <section aria-labelledby="agenda-heading" className="card">
      <h2 id="agenda-heading">{t("group.agenda")}</h2>
      {request ? (
        <>
          <p>{t("group.agendaWaiting", { date: request.when, name: request.requestedBy ?? "—" })}</p>
          {request.note ? <p className="muted">{request.note}</p> : null}
          {mayHandle ? (
            <Form method="post">
              <input type="hidden" name="intent" value="handle_agenda" />
              <input type="hidden" name="request" value={request.id} />
              <button type="submit">{t("group.agendaHandle")}</button>
            </Form>
          ) : null}
        </>
      ) : (
        <Form method="post" className="stack">
          <p>{t("group.agendaIntro")}</p>
          <input type="hidden" name="intent" value="request_agenda" />
          <TextAreaField name="note" label={t("group.agendaNote")} rows={3} defaultValue={note} error={errors?.note} />
          <p>
            <button type="submit" className="button-secondary">
              {t("group.agendaSubmit")}
            </button>
          </p>
        </Form>
      )}
    </section>
  );
}
