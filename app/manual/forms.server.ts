// The manual's forms and query strings, validated on the server only.
import { z } from "zod";
import { LOCALES } from "~/i18n/config";
import { fields } from "~/lib/forms.server";
import { withoutMarkers } from "~/lib/highlight";

/** Words that name pages under a chapter or section, so no section may take them as its address. */
const RESERVED_SLUGS = ["print", "new", "edit", "history", "best-practices"];

const markdownText = (max: number) => fields.text(max).transform(withoutMarkers);
/** A tag of the manual, as its address writes it. */
export const tag = z.string().regex(/^[a-z0-9-]{1,40}$/);

const slug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "validation.slug")
  .max(80, "validation.tooLong")
  .refine((value) => !RESERVED_SLUGS.includes(value), "validation.slugReserved");

export const chapterForm = z.object({
  title: fields.text(200),
  slug,
  summary: fields.optionalText(500),
  language: z.enum(LOCALES, "validation.choice"),
});

export const sectionForm = z.object({
  title: fields.text(200).transform(withoutMarkers),
  slug,
  body: markdownText(50_000),
  language: z.enum(LOCALES, "validation.choice"),
  tags: fields.list().pipe(z.array(tag)),
  note: fields.text(300),
});

/** Editing keeps the section's address: its URL and anchors stay stable. */
export const sectionEditForm = sectionForm.omit({ slug: true }).extend({ revision: z.coerce.number().int().min(1) });

export const bestPracticeForm = z.object({
  title: fields.text(200).transform(withoutMarkers),
  body: markdownText(10_000),
  language: z.enum(LOCALES, "validation.choice"),
  tags: fields.list().pipe(z.array(tag)),
  /** Only the secretariat names the member; a focal point contributes for their own. */
  member: z.string().max(100).optional(),
});

export const moveForm = z.object({ section: z.coerce.number().int().min(1), direction: z.enum(["up", "down"]) });

export const reviewForm = z
  .object({
    intent: z.enum(["publish", "return"]),
    note: fields.optionalText(1_000),
  })
  // A returned contribution says what to change: the member sees only this note.
  .refine((review) => review.intent === "publish" || review.note !== "", {
    path: ["note"],
    message: "manual:validation.returnNote",
  });

export const tagQuery = z.object({
  tag: tag.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000).catch(1),
});
