// What a focal point adds to the network's contact list: a phone number and a postal address, each
// with the person's choice to leave it out of the directory and the exports (vCard, CSV).
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table people
    add column phone text not null default '',
    add column postal_address text not null default '',
    add column share_phone boolean not null default true,
    add column share_address boolean not null default true`.execute(db);
}
