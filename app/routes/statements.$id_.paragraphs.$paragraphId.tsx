import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AMENDMENT_KINDS, PARAGRAPH_STATUSES } from "../../db/schema";
import { ensureVisible, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { AmendmentCard } from "~/statements/amendment-card";
import { ParagraphStatusTag, RefusalNotice, StageTag } from "~/statements/components";
import {
  acceptAmendment,
  commentOnAmendment,
  editParagraph,
  proposeAmendment,
  rejectAmendment,
  setParagraphStatus,
} from "~/statements/drafting.server";
import { paragraphAction } from "~/statements/forms.server";
import { chooseAlternative, mergeIntoCompromise } from "~/statements/negotiation.server";
import { AlternativesChooser, CompromiseForm } from "~/statements/negotiation-tools";
import { can, offeredActions } from "~/statements/policy";
import { presentParagraphPage } from "~/statements/presenters.server";
import { loadStatement, paragraphWithAmendments, standing } from "~/statements/queries.server";
import { useResetAfterSuccess } from "~/statements/reset-after-success";
import { revalidateAfterRefusal } from "~/statements/revalidate";
import { confirmStatementAct, statementAction, type ActionRefusal } from "~/statements/route-helpers.server";

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
  const viewer = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const [loaded, paragraph] = await Promise.all([
    loadStatement(db, id, viewer),
    paragraphWithAmendments(db, id, idParam(params.paragraphId), viewer.locale),
  ]);
  const moment = now();
  // The amendments and their discussion belong to the drafting group and the secretariat.
  ensureVisible(can(viewer, "view_drafting", standing(loaded.statement), moment));
  const actions = offeredActions(viewer, standing(loaded.statement), moment);
  return presentParagraphPage(loaded, found(paragraph), viewer, actions, moment);
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const paragraphId = idParam(params.paragraphId);
  const formData = await request.formData();
  return statementAction(db, id, paragraphAction, formData, async (form) => {
    await confirmStatementAct(request, context, formData, db, id, viewer, form.intent);
    const here = `/statements/${id}/paragraphs/${paragraphId}`;
    switch (form.intent) {
      case "propose": {
        const amendment = await proposeAmendment(db, id, { ...form, paragraphId }, viewer);
        return redirect(`${here}?notice=proposed#amendment-${amendment}`);
      }
      case "comment":
        await commentOnAmendment(db, id, form.amendment, form, viewer);
        return redirect(`${here}?notice=commented#amendment-${form.amendment}`);
      case "accept":
        await acceptAmendment(db, id, form.amendment, form, viewer);
        return redirect(`${here}?notice=accepted`);
      case "reject":
        await rejectAmendment(db, id, form.amendment, form.reason, viewer);
        return redirect(`${here}?notice=rejected`);
      case "set_status":
        await setParagraphStatus(db, id, paragraphId, form.status, viewer);
        return redirect(`${here}?notice=statusSet`);
      case "edit":
        await editParagraph(db, id, paragraphId, form, viewer);
        return redirect(`${here}?notice=edited`);
      case "choose":
        await chooseAlternative(db, id, paragraphId, form, viewer);
        return redirect(`${here}?notice=chosen`);
      case "compromise":
        await mergeIntoCompromise(db, id, paragraphId, form, viewer);
        return redirect(`${here}?notice=compromise`);
    }
  });
}

const NOTICES = [
  "proposed",
  "commented",
  "accepted",
  "rejected",
  "statusSet",
  "edited",
  "chosen",
  "compromise",
] as const;

export default function Paragraph() {
  const { statement, paragraph, amendments, actions, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (ActionRefusal & { errors?: Record<string, string> }) | undefined;
  const { t } = useTranslation(["statements", "common"]);
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const can = (action: string) => actions.includes(action as never) && !paragraph.removedAt;
  const mine = (intent: string, amendment?: number) =>
    result?.values?.intent === intent && (amendment === undefined || result.values.amendment === String(amendment));
  const proposal = useResetAfterSuccess((sent) => sent.get("intent") === "propose", mine("propose"));
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
          <details className="section-gap" open={mine("edit")}>
            <summary>{t("paragraph.edit")}</summary>
            <Form method="post">
              <input type="hidden" name="intent" value="edit" />
              <input type="hidden" name="basedOn" value={statement.version} />
              <TextAreaField
                name="body"
                id="edit-body"
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
      {can("edit") ? <AlternativesChooser alternatives={paragraph.alternatives} version={statement.version} /> : null}

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
              refused={(intent) => (mine(intent, amendment.id) ? result : undefined)}
              timeZone={timeZone}
            />
          ))}
        </ol>
      </section>
      {can("decide") ? (
        <CompromiseForm
          amendments={amendments}
          paragraph={paragraph}
          version={statement.version}
          language={statement.language}
          refused={mine("compromise") ? result : undefined}
        />
      ) : null}

      {can("propose") ? (
        <section aria-labelledby="propose-heading" className="section-gap card">
          <h2 id="propose-heading">{t("amendments.propose")}</h2>
          <Form method="post" ref={proposal}>
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
