// The network's contact list (CSV and vCards) is the same file for every member who downloads it, in a
// language, and is made from every active person: people, their members and their sign-in addresses.
// These tables now carry a revision as migration 0420's do, so the file can be kept until one of them
// is written (app/members/contacts.server.ts).
import type { Kysely } from "kysely";
import { keepRevision } from "./0420_table_revisions";

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of ["people", "User"]) await keepRevision(db, table);
}
