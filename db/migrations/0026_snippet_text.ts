import { sql, type Kysely } from "kysely";

/**
 * Snippets read as text: a markdown heading ends with a middle dot instead of running into the
 * paragraph after it ("Making it work · Anchor the role…"), and list markers go. Links keep their
 * words and lose their targets; other markup characters are dropped, as before.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function search_plain(body text) returns text language sql immutable parallel safe as $$
      select regexp_replace(
        regexp_replace(
          regexp_replace(
            regexp_replace(body, '\\]\\([^)]*\\)', ']', 'g'),
            '^#{1,6}[ \\t]*(.*?)[ \\t]*$', '\\1 ·', 'gn'),
          '^[ \\t]*([-+*]|[0-9]+[.)])[ \\t]+', '', 'gn'),
        '[#*_\x60>|\\[\\]]+', '', 'g')
    $$
  `.execute(db);
}
