import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { now, today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate, formatDateTime } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { memberChoices, memberIdsFromSlugs } from "~/members/members.server";
import { RefusalNotice, StageTag } from "~/statements/components";
import { ParagraphList } from "~/statements/paragraph-list";
import { renderParagraph } from "~/statements/render.server";
import { deadlineIn, statementAction as statementForm } from "~/statements/forms.server";
import { notFound, orNotFound, statementAction, type ActionRefusal } from "~/statements/route-helpers.server";
import {
  addParagraph,
  addToGroup,
  breakSilence,
  inviteSignatories,
  loadStatementPage,
  openForSignature,
  publish,
  removeFromGroup,
  seesDrafting,
  setSignature,
  startSilence,
} from "~/statements/statements.server";
import { revalidateAfterRefusal } from "~/statements/revalidate";
import { allowedActions } from "~/statements/workflow";

export const handle: RouteHandle = {
  i18n: "statements",
  title: (_t, data) => (data as { statement?: { title: string } } | undefined)?.statement?.title ?? "",
};

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const { statement, role, paragraphs, events } = await orNotFound(() => loadStatementPage(db, id, person));
  const moment = now();
  const invited = person.memberId !== null && statement.signatures.some((signature) => signature.memberId === person.memberId);
  const actions = allowedActions(statement.stage, { role, now: moment, deadline: statement.silence_deadline ? new Date(statement.silence_deadline) : null, invited });
  const members = actions.has("manage_group") || actions.has("invite") ? await memberChoices(db) : [];
  const inGroup = new Set(statement.group.map((member) => member.id));
  const invitedIds = new Set(statement.signatures.map((signature) => signature.memberId));
  const mySignature = statement.signatures.find((signature) => signature.memberId === person.memberId);
  return {
    statement: {
      id: statement.id,
      title: statement.title,
      kind: statement.kind,
      language: statement.language,
      topic: statement.topic,
      occasion: statement.occasion,
      stage: statement.stage,
      version: statement.current_version,
      silenceDeadline: statement.silence_deadline,
      adoptedAt: statement.adopted_at,
      deliveredOn: statement.delivered_on,
      venue: statement.venue,
      penholderId: statement.penholder_member_id,
      penholderName: statement.penholderName,
      penholderSlug: statement.penholderSlug,
      group: statement.group,
      signatures: statement.signatures,
    },
    paragraphs: paragraphs.map((paragraph) => ({ id: paragraph.id, status: paragraph.status, pending: paragraph.pending ?? 0, html: renderParagraph(paragraph.body) })),
    events,
    role,
    drafting: seesDrafting(role),
    actions: [...actions],
    signature: invited ? { signed: Boolean(mySignature?.signedAt) } : null,
    groupChoices: members.filter((member) => !inGroup.has(member.id)).map((member) => ({ value: member.slug, label: member.name })),
    inviteChoices: members.filter((member) => member.id !== statement.penholder_member_id && !invitedIds.has(member.id)).map((member) => ({ value: member.slug, label: member.name })),
    viewer: { timeZone: person.timeZone, memberName: person.memberName },
    today: today(person.timeZone),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const parsed = parseForm(statementForm, await request.formData());
  if (!parsed.success) {
    if (!parsed.values.intent) throw new Response(null, { status: 400 });
    return formFailure({ errors: parsed.errors, values: parsed.values });
  }
  const form = parsed.data;
  return statementAction(db, id, parsed.values, async () => {
    const done = (notice: string, hash = "") => redirect(`/statements/${id}?notice=${notice}${hash}`);
    switch (form.intent) {
      case "start_silence":
        await startSilence(db, id, deadlineIn(form, person.timeZone), person);
        return done("silenceStarted");
      case "break_silence":
        await breakSilence(db, id, form.reason, person);
        return done("silenceBroken");
      case "open_signature":
        await openForSignature(db, id, person);
        return done("signatureOpened");
      case "invite":
        await inviteSignatories(db, id, await memberIdsFromSlugs(db, form.members), person);
        return done("invited", "#signatures");
      case "sign":
      case "withdraw":
        await setSignature(db, id, form.intent === "sign", person);
        return done(form.intent === "sign" ? "signed" : "withdrawn", "#signatures");
      case "publish":
        if (form.deliveredOn > today(person.timeZone)) return formFailure({ errors: { deliveredOn: "validation.future" }, values: parsed.values });
        await publish(db, id, form, person);
        return done("published");
      case "add_members":
        await addToGroup(db, id, await memberIdsFromSlugs(db, form.members), person);
        return done("membersAdded", "#group");
      case "remove_member": {
        const [memberId] = await memberIdsFromSlugs(db, [form.member]);
        if (!memberId) throw notFound();
        await removeFromGroup(db, id, memberId, person);
        return done("memberRemoved", "#group");
      }
      case "add_paragraph":
        await addParagraph(db, id, form, person);
        return done("paragraphAdded", "#text");
    }
  });
}

