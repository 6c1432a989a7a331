// The forms of situation groups, validated on the server only.
import { z } from "zod";
import { RISK_LEVELS, type RiskLevel, type UpdateSource } from "../../db/schema";
import { fields } from "~/lib/forms.server";

const id = z.coerce.number("validation.invalid").int("validation.invalid").min(1).max(2_147_483_647);
const memberSlugs = fields.list().pipe(z.array(z.string().max(100, "validation.choice")).max(1_000));

export const groupForm = z.object({
  title: fields.text(200),
  description: fields.text(2_000),
  listed: fields.checkbox(),
  members: memberSlugs,
});

const URL_IN_LINE = /(https?:\/\/\S+\.\S+)\s*$/;
const MAX_SOURCES = 20;

/**
 * Sources typed one per line, a description then the address ("OHCHR press release https://…"), or the
 * address alone; a line without an address at its end is refused with the field's message.
 */
export function parseSources(text: string): UpdateSource[] | null {
  const sources: UpdateSource[] = [];
  for (const line of text.split(/\r?\n/).map((entry) => entry.trim())) {
    if (!line) continue;
    const match = URL_IN_LINE.exec(line);
    if (!match || match[1]!.length > 500) return null;
    const url = match[1]!;
    sources.push({
      url,
      label:
        line
          .slice(0, match.index)
          .trim()
          .replace(/[-–—:]\s*$/, "")
          .trim() || url,
    });
  }
  return sources;
}

export const updateForm = (today: string) =>
  z.object({
    occurredOn: fields.pastDate(today),
    riskLevel: z.enum(RISK_LEVELS as [RiskLevel, ...RiskLevel[]], "validation.choice"),
    body: fields.text(20_000),
    sources: z
      .string()
      .max(10_000, "validation.tooLong")
      .default("")
      .transform((text, context) => {
        const sources = parseSources(text);
        if (sources === null || sources.length > MAX_SOURCES) {
          context.addIssue({ code: "custom", message: "groups:validation.sources" });
          return z.NEVER;
        }
        return sources;
      }),
  });

/** The group page's forms, one per intent. */
export const groupPageForm = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("reply"), update: id, body: fields.text(5_000) }),
    z.object({ intent: z.enum(["accept_join", "decline_join"]), request: id }),
    z.object({ intent: z.literal("request_agenda"), note: fields.optionalText(1_000) }),
    z.object({ intent: z.literal("handle_agenda"), request: id }),
    z.object({ intent: z.literal("leave") }),
    z.object({ intent: z.literal("remove_member"), member: id }),
  ],
  "validation.invalid",
);

export const groupListForm = z.object({ intent: z.literal("ask_to_join", "validation.invalid"), group: id });

/** `?group=<id>`: a statement proposed from a situation group; anything odd reads as none. */
export const groupQuery = z.object({ group: id.optional().catch(undefined) });

export const inviteForm = z.object({ member: z.string().min(1, "validation.required").max(100, "validation.choice") });
