import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensureVisible, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError } from "~/components/field";
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
import { paragraphAction, phraseQuery } from "~/statements/forms.server";
import { remarkOnParagraph, suggestOnPhrase } from "~/statements/phrases.server";
import { PhraseSuggestion, ProposalForm, Remarks } from "~/statements/proposal-forms";
import { chooseAlternative, mergeIntoCompromise } from "~/statements/negotiation.server";
import { AlternativesChooser, CompromiseForm, PenholderTools } from "~/statements/negotiation-tools";
import { can, offeredActions } from "~/statements/policy";
import { presentParagraphPage } from "~/statements/presenters.server";
import { loadStatement, paragraphWithAmendments, standing } from "~/statements/queries.server";
import { revalidateAfterRefusal } from "~/statements/revalidate";
import {
  confirmStatementAct,
  fieldRefusal,
  statementAction,
  type ActionRefusal,
} from "~/statements/route-helpers.server";

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
  const { phrase } = phraseQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { ...presentParagraphPage(loaded, found(paragraph), viewer, actions, moment), phrase };
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
      case "suggest": {
        const amendment = await suggestOnPhrase(db, id, paragraphId, form, viewer);
        if (amendment === null) return fieldRefusal(formData, "phrase", "statements:validation.phraseNotFound");
        return redirect(`${here}?notice=proposed#amendment-${amendment}`);
      }
      case "remark":
        await remarkOnParagraph(db, id, paragraphId, form, viewer);
        return redirect(`${here}?notice=remarked#remark`);
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
  "remarked",
] as const;

export default function Paragraph() {
  const { statement, paragraph, amendments, actions, timeZone, phrase } = useLoaderData<typeof loader>();
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
        <PenholderTools
          paragraph={paragraph}
          version={statement.version}
          language={statement.language}
          refused={mine("edit") ? result : undefined}
        />
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
        <>
          <ProposalForm
            body={paragraph.body}
            version={statement.version}
            language={statement.language}
            refused={mine("propose") ? result : undefined}
          />
          <PhraseSuggestion
            phrase={phrase}
            version={statement.version}
            language={statement.language}
            refused={mine("suggest") ? result : undefined}
          />
        </>
      ) : null}
      <Remarks
        remarks={paragraph.remarks ?? []}
        phrase={phrase}
        canRemark={can("comment")}
        language={statement.language}
        timeZone={timeZone}
        refused={mine("remark") ? result : undefined}
      />
    </>
  );
}