const NOTICES = [
  "created",
  "silenceStarted",
  "silenceBroken",
  "signatureOpened",
  "invited",
  "signed",
  "withdrawn",
  "published",
  "membersAdded",
  "memberRemoved",
  "paragraphAdded",
] as const;

export default function Statement() {
  const { statement, paragraphs, events, drafting, actions, signature, groupChoices, inviteChoices, viewer, today: todayDate } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (ActionRefusal & { errors?: Record<string, string> }) | undefined;
  const { t } = useTranslation(["statements", "common"]);
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const can = (action: string) => actions.includes(action as never);
  const errorsFor = (intent: string) => (result?.intent === intent || result?.values?.intent === intent ? result?.errors : undefined);
  const valueFor = (intent: string, field: string) => (result?.values?.intent === intent ? result.values[field] : undefined);
  const counts = { open: 0, bracketed: 0, agreed: 0 };
  for (const paragraph of paragraphs) counts[paragraph.status] += 1;
  const pending = paragraphs.reduce((sum, paragraph) => sum + paragraph.pending, 0);
  const when = (date: string | Date) => formatDateTime(locale, date, viewer.timeZone);
  const signed = statement.signatures.filter((s) => s.signedAt);
  return (
    <>
      <p>
        <Link to="/statements">{t("list.back")}</Link>
      </p>
      <PageTitle lang={statement.language}>{statement.title}</PageTitle>
      {notice ? (
        <p className="notice notice-success" role="status">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      <RefusalNotice result={result} lang={statement.language} />
      <FocusFirstError errors={result?.errors} />
      <p>
        <span className="tag">{t(`kinds.${statement.kind}`)}</span>
        <StageTag stage={statement.stage} />
      </p>
      <dl className="facts">
        <dt>{t("statement.penholder")}</dt>
        <dd>
          <Link to={`/members/${statement.penholderSlug}`}>{statement.penholderName}</Link>
        </dd>
        {statement.topic ? (
          <>
            <dt>{t("statement.topic")}</dt>
            <dd lang={statement.language}>{statement.topic}</dd>
          </>
        ) : null}
        {statement.occasion ? (
          <>
            <dt>{t("statement.occasion")}</dt>
            <dd lang={statement.language}>{statement.occasion}</dd>
          </>
        ) : null}
        <dt>{t("statement.version")}</dt>
        <dd>{t("statement.versionNumber", { number: statement.version })}</dd>
        {statement.deliveredOn ? (
          <>
            <dt>{t("statement.delivered")}</dt>
            <dd>{t("statement.deliveredAt", { date: formatCalendarDate(locale, statement.deliveredOn), venue: statement.venue })}</dd>
          </>
        ) : null}
      </dl>

      <section className="card section-gap workflow" aria-labelledby="workflow-heading">
        <h2 id="workflow-heading">{t("workflow.heading")}</h2>
        <p>{t(`workflow.explain.${statement.stage}`)}</p>
        {statement.stage === "silence" && statement.silenceDeadline ? (
          <p className="deadline">
            <strong>{t("workflow.silenceUntil", { date: when(statement.silenceDeadline), zone: viewer.timeZone })}</strong>
          </p>
        ) : null}
        {statement.adoptedAt ? <p>{t("workflow.adoptedOn", { date: when(statement.adoptedAt) })}</p> : null}
        {drafting ? (
          <p className="overview" aria-live="polite">
            {t("workflow.overview", { count: paragraphs.length, open: counts.open, bracketed: counts.bracketed, agreed: counts.agreed })}{" "}
            {t("workflow.pending", { count: pending })}
          </p>
        ) : null}
        {can("start_silence") ? (
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="start_silence" />
            <fieldset>
              <legend>{t("workflow.startSilence")}</legend>
              <p className="hint">{t("workflow.startSilenceHint", { zone: viewer.timeZone })}</p>
              {counts.bracketed > 0 ? <p className="notice notice-warning">{t("workflow.bracketedFirst", { count: counts.bracketed })}</p> : null}
              <div className="field-row">
                <TextField name="deadlineDate" type="date" label={t("workflow.deadlineDate")} min={todayDate} defaultValue={valueFor("start_silence", "deadlineDate")} error={errorsFor("start_silence")?.deadlineDate} required />
                <TextField name="deadlineTime" type="time" label={t("workflow.deadlineTime")} defaultValue={valueFor("start_silence", "deadlineTime") ?? "17:00"} error={errorsFor("start_silence")?.deadlineTime} required />
              </div>
              <button type="submit">{t("workflow.startSilenceButton")}</button>
            </fieldset>
          </Form>
        ) : null}
        {can("break_silence") ? (
          <Form method="post">
            <input type="hidden" name="intent" value="break_silence" />
            <TextAreaField name="reason" label={t("workflow.breakReason")} hint={t("workflow.breakHint")} rows={3} defaultValue={valueFor("break_silence", "reason")} error={errorsFor("break_silence")?.reason} required />
            <button type="submit" className="button-danger">
              {t("workflow.breakButton")}
            </button>
          </Form>
        ) : null}
        {can("open_signature") ? (
          <Form method="post">
            <input type="hidden" name="intent" value="open_signature" />
            <button type="submit">{t("workflow.openSignature")}</button>
          </Form>
        ) : null}
        {can("publish") ? (
          <Form method="post">
            <input type="hidden" name="intent" value="publish" />
            <fieldset>
              <legend>{t("workflow.publish")}</legend>
              <p className="hint">{t("workflow.publishHint")}</p>
              <div className="field-row">
                <TextField name="deliveredOn" type="date" label={t("workflow.deliveredOn")} max={todayDate} defaultValue={valueFor("publish", "deliveredOn") ?? todayDate} error={errorsFor("publish")?.deliveredOn} required />
                <TextField name="venue" label={t("workflow.venue")} defaultValue={valueFor("publish", "venue")} error={errorsFor("publish")?.venue} required />
              </div>
              <button type="submit">{t("workflow.publishButton")}</button>
            </fieldset>
          </Form>
        ) : null}
      </section>

      <nav className="actions section-gap" aria-label={t("statement.tools")}>
        {drafting ? (
          <Link to={`/statements/${statement.id}/history`} className="button button-secondary">
            {t("statement.history")}
          </Link>
        ) : null}
        <Link to={`/statements/${statement.id}/versions/${statement.version}`} className="button button-secondary">
          {t("export.print")}
        </Link>
        <a href={`/statements/${statement.id}/versions/${statement.version}/docx`} className="button button-secondary" download>
          {t("export.docx")}
        </a>
        <a href={`/statements/${statement.id}/versions/${statement.version}/txt`} className="button button-secondary">
          {t("export.text")}
        </a>
      </nav>

      <section className="section-gap" aria-labelledby="text-heading" id="text">
        <h2 id="text-heading">{t("statement.text")}</h2>
        {paragraphs.length === 0 ? <p>{t("statement.noParagraphs")}</p> : null}
        <ParagraphList statementId={statement.id} language={statement.language} paragraphs={paragraphs} drafting={drafting} amendable={statement.stage === "drafting"} />
        {statement.stage === "published" && signed.length ? (
          <p className="closing" lang={statement.language}>
            {t("export.onBehalf", { lng: statement.language, penholder: statement.penholderName, members: new Intl.ListFormat(statement.language, { type: "conjunction" }).format(signed.map((s) => s.memberName)) })}
          </p>
        ) : null}
        {can("edit") ? (
          <details className="section-gap">
            <summary>{t("statement.addParagraph")}</summary>
            <Form method="post">
              <input type="hidden" name="intent" value="add_paragraph" />
              <input type="hidden" name="basedOn" value={statement.version} />
              <TextAreaField name="body" label={t("statement.newParagraph")} hint={t("statement.markdownHint")} rows={5} lang={statement.language} defaultValue={valueFor("add_paragraph", "body")} error={errorsFor("add_paragraph")?.body} required />
              <TextField name="reason" label={t("statement.changeReason")} defaultValue={valueFor("add_paragraph", "reason")} />
              <button type="submit">{t("statement.addParagraphButton")}</button>
            </Form>
          </details>
        ) : null}
      </section>

      {statement.stage === "signature" || statement.stage === "published" ? (
        <section className="section-gap" aria-labelledby="signatures-heading" id="signatures">
          <h2 id="signatures-heading">{t("signatures.heading")}</h2>
          {statement.signatures.length === 0 ? (
            <p>{t("signatures.empty")}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("signatures.member")}</th>
                    <th scope="col">{t("signatures.status")}</th>
                  </tr>
                </thead>
                <tbody>
                  {statement.signatures.map((s) => (
                    <tr key={s.memberId}>
                      <th scope="row">{s.memberName}</th>
                      <td>{s.signedAt ? t("signatures.signedBy", { person: s.signedBy, date: when(s.signedAt) }) : t("signatures.invited", { date: when(s.invitedAt) })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {signature && statement.stage === "signature" ? (
            <Form method="post" className="section-gap">
              <input type="hidden" name="intent" value={signature.signed ? "withdraw" : "sign"} />
              <p>{signature.signed ? t("signatures.youSigned", { member: viewer.memberName }) : t("signatures.youAreInvited", { member: viewer.memberName })}</p>
              <button type="submit" className={signature.signed ? "button-secondary" : undefined}>
                {signature.signed ? t("signatures.withdraw") : t("signatures.sign", { member: viewer.memberName })}
              </button>
            </Form>
          ) : null}
          {can("invite") ? (
            <Form method="post" className="section-gap">
              <input type="hidden" name="intent" value="invite" />
              <SelectField name="members" id="invite-members" label={t("signatures.invite")} hint={t("signatures.inviteHint")} multiple options={inviteChoices} error={errorsFor("invite")?.members} />
              <button type="submit">{t("signatures.inviteButton")}</button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {drafting ? (
        <section className="section-gap" aria-labelledby="group-heading" id="group">
          <h2 id="group-heading">{t("group.heading")}</h2>
          <p className="hint">{t("group.explain")}</p>
          <ul className="group-list">
            {statement.group.map((member) => (
              <li key={member.id}>
                <Link to={`/members/${member.slug}`}>{member.name}</Link>
                {member.id === statement.penholderId ? <span className="tag">{t("group.penholder")}</span> : null}
                {can("manage_group") && member.id !== statement.penholderId ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove_member" />
                    <input type="hidden" name="member" value={member.slug} />
                    <button type="submit" className="button-small button-secondary" aria-label={t("group.removeLabel", { member: member.name })}>
                      {t("group.remove")}
                    </button>
                  </Form>
                ) : null}
              </li>
            ))}
          </ul>
          {can("manage_group") ? (
            <Form method="post" className="section-gap">
              <input type="hidden" name="intent" value="add_members" />
              <SelectField name="members" id="group-members" label={t("group.add")} multiple options={groupChoices} error={errorsFor("add_members")?.members} />
              <button type="submit">{t("group.addButton")}</button>
            </Form>
          ) : null}
        </section>
      ) : null}

      {events.length ? (
        <section className="section-gap" aria-labelledby="events-heading">
          <h2 id="events-heading">{t("events.heading")}</h2>
          <ul className="history-list">
            {events.map((event) => (
              <li key={event.id}>
                <strong>{t(`events.${event.kind}`, { person: event.personName ?? "", member: event.memberName ?? "" })}</strong> — {when(event.at)}
                {event.deadline ? <> · {t("events.deadline", { date: when(event.deadline) })}</> : null}
                {event.reason ? <p className="muted">{event.reason}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
