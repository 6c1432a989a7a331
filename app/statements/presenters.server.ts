// The statement's pages as their components read them: the stage as it stands now (a silence past its
// deadline reads adopted before its job has recorded it), what the viewer may do, the choices its
// forms offer, and paragraphs rendered once. Pure shaping: the routes load, these present.
import type { SerializeFrom } from "@remix-run/node";
import type { Locale, RegionalGroup } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import { isoDateIn } from "~/lib/format";
import { renderMarkdown, renderMarkdownCached } from "~/lib/markdown.server";
import { alternativesIn, markBrackets } from "./brackets";
import { wordDiff } from "./diff";
import { inDraftingGroup, seesDrafting } from "./policy";
import type { loadStatement, loadStatementPage, paragraphWithAmendments, StatementRecord } from "./queries.server";
import { remindedRecently } from "~/lib/reminders";
import { completeLanguages } from "./translations.server";
import { effectiveStage, type WorkflowAction } from "./workflow";

/** The two lists a statement's members page adds to: its drafting group, and its co-signatories. */
export type MemberList = "group" | "signatories";

interface MemberChoice {
  id: number;
  slug: string;
  name: string;
  regionalGroup: RegionalGroup | null;
}

/** The stage and the adoption as they stand at `moment`, whether or not the deadline's job has run. */
function standingAt(statement: StatementRecord, moment: Date) {
  const stage = effectiveStage(statement.stage, statement.silence_deadline, moment);
  const adoptedAt = statement.adopted_at ?? (stage !== statement.stage ? statement.silence_deadline : null);
  return { stage, adoptedAt };
}

export function presentStatementPage(
  { statement, role, paragraphs, events }: Awaited<ReturnType<typeof loadStatementPage>>,
  viewer: Viewer,
  actions: Set<WorkflowAction>,
  moment: Date,
  wanted?: Locale,
) {
  // The text in the language asked for: each paragraph's up-to-date version, or the original's words.
  const original = statement.language;
  const reading = wanted && wanted !== original ? wanted : null;
  const mySignature =
    viewer.role === "focal_point"
      ? statement.signatures.find((signature) => signature.memberId === viewer.memberId)
      : undefined;
  const { stage, adoptedAt } = standingAt(statement, moment);
  return {
    statement: {
      id: statement.id,
      title: statement.title,
      kind: statement.kind,
      language: statement.language,
      topic: statement.topic,
      occasion: statement.occasion,
      stage,
      version: statement.current_version,
      silenceDeadline: statement.silence_deadline,
      adoptedAt,
      deliveredOn: statement.delivered_on,
      venue: statement.venue,
      penholderId: statement.penholder_member_id,
      penholderName: statement.penholderName,
      penholderTextName: statement.penholderTextName,
      penholderSlug: statement.penholderSlug,
      group: statement.group,
      signatures: statement.signatures,
      languages: completeLanguages(original, paragraphs),
      reading: reading ?? original,
    },
    paragraphs: paragraphs.map((paragraph) => {
      const version = reading ? paragraph.versions?.[reading] : undefined;
      return {
        id: paragraph.id,
        status: paragraph.status,
        pending: paragraph.pending ?? 0,
        html: markBrackets(renderMarkdownCached(version ?? paragraph.body)),
        lang: version ? reading! : original,
      };
    }),
    events,
    role,
    drafting: seesDrafting(role),
    // The Word import is the group's own members' tool (the policy decides here, not in the browser).
    importable: inDraftingGroup(role),
    actions: [...actions],
    signature: mySignature ? { signed: Boolean(mySignature.signedAt) } : null,
    reminder: reminderStanding(statement, actions, moment),
    viewer: { timeZone: viewer.timeZone, memberName: viewer.memberName },
    today: isoDateIn(moment, viewer.timeZone),
  };
}

export type StatementPage = SerializeFrom<typeof presentStatementPage>;

/** Whom a statement's members page offers: members not yet in the drafting group, or not yet asked to co-sign. */
export function presentMemberChoices(statement: StatementRecord, members: MemberChoice[], list: MemberList) {
  const taken = new Set(
    list === "group"
      ? statement.group.map((member) => member.id)
      : [statement.penholder_member_id, ...statement.signatures.map((signature) => signature.memberId)],
  );
  return members
    .filter((member) => !taken.has(member.id))
    .map(({ slug, name, regionalGroup }) => ({ slug, name, regionalGroup }));
}

/**
 * For the penholder or the secretariat while the text is open for signature: whether a reminder to
 * those who have not signed may go out now, or when the last one did (at most one a day).
 */
function reminderStanding(statement: StatementRecord, actions: Set<WorkflowAction>, moment: Date) {
  if (!actions.has("remind") || statement.signatures.every((signature) => signature.signedAt)) return null;
  const last = statement.lastReminderAt;
  return { sentAt: remindedRecently(last, moment) ? last : null };
}

export function presentParagraphPage(
  { statement }: Awaited<ReturnType<typeof loadStatement>>,
  { paragraph, amendments }: NonNullable<Awaited<ReturnType<typeof paragraphWithAmendments>>>,
  viewer: Viewer,
  actions: Set<WorkflowAction>,
  moment: Date,
) {
  const current = paragraph.removedAt ? null : paragraph.body;
  return {
    statement: {
      id: statement.id,
      title: statement.title,
      language: statement.language,
      stage: standingAt(statement, moment).stage,
      version: statement.current_version,
    },
    paragraph: {
      ...paragraph,
      html: markBrackets(renderMarkdown(paragraph.body)),
      number: paragraph.number ?? 0,
      // The inline brackets the penholder may settle, each as its choices.
      alternatives: current === null ? [] : alternativesIn(current).map((bracket) => bracket.choices),
    },
    amendments: amendments.map((amendment) => {
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
    timeZone: viewer.timeZone,
  };
}

export type ParagraphPage = SerializeFrom<typeof presentParagraphPage>;
