// The forms of joint statements, validated on the server only.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import {
  AMENDMENT_KINDS,
  PARAGRAPH_STATUSES,
  STATEMENT_KINDS,
  type AmendmentKind,
  type ParagraphStatus,
  type StatementKind,
  type StatementStage,
} from "../../db/schema";
import { LOCALES } from "~/i18n/config";
import { fields } from "~/lib/forms.server";
import { STAGES } from "./workflow";

/** A version number or an amendment's id: a positive whole number a Postgres integer holds. */
const version = z.coerce.number("validation.invalid").int("validation.invalid").min(1).max(2_147_483_647);
/** Members named by their slug, as many as the network has and no more. */
const memberSlugs = (required: boolean) =>
  fields.list().pipe(
    z
      .array(z.string().max(100, "validation.choice"))
      .min(required ? 1 : 0, "validation.required")
      .max(1_000),
  );
const paragraphText = fields.text(5_000);

export const statementQuery = z.object({
  stage: z
    .enum(STAGES as [StatementStage, ...StatementStage[]])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const statementForm = z.object({
  title: fields.text(200),
  kind: z.enum(STATEMENT_KINDS as [StatementKind, ...StatementKind[]], "validation.choice"),
  language: z.enum(LOCALES, "validation.choice"),
  topic: fields.optionalText(200),
  occasion: fields.optionalText(200),
  penholder: z.string().max(100, "validation.choice").optional(),
  group: memberSlugs(false),
  text: fields.text(100_000),
});

/** A deadline typed as a date and a time in the penholder's own time zone. */
const deadline = z.object({
  deadlineDate: fields.date(),
  deadlineTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "validation.invalid"),
});

export function deadlineIn(form: z.output<typeof deadline>, timeZone: string): Date {
  const [year, month, day] = form.deadlineDate.split("-").map(Number) as [number, number, number];
  const [hour, minute] = form.deadlineTime.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime());
}

/** The statement page's forms, one per intent; a statement is delivered no later than `today`. */
export const statementAction = (today: string) =>
  z.discriminatedUnion("intent", [
    deadline.extend({
      intent: z.literal("start_silence"),
      // The deadline ("date" + "T" + "time") whose night or weekend hours the penholder has seen and accepted.
      acceptedDeadline: z.string().max(20).optional(),
    }),
    z.object({ intent: z.literal("break_silence"), reason: fields.text(2_000) }),
    z.object({ intent: z.literal("open_signature") }),
    z.object({ intent: z.literal("invite"), members: memberSlugs(true) }),
    z.object({ intent: z.literal("remind") }),
    z.object({ intent: z.literal("sign") }),
    z.object({ intent: z.literal("withdraw") }),
    z.object({ intent: z.literal("publish"), deliveredOn: fields.pastDate(today), venue: fields.text(200) }),
    z.object({ intent: z.literal("add_members"), members: memberSlugs(true) }),
    z.object({ intent: z.literal("remove_member"), member: z.string().min(1).max(100) }),
    z.object({
      intent: z.literal("add_paragraph"),
      body: paragraphText,
      reason: fields.optionalText(500),
      basedOn: version,
    }),
  ]);

/** The paragraph page's forms. */
export const paragraphAction = z.discriminatedUnion("intent", [
  z
    .object({
      intent: z.literal("propose"),
      kind: z.enum(AMENDMENT_KINDS as [AmendmentKind, ...AmendmentKind[]], "validation.choice"),
      body: fields.optionalText(5_000),
      rationale: fields.text(2_000),
      basedOn: version,
    })
    .refine((form) => form.kind === "delete" || form.body.length > 0, {
      path: ["body"],
      message: "validation.required",
    }),
  z
    .object({
      intent: z.literal("comment"),
      amendment: version,
      stance: z.enum(["comment", "support", "object"], "validation.choice"),
      body: fields.optionalText(2_000),
    })
    .refine((form) => form.stance !== "comment" || form.body.length > 0, {
      path: ["body"],
      message: "validation.required",
    }),
  z.object({ intent: z.literal("accept"), amendment: version, basedOn: version, reason: fields.optionalText(500) }),
  z.object({ intent: z.literal("reject"), amendment: version, reason: fields.text(2_000) }),
  z.object({
    intent: z.literal("set_status"),
    status: z.enum(PARAGRAPH_STATUSES as [ParagraphStatus, ...ParagraphStatus[]], "validation.choice"),
  }),
  z.object({ intent: z.literal("edit"), body: paragraphText, reason: fields.optionalText(500), basedOn: version }),
  z.object({
    intent: z.literal("suggest"),
    phrase: fields.text(1_000),
    replacement: fields.optionalText(2_000),
    rationale: fields.text(2_000),
    basedOn: version,
  }),
  z.object({ intent: z.literal("remark"), quote: fields.optionalText(1_000), body: fields.text(2_000) }),
  z.object({
    intent: z.literal("choose"),
    which: z.coerce.number("validation.choice").int("validation.choice").min(0).max(100),
    choice: z.coerce.number("validation.choice").int("validation.choice").min(0).max(100),
    basedOn: version,
  }),
  z.object({
    intent: z.literal("compromise"),
    amendments: fields.list().pipe(
      z
        .array(
          z
            .string()
            .regex(/^[1-9]\d{0,8}$/, "validation.choice")
            .transform(Number),
        )
        .min(2, "statements:validation.compromiseTwo")
        .max(400),
    ),
    body: paragraphText,
    reason: fields.text(2_000),
    basedOn: version,
  }),
]);

/** The language a statement is read, exported or translated in (`?language=`): anything else is ignored. */
export const languageQuery = z.object({ language: z.enum(LOCALES).optional().catch(undefined) });

/** A paragraph's version in another language, as the side-by-side page sends it. */
export const paragraphVersionForm = z.object({
  intent: z.literal("translate"),
  paragraph: version,
  language: z.enum(LOCALES, "validation.choice"),
  body: paragraphText,
  revision: z.coerce.number("validation.invalid").int("validation.invalid").min(0).max(2_147_483_647),
  basedOn: version,
});

export const compareQuery = z.object({
  from: z.coerce.number().int().min(1).optional().catch(undefined),
  to: z.coerce.number().int().min(1).optional().catch(undefined),
});

/** The words selected in a paragraph, carried to its page to suggest a change to them or comment on them. */
export const phraseQuery = z.object({ phrase: z.string().max(1_000).optional().catch(undefined) });

/** Which of a statement's lists its members page adds to (`?list=`). */
export const memberListQuery = z.object({ list: z.enum(["group", "signatories"]) });

/** Amendments from a Word file: why (for every amendment the file makes); the file is read apart. */
export const importForm = z.object({ rationale: fields.text(2_000) });
