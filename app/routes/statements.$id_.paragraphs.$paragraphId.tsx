import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";
import { AmendmentCard } from "~/statements/amendment-card";
import { ParagraphStatusTag, RefusalNotice, StageTag } from "~/statements/components";
import { wordDiff } from "~/statements/diff";
import { paragraphAction } from "~/statements/forms.server";
import { notFound, orNotFound, statementAction, type ActionRefusal } from "~/statements/route-helpers.server";
import {
  acceptAmendment,
  commentOnAmendment,
  editParagraph,
  loadStatement,
  paragraphWithAmendments,
  proposeAmendment,
  rejectAmendment,
  seesDrafting,
  setParagraphStatus,
} from "~/statements/statements.server";
import { revalidateAfterRefusal } from "~/statements/revalidate";
import { allowedActions } from "~/statements/workflow";
import { AMENDMENT_KINDS, PARAGRAPH_STATUSES } from "../../db/schema";
import { SuccessNotice } from "~/components/success-notice";

export const handle: RouteHandle = {
  i18n: "statements",
  title: (t, data) => {
    const found = data as { paragraph?: { number: number }; statement?: { title: string } } | undefined;
    return found?.paragraph
      ? t("statements:paragraph.title", { number: found.paragraph.number, title: found.statement?.title })
      : "";
  },
};

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const paragraphId = idParam(params.paragraphId);
  const [{ statement, role }, found] = await Promise.all([
    orNotFound(() => loadStatement(db, id, person)),
    paragraphWithAmendments(db, id, paragraphId),
  ]);
  // The amendments and their discussion belong to the drafting group and the secretariat.
  if (!found || !seesDrafting(role)) throw notFound();
  const actions = allowedActions(statement.stage, {
    role,
    now: now(),
    deadline: statement.silence_deadline ? new Date(statement.silence_deadline) : null,
  });
  const current = found.paragraph.removedAt ? null : found.paragraph.body;
  return {
    statement: {
      id: statement.id,
      title: statement.title,
      language: statement.language,
      stage: statement.stage,
      version: statement.current_version,
    },
    paragraph: { ...found.paragraph, html: renderMarkdown(found.paragraph.body), number: found.paragraph.number ?? 0 },
    amendments: found.amendments.map((amendment) => {
      const stale = amendment.status === "pending" && amendment.original !== current;
      return {
        ...amendment,
        stale,
        // The amendment as proposed against the paragraph it saw; if the paragraph changed since, against today's too.
        diff: amendment.kind === "replace" ? wordDiff(amendment.original, amendment.body) : null,
        diffNow: stale && current !== null && amendment.kind === "replace" ? wordDiff(current, amendment.body) : null,
        support: amendment.comments.filter((comment) => comment.stance === "support").length,
        objections: amendment.comments.filter((comment) => comment.stance === "object").length,
      };
    }),
    actions: [...actions],
    timeZone: person.timeZone,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const paragraphId = idParam(params.paragraphId);
  return statementAction(db, id, paragraphAction, await request.formData(), async (form) => {
    const here = `/statements/${id}/paragraphs/${paragraphId}`;
    switch (form.intent) {
      case "propose": {
        const amendment = await proposeAmendment(db, id, { ...form, paragraphId }, person);
        return redirect(`${here}?notice=proposed#amendment-${amendment}`);
      }
      case "comment":
        await commentOnAmendment(db, id, form.amendment, form, person);
        return redirect(`${here}?notice=commented#amendment-${form.amendment}`);
      case "accept":
        await acceptAmendment(db, id, form.amendment, form, person);
        return redirect(`${here}?notice=accepted`);
      case "reject":
        await rejectAmendment(db, id, form.amendment, form.reason, person);
        return redirect(`${here}?notice=rejected`);
      case "set_status":
        await setParagraphStatus(db, id, paragraphId, form.status, person);
        return redirect(`${here}?notice=statusSet`);
      case "edit":
        await editParagraph(db, id, paragraphId, form, person);
        return redirect(`${here}?notice=edited`);
    }
  });
}

const NOTICES = ["proposed", "commented", "accepted", "rejected", "statusSet", "edited"] as const;

