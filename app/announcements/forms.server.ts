import { z } from "zod";
import { REGIONAL_GROUPS } from "../../db/schema";
import { LOCALES } from "~/i18n/config";
import { fields } from "~/lib/forms.server";

/** "network" for everyone, or one UN regional group. */
export const AUDIENCES = ["network", ...REGIONAL_GROUPS] as const;

export const announcementForm = z.object({
  title: fields.text(200),
  body: fields.text(20_000),
  language: z.enum(LOCALES, "validation.choice"),
  audience: z.enum(AUDIENCES, "validation.choice"),
});
export type AnnouncementInput = z.output<typeof announcementForm>;
