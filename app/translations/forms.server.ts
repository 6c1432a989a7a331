// The translation form, validated on the server: per translatable field of the kind, the translation
// (possibly empty), the revision it started from and the original text it was made from.
import { z } from "zod";
import type { TranslatedKind } from "../../db/schema";
import { LOCALES } from "~/i18n/config";
import type { FieldInput } from "./commands.server";
import { TRANSLATABLE } from "./subjects";

/** The form's control names for a field: its text, and the hidden revision and original it started from. */
export const revisionName = (field: string) => `${field}_revision`;
export const sourceName = (field: string) => `${field}_source`;

export function translationForm(kind: TranslatedKind) {
  const shape: Record<string, z.ZodType> = { to: z.enum(LOCALES, "validation.choice") };
  for (const { name, max } of TRANSLATABLE[kind].fields) {
    shape[name] = z.string().trim().max(max, "validation.tooLong").default("");
    shape[revisionName(name)] = z.coerce.number().int().min(0).max(1_000_000);
    // The original as shown in the form: as long as the original may be, and then some for line endings.
    shape[sourceName(name)] = z
      .string()
      .max(max * 2)
      .default("");
  }
  return z.object(shape).transform((form) => ({
    locale: form.to as (typeof LOCALES)[number],
    fields: Object.fromEntries(
      TRANSLATABLE[kind].fields.map(({ name }) => [
        name,
        {
          text: form[name] as string,
          revision: form[revisionName(name)] as number,
          // Browsers send a textarea's line endings as CRLF.
          source: (form[sourceName(name)] as string).replace(/\r\n/g, "\n"),
        } satisfies FieldInput,
      ]),
    ),
  }));
}

/** `?to=` on a translation page: a language, or nothing (the page picks the first one it may). */
export const targetQuery = z.object({ to: z.enum(LOCALES).optional().catch(undefined) });
