// Lists of members are sorted by name with the reader's ICU collation (app/members/names.server.ts).
// Comparing two names through ICU costs far more than comparing two numbers, and most lists sort
// people or rows by member first: the network's contact list spent 1.3 ms of its 4 ms statement on
// it at ten times today's scale. Each member keeps its place in each language's order, worked out
// again whenever a name is added or changed; ties keep the same place, so an order by place is the
// order by name.
import { sql, type Kysely } from "kysely";

const ORDERS = [
  ["name_order_en", "name", "en-x-icu"],
  ["name_order_fr", "name_fr", "fr-x-icu"],
  ["name_order_es", "name_es", "es-x-icu"],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const [column] of ORDERS)
    await sql`alter table members add column ${sql.id(column)} integer not null default 0`.execute(db);
  const places = ORDERS.map(
    ([column, name, collation]) =>
      sql`rank() over (order by ${sql.id(name)} collate ${sql.id(collation)}) as ${sql.id(column)}`,
  );
  const changed = ORDERS.map(([column]) => sql`m.${sql.id(column)} is distinct from r.${sql.id(column)}`);
  const set = ORDERS.map(([column]) => sql`${sql.id(column)} = r.${sql.id(column)}`);
  // Only the rows whose place moved are written.
  const reorder = sql`update members m set ${sql.join(set)}
    from (select id, ${sql.join(places)} from members) r
    where m.id = r.id and (${sql.join(changed, sql` or `)})`;
  await reorder.execute(db);
  // Once per statement that adds or renames members, however many rows it writes.
  await sql`
    create function members_name_order() returns trigger language plpgsql as $$
    begin
      ${reorder};
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create trigger members_name_order after insert or update of name, name_fr, name_es on members
    for each statement execute function members_name_order()
  `.execute(db);
}
