import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { intentForm, RefusalNotice, StageTag } from "~/statements/components";
import { ParagraphList, statusCounts } from "~/statements/paragraph-list";
import { offeredActions } from "~/statements/policy";
import { presentStatementPage } from "~/statements/presenters.server";
import { loadStatementPage, standing } from "~/statements/queries.server";
import { revalidateAfterRefusal } from "~/statements/revalidate";
import { SubscriptionForm } from "~/notifications/subscription-form";
import { StatementTools } from "~/statements/tools";
import { languageQuery } from "~/statements/forms.server";
import { LanguageLinks } from "~/statements/language-links";
import { subscriptionOf } from "~/notifications/subscriptions.server";
import type { ActionRefusal } from "~/statements/route-helpers.server";
import { statementPageAction } from "~/statements/page-action.server";
import {
  GroupSection,
  SignaturesSection,
  StatementEvents,
  StatementFacts,
  WorkflowPanel,
} from "~/statements/statement-sections";

export const handle: RouteHandle = {
  i18n: ["statements", "channels"],
  title: (_t, data) => (data as { statement?: { title: string } } | undefined)?.statement?.title ?? "",
};

export const shouldRevalidate = revalidateAfterRefusal;

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const { language } = languageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [page, subscription] = await Promise.all([
    loadStatementPage(db, id, viewer),
    subscriptionOf(db, viewer.id, { kind: "statement", id }),
  ]);
  const moment = now();
  const actions = offeredActions(viewer, standing(page.statement), moment);
  return { ...presentStatementPage(page, viewer, actions, moment, language), subscription };
}

export const action = statementPageAction;

const NOTICES = [
  "created",
  "silenceStarted",
  "silenceBroken",
  "signatureOpened",
  "invited",
  "reminded",
  "signed",
  "withdrawn",
  "published",
  "membersAdded",
  "memberRemoved",
  "paragraphAdded",
] as const;

export default function Statement() {
  const {
    statement,
    paragraphs,
    events,
    drafting,
    actions,
    signature,
    reminder,
    subscription,
    viewer,
    today: todayDate,
    importable,
  } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (ActionRefusal & { errors?: Record<string, string> }) | undefined;
  const { t } = useTranslation(["statements", "common"]);
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  // Amendments proposed from a Word file say how many.
  const imported = searchParams.get("notice") === "imported" ? Number(searchParams.get("count")) : NaN;
  const can = (action: string) => actions.includes(action as never);
  const form = intentForm(result);
  const { errorsFor, valueFor } = form;
  const counts = statusCounts(paragraphs);
  const pending = paragraphs.reduce((sum, paragraph) => sum + paragraph.pending, 0);
  // The closing line names the co-signatories in the alphabetical order of the text's language.
  const collator = new Intl.Collator(statement.language);
  const signed = statement.signatures
    .filter((s) => s.signedAt)
    .map((s) => s.textName)
    .sort(collator.compare);
  const published = statement.stage === "published";
  return (
    <>
      <p>
        <Link to="/statements">{t("list.back")}</Link>
      </p>
      <PageTitle lang={statement.language}>{statement.title}</PageTitle>
      <SuccessNotice>
        {notice
          ? t(`notices.${notice}`)
          : Number.isSafeInteger(imported) && imported > 0
            ? t("notices.imported", { count: imported })
            : null}
      </SuccessNotice>
      <RefusalNotice result={result} lang={statement.language} />
      <FocusFirstError errors={result?.errors} />
      <p>
        <span className="tag">{t(`kinds.${statement.kind}`)}</span>
        <StageTag stage={statement.stage} />
      </p>
      <StatementFacts statement={statement} />
      <SubscriptionForm kind="statement" id={statement.id} state={subscription} />

      <WorkflowPanel
        statement={statement}
        counts={counts}
        pending={pending}
        drafting={drafting}
        can={can}
        form={form}
        timeZone={viewer.timeZone}
        today={todayDate}
        oddHours={result?.oddHours}
      />

      <StatementTools
        id={statement.id}
        version={statement.version}
        drafting={drafting}
        compilation={drafting && !published}
        importable={importable && !published}
        language={statement.reading !== statement.language ? statement.reading : undefined}
      />

      <section className="section-gap" aria-labelledby="text-heading" id="text">
        <h2 id="text-heading">{t("statement.text")}</h2>
        <LanguageLinks languages={statement.languages} reading={statement.reading} />
        {paragraphs.length === 0 ? <p>{t("statement.noParagraphs")}</p> : null}
        <ParagraphList
          statementId={statement.id}
          language={statement.language}
          paragraphs={paragraphs}
          // A published text looks published: no statuses, counts or amendment links in the margin.
          drafting={drafting && !published}
          amendable={statement.stage === "drafting"}
          phrases={can("propose") && statement.reading === statement.language}
        />
        {published && signed.length ? (
          <p className="closing" lang={statement.language}>
            {t("export.onBehalf", {
              lng: statement.language,
              penholder: statement.penholderTextName,
              members: new Intl.ListFormat(statement.language, { type: "conjunction" }).format(signed),
            })}
          </p>
        ) : null}
        {can("edit") ? (
          <details className="section-gap" open={valueFor("add_paragraph", "body") !== undefined}>
            <summary>{t("statement.addParagraph")}</summary>
            <Form method="post">
              <input type="hidden" name="intent" value="add_paragraph" />
              <input type="hidden" name="basedOn" value={statement.version} />
              <TextAreaField
                name="body"
                label={t("statement.newParagraph")}
                hint={t("statement.markdownHint")}
                rows={5}
                lang={statement.language}
                defaultValue={valueFor("add_paragraph", "body")}
                error={errorsFor("add_paragraph")?.body}
                required
              />
              <TextField
                name="reason"
                label={t("statement.changeReason")}
                defaultValue={valueFor("add_paragraph", "reason")}
              />
              <button type="submit">{t("statement.addParagraphButton")}</button>
            </Form>
          </details>
        ) : null}
      </section>

      {statement.stage === "signature" || statement.stage === "published" ? (
        <SignaturesSection
          statement={statement}
          signature={signature}
          reminder={reminder}
          memberName={viewer.memberName}
          can={can}
          timeZone={viewer.timeZone}
        />
      ) : null}

      {drafting ? <GroupSection statement={statement} can={can} /> : null}

      <StatementEvents events={events} timeZone={viewer.timeZone} />
    </>
  );
}
