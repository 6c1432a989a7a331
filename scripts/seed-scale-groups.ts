// Situation groups at ten times the expected scale, for `npm run bench`: 200 groups of 6 to 12 members
// (the Republic of Korea, the bench's viewer, in one in ten), 25 early-warning updates each over two
// years with the risk level moving, and four replies under each update. Set-based inserts, in SQL.
import { sql } from "kysely";
import type { DB } from "../db/connection";

const THEMES = [
  "risks to civilians in the border provinces",
  "hate speech ahead of national elections",
  "displacement of minority communities",
  "attacks on human rights defenders",
  "inter-communal violence in the highlands",
  "arbitrary detention of opposition members",
];

export async function seedGroupScale(
  db: DB,
  { groups = 200, updatesPerGroup = 25, repliesPerUpdate = 4 } = {},
): Promise<{ groups: number; updates: number; replies: number; groupId: number }> {
  const themes = sql.val(THEMES);
  const created = await sql<{ id: number }>`
    insert into situation_groups (title, description, language, listed, created_at)
    select 'Situation ' || i || ': ' || (${themes}::text[])[1 + i % ${THEMES.length}],
      'Members concerned by ' || (${themes}::text[])[1 + i % ${THEMES.length}] || ' share early-warning '
        || 'information, compare their missions'' reporting and prepare joint letters (group ' || i || ').',
      'en', i % 2 = 0, now() - interval '2 years'
    from generate_series(1, ${groups}) i
    returning id`.execute(db);
  const ids = created.rows.map((row) => row.id);
  await sql`
    insert into situation_group_members (group_id, member_id)
    select g.id, m.id from unnest(${sql.val(ids)}::int[]) g(id)
    cross join lateral (select id from members order by md5(g.id::text || '-' || id::text)
      limit 6 + g.id % 7) m
    on conflict do nothing`.execute(db);
  const korea = await db
    .selectFrom("members")
    .select("id")
    .where("slug", "=", "republic-of-korea")
    .executeTakeFirstOrThrow();
  const koreas = ids.filter((_, index) => index % 10 === 0);
  await sql`
    insert into situation_group_members (group_id, member_id)
    select g, ${korea.id} from unnest(${sql.val(koreas)}::int[]) g
    on conflict do nothing`.execute(db);
  const updates = await sql<{ id: number }>`
    insert into situation_updates (group_id, occurred_on, body, sources, risk_level, language, member_id, created_at)
    select g.id, current_date - (k * 29), 'Our embassy reports **' || (array['attacks on markets',
        'checkpoints separating people by ethnicity', 'calls for violence on local radio',
        'a local ceasefire holding', 'displacement toward the capital'])[1 + (g.id + k) % 5]
        || '** in the region (week ' || k || '). Officials describe the pattern as an indicator under the '
        || 'UN Framework of Analysis; humanitarian access is ' || (array['open', 'partly cut', 'cut'])[1 + k % 3]
        || '. The group follows it closely and proposes to review the risk at its next exchange.',
      '[{"label": "OCHA situation report", "url": "https://www.unocha.org/"}]'::jsonb,
      (array['low', 'elevated', 'high', 'severe'])[1 + (g.id + k / 6) % 4], 'en',
      (select member_id from situation_group_members where group_id = g.id order by member_id limit 1),
      now() - (k * 29) * interval '1 day'
    from unnest(${sql.val(ids)}::int[]) g(id), generate_series(1, ${updatesPerGroup}) k
    returning id`.execute(db);
  const updateIds = updates.rows.map((row) => row.id);
  const replies = await sql`
    insert into situation_replies (update_id, body, member_id, created_at)
    select u.id, 'Our reporting matches this (reply ' || r || '); we will share what our mission hears this week.',
      u.member_id, u.created_at + r * interval '3 hours'
    from situation_updates u, generate_series(1, ${repliesPerUpdate}) r
    where u.id = any(${sql.val(updateIds)}::int[])`.execute(db);
  await sql`
    update situation_groups g set risk_level = latest.risk_level, last_update_on = latest.occurred_on
    from (select distinct on (group_id) group_id, risk_level, occurred_on from situation_updates
      order by group_id, occurred_on desc, id desc) latest
    where latest.group_id = g.id and g.id = any(${sql.val(ids)}::int[])`.execute(db);
  return {
    groups: ids.length,
    updates: updateIds.length,
    replies: Number(replies.numAffectedRows ?? 0),
    groupId: koreas[0]!,
  };
}
