// The forms and query strings of the members capability, validated on the server only.
import { z } from "zod";
import { REGIONAL_GROUPS } from "../../db/schema";
import { LOCALES } from "~/i18n/config";
import { fields } from "~/lib/forms.server";
import { DIRECTORY_GROUPS, type GroupKey } from "./directory";

export const directoryQuery = z.object({
  group: z
    .enum(DIRECTORY_GROUPS as [GroupKey, ...GroupKey[]])
    .optional()
    .catch(undefined),
  // Postgres refuses a NUL byte in text: a search holding one finds nothing rather than failing.
  q: z
    .string()
    .max(100)
    .refine((q) => !q.includes("\0"))
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1),
});

export const handoverForm = z.object({
  name: fields.text(),
  email: fields.email(),
  title: fields.optionalText(),
  locale: z.enum(LOCALES, "validation.choice"),
  when: z.enum(["acceptance", "now"], "validation.choice"),
});

export const profileForm = z.object({
  name: fields.text(),
  title: fields.optionalText(),
  ministry: fields.optionalText(),
  timeZone: fields.timeZone(),
  locale: z.enum(LOCALES, "validation.choice"),
  phone: fields
    .optionalText(40)
    .refine((phone) => phone === "" || /^\+?[0-9 ()./-]{4,40}$/.test(phone), "validation.phone"),
  postalAddress: fields.optionalText(500),
  sharePhone: fields.checkbox(),
  shareAddress: fields.checkbox(),
});

export const inviteForm = z
  .object({
    name: fields.text(),
    email: fields.email(),
    title: fields.optionalText(),
    role: z.enum(["focal_point", "secretariat"], "validation.choice"),
    member: z.string().default(""),
    alternate: fields.checkbox(),
    locale: z.enum(LOCALES, "validation.choice"),
  })
  .refine((form) => form.role === "secretariat" || form.member !== "", {
    path: ["member"],
    message: "validation.required",
  });

/** A member as the secretariat adds or edits it: its three names as the UN writes them, all required. */
export const memberForm = z
  .object({
    name: fields.text(120),
    nameFr: fields.text(120),
    nameEs: fields.text(120),
    kind: z.enum(["state", "organisation"], "validation.choice"),
    regionalGroup: z.string().default(""),
    capital: fields.optionalText(120),
    timeZone: fields.timeZone(),
    joinedOn: fields.date(),
  })
  .refine(
    (form) => form.kind === "organisation" || (REGIONAL_GROUPS as readonly string[]).includes(form.regionalGroup),
    {
      path: ["regionalGroup"],
      message: "validation.choice",
    },
  );

export const personAction = z.object({
  intent: z.enum(["resend", "revoke", "deactivate", "reset_passkeys"]),
  returnTo: z.string().optional(),
});
