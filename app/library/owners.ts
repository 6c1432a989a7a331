// The things a library file may be attached to, and the languages a file may be in: shared by the
// server and the pages (filters, labels).
import type { LibraryLanguage, LibraryOwnerKind } from "../../db/schema";

export const OWNER_KINDS = [
  "manual_section",
  "best_practice",
  "activity",
  "benchmark_report",
  "situation_group",
  "annual_meeting",
  "event",
] as const satisfies readonly LibraryOwnerKind[];

export const LIBRARY_LANGUAGES = ["en", "fr", "es", "other"] as const satisfies readonly LibraryLanguage[];

/** A file's owner by kind and id, as forms and addresses name it ("activity:12"). */
export interface OwnerRef {
  kind: LibraryOwnerKind;
  id: number;
}

export const ownerParam = (owner: OwnerRef) => `${owner.kind}:${owner.id}`;

/** Megabytes, as the upload form states the limit (rounded down: 20 MB is 20,000,000 bytes). */
export const megabytes = (bytes: number) => Math.floor(bytes / 1_000_000);