export default function Paragraph() {
  const { statement, paragraph, amendments, actions, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (ActionRefusal & { errors?: Record<string, string> }) | undefined;
  const { t } = useTranslation(["statements", "common"]);
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const can = (action: string) => actions.includes(action as never) && !paragraph.removedAt;
  const mine = (intent: string, amendment?: number) =>
    result?.values?.intent === intent && (amendment === undefined || result.values.amendment === String(amendment));
  return (
    <>
      <p>
        <Link to={`/statements/${statement.id}#p${paragraph.id}`}>
          {t("paragraph.back", { title: statement.title })}
        </Link>
      </p>
      <PageTitle>{t("paragraph.heading", { number: paragraph.number })}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <RefusalNotice result={result} lang={statement.language} />
      <FocusFirstError errors={result?.errors} />
      <p>
        <StageTag stage={statement.stage} /> <ParagraphStatusTag status={paragraph.status} />
        {paragraph.removedAt ? <span className="tag">{t("paragraph.removed")}</span> : null}
      </p>
      <section aria-labelledby="current-heading" className="card">
        <h2 id="current-heading">{t("paragraph.current", { version: statement.version })}</h2>
        <div className="markdown" lang={statement.language} dangerouslySetInnerHTML={{ __html: paragraph.html }} />
      </section>

      {can("set_status") || can("edit") ? (
        <section aria-labelledby="penholder-heading" className="section-gap">
          <h2 id="penholder-heading">{t("paragraph.penholderTools")}</h2>
          <Form method="post" className="inline-form">
            <input type="hidden" name="intent" value="set_status" />
            <SelectField
              name="status"
              label={t("paragraph.status")}
              defaultValue={paragraph.status}
              options={PARAGRAPH_STATUSES.map((status) => ({ value: status, label: t(`paragraphStatuses.${status}`) }))}
            />
            <button type="submit" className="button-secondary">
              {t("paragraph.setStatus")}
            </button>
          </Form>
          <details className="section-gap">
            <summary>{t("paragraph.edit")}</summary>
            <Form method="post">
              <input type="hidden" name="intent" value="edit" />
              <input type="hidden" name="basedOn" value={statement.version} />
              <TextAreaField
                name="body"
                label={t("paragraph.editText")}
                hint={t("statement.markdownHint")}
                lang={statement.language}
                defaultValue={mine("edit") ? result?.values?.body : paragraph.body}
                error={mine("edit") ? result?.errors?.body : undefined}
                required
              />
              <TextField
                name="reason"
                label={t("statement.changeReason")}
                defaultValue={mine("edit") ? result?.values?.reason : undefined}
              />
              <button type="submit">{t("paragraph.saveEdit")}</button>
            </Form>
          </details>
        </section>
      ) : null}

      <section aria-labelledby="amendments-heading" className="section-gap">
        <h2 id="amendments-heading">{t("amendments.heading", { count: amendments.length })}</h2>
        {amendments.length === 0 ? <p>{t("amendments.empty")}</p> : null}
        <ol className="amendment-list">
          {amendments.map((amendment) => (
            <AmendmentCard
              key={amendment.id}
              amendment={amendment}
              statement={statement}
              can={can}
              errors={(intent) => (mine(intent, amendment.id) ? result?.errors : undefined)}
              timeZone={timeZone}
            />
          ))}
        </ol>
      </section>

      {can("propose") ? (
        <section aria-labelledby="propose-heading" className="section-gap card">
          <h2 id="propose-heading">{t("amendments.propose")}</h2>
          <Form method="post">
            <input type="hidden" name="intent" value="propose" />
            <input type="hidden" name="basedOn" value={statement.version} />
            <SelectField
              name="kind"
              label={t("amendments.kind")}
              defaultValue={mine("propose") ? result?.values?.kind : "replace"}
              options={AMENDMENT_KINDS.map((kind) => ({ value: kind, label: t(`amendments.kinds.${kind}`) }))}
            />
            <TextAreaField
              name="body"
              label={t("amendments.text")}
              hint={t("amendments.textHint")}
              lang={statement.language}
              defaultValue={mine("propose") ? result?.values?.body : paragraph.body}
              error={mine("propose") ? result?.errors?.body : undefined}
            />
            <TextAreaField
              name="rationale"
              label={t("amendments.rationaleLabel")}
              rows={3}
              defaultValue={mine("propose") ? result?.values?.rationale : undefined}
              error={mine("propose") ? result?.errors?.rationale : undefined}
              required
            />
            <button type="submit">{t("amendments.proposeButton")}</button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
