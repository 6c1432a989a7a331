// What the translation pages share: the thing named by the address (404 for what does not exist or
// may not be seen), and the language a page is about.
import type { Params } from "@remix-run/react";
import type { Locale } from "../../db/schema";
import { ensureVisible, found, notFound } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { LOCALES } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { can } from "./policy";
import { findOriginal, type OriginalThing } from "./queries.server";
import { kindOfSegment } from "./subjects";

export async function thingFromAddress(db: DB, viewer: Viewer, params: Params): Promise<OriginalThing> {
  const kind = kindOfSegment(params.kind ?? "");
  if (!kind) throw notFound();
  const original = found(await findOriginal(db, kind, idParam(params.id)));
  ensureVisible(can(viewer, "read", original.facts));
  return original;
}

/** The languages a thing may be translated into: every one but its original's. */
export const targetsOf = (original: Pick<OriginalThing, "language">): Locale[] =>
  LOCALES.filter((locale) => locale !== original.language);

/** The language asked for if it is a target, else the reader's if it is, else the first target. */
export function chosenTarget(original: Pick<OriginalThing, "language">, asked: Locale | undefined, reader: Locale) {
  const targets = targetsOf(original);
  return [asked, reader].find((locale): locale is Locale => !!locale && targets.includes(locale)) ?? targets[0]!;
}
