// The library's forms and query strings, checked at the edge.
import { z } from "zod";
import { fields } from "~/lib/forms.server";
import { LIBRARY_LANGUAGES, OWNER_KINDS } from "./owners";

/** Which thing a file is (to be) attached to: `?owner=activity:12` (the upload form's address carries it). */
export const ownerRef = z
  .string()
  .regex(/^[a-z_]+:\d{1,10}$/, "validation.invalid")
  .transform((value) => {
    const [kind, ownerId] = value.split(":");
    return { kind, id: Number(ownerId) };
  })
  .pipe(z.object({ kind: z.enum(OWNER_KINDS, "validation.invalid"), id: z.number().int().min(1).max(2_147_483_647) }));

export const uploadForm = z.object({
  title: fields.text(200),
  language: z.enum(LIBRARY_LANGUAGES, "validation.choice"),
  description: fields.text(2000),
});

export const ownerQuery = z.object({ owner: ownerRef });

export const libraryQuery = z.object({
  language: z.enum(LIBRARY_LANGUAGES).optional().catch(undefined),
  kind: z.enum(OWNER_KINDS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type LibraryFilter = z.output<typeof libraryQuery>;
