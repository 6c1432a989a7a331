// The realistic seeded network. Idempotent: running it twice changes nothing.
import { sql } from "kysely";
import type { DB } from "./connection";
import { memberShortNames, members, people } from "./seed-data/network";
import { seedContactDetails } from "./seed-people";
import { notificationPreferences } from "./seed-data/notifications";
import { activities, benchmarks, reportNotes } from "./seed-data/program";
import type { ReportStatus } from "./schema";
import { seedGroups } from "./seed-groups";
import { seedChannels } from "./seed-channels";
import { seedStatements } from "./seed-statements";
import { seedInquiries } from "./seed-inquiries";
import { seedPairings } from "./seed-pairings";
import { seedTranslations } from "./seed-translations";
import { bestPractices, manualChapters, manualTags } from "./seed-data/manual";
import { TZDate } from "@date-fns/tz";
import { CALL_DIAL_IN, CALL_LINK, seedEvents } from "./seed-data/calendar";
import { seedLibrary } from "./seed-library";
import { seedMeetings } from "./seed-meetings";
import { seedTraining } from "./seed-training";

/**
 * Focal points rotate every few years, so today's holders took their seats recently:
 * a plausible date between 2022 and 2025, stable for each member, never before it joined.
 */
function seatTakenOn(memberSlug: string | null): Date {
  const member = members.find((m) => m.slug === memberSlug);
  let hash = 0;
  for (const char of memberSlug ?? "secretariat") hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const taken = new Date(Date.UTC(2022, 0, 1) + (hash % (4 * 365)) * 24 * 60 * 60 * 1000);
  const joined = member ? new Date(`${member.joinedOn}T00:00:00Z`) : taken;
  return taken > joined ? taken : joined;
}

/** The network's members (public: which states and organisations belong is no secret). */
async function insertMembers(trx: DB): Promise<number> {
  await trx
    .insertInto("members")
    .values(
      members.map((member) => ({
        slug: member.slug,
        name: member.name,
        name_fr: member.nameFr,
        name_es: member.nameEs,
        kind: member.kind,
        regional_group: member.regionalGroup,
        capital: member.capital,
        time_zone: member.timeZone,
        joined_on: member.joinedOn,
        short_names: memberShortNames[member.slug] ?? [],
      })),
    )
    // A member from before the three names keeps its English one in French and Spanish until seeded.
    .onConflict((oc) =>
      oc.column("slug").doUpdateSet({
        name_fr: sql<string>`coalesce(nullif(members.name_fr, members.name), excluded.name_fr)`,
        name_es: sql<string>`coalesce(nullif(members.name_es, members.name), excluded.name_es)`,
        short_names: sql<string[]>`case when members.short_names = '{}' then excluded.short_names
          else members.short_names end`,
      }),
    )
    .execute();
  return members.length;
}

export async function seedNetwork(db: DB): Promise<{ members: number; people: number }> {
  await db.transaction().execute(async (trx) => {
    await insertMembers(trx);

    await trx
      .insertInto("User")
      .values(people.map((person) => ({ email: person.email, name: person.name })))
      .onConflict((oc) => oc.column("email").doNothing())
      .execute();

    const [users, memberIds] = await Promise.all([
      trx.selectFrom("User").select(["id", "email"]).execute(),
      trx.selectFrom("members").select(["id", "slug"]).execute(),
    ]);
    const userIdByEmail = new Map(users.map((user) => [user.email, user.id]));
    const memberIdBySlug = new Map(memberIds.map((member) => [member.slug, member.id]));

    await trx
      .insertInto("people")
      .values(
        people.map((person) => ({
          user_id: userIdByEmail.get(person.email)!,
          name: person.name,
          role: person.role,
          member_id: person.memberSlug ? memberIdBySlug.get(person.memberSlug)! : null,
          is_alternate: person.isAlternate,
          title: person.title,
          ministry: person.ministry,
          time_zone: person.timeZone,
          locale: person.locale,
          status: "active" as const,
          activated_at: seatTakenOn(person.memberSlug),
        })),
      )
      .onConflict((oc) => oc.column("user_id").doNothing())
      .execute();
  });
  return { members: members.length, people: people.length };
}

/** True when the database has never been seeded (used to seed on the first start only). */
export async function needsSeed(db: DB): Promise<boolean> {
  const row = await db
    .selectFrom("members")
    .select((eb) => eb.fn.countAll<number>().as("count"))
    .executeTakeFirstOrThrow();
  return Number(row.count) === 0;
}

export { members as seedMembers, people as seedPeople } from "./seed-data/network";

/** A stable number in [0, 1) for a key, so the seeded history is the same on every machine. */
function unitHash(key: string): number {
  let hash = 2166136261;
  for (const char of key) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash / 2 ** 32;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Members' reports on a benchmark: some achieved (after reporting progress first), some still in
 * progress or not started, some silent. The demo focal point's member leaves two benchmarks open.
 */
function seedReports(benchmarkIndex: number, memberSlugs: string[], today: string) {
  const benchmark = benchmarks[benchmarkIndex]!;
  const last = benchmark.deadline < today ? benchmark.deadline : today;
  const span = Math.max(1, daysBetween(benchmark.setOn, last));
  const reports: { memberSlug: string; status: ReportStatus; note: string; reportedOn: string }[] = [];
  for (const slug of memberSlugs) {
    if (slug === "republic-of-korea" && benchmarkIndex > 0 && benchmarkIndex < 3) continue;
    const roll = unitHash(`${benchmarkIndex}:${slug}`);
    const when = (fraction: number) => addDays(benchmark.setOn, Math.max(1, Math.floor(span * fraction)));
    const note = (status: ReportStatus) => {
      const notes = reportNotes[status];
      return notes[Math.floor(unitHash(`${slug}:${status}:${benchmarkIndex}`) * notes.length)]!;
    };
    if (roll < benchmark.achievedShare) {
      reports.push({
        memberSlug: slug,
        status: "in_progress",
        note: note("in_progress"),
        reportedOn: when(roll * 0.5),
      });
      reports.push({ memberSlug: slug, status: "achieved", note: note("achieved"), reportedOn: when(0.2 + roll) });
    } else if (roll < benchmark.reportedShare) {
      const status: ReportStatus =
        benchmarkIndex === 3 && roll > 0.45 ? "not_applicable" : roll > 0.5 ? "not_started" : "in_progress";
      reports.push({ memberSlug: slug, status, note: note(status), reportedOn: when(roll) });
    }
  }
  return reports;
}

/**
 * Inserts the seeded activities and benchmarks (titles suffixed for the scale copies) with reports
 * from the given members. Returns how many reports it wrote.
 */
export async function insertProgram(
  db: DB,
  memberId: Map<string, number>,
  today: string,
  suffix = "",
): Promise<number> {
  let reportCount = 0;
  const secretariat = await db
    .selectFrom("people")
    .select("id")
    .where("role", "=", "secretariat")
    .orderBy("id")
    .executeTakeFirst();
  const activityId = new Map<string, number>();
  for (const activity of activities) {
    const { id } = await db
      .insertInto("activities")
      .values({
        title: activity.title + suffix,
        description: activity.description,
        category: activity.category,
        status: activity.status,
        start_on: activity.startOn,
        due_on: activity.dueOn,
        proposed_by: secretariat?.id ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    activityId.set(activity.key, id);
    const rows = [
      ...activity.leads.map((slug) => ({ activity_id: id, member_id: memberId.get(slug)!, role: "lead" as const })),
      ...activity.participants.map((slug) => ({
        activity_id: id,
        member_id: memberId.get(slug)!,
        role: "participant" as const,
      })),
    ].filter((row) => row.member_id !== undefined);
    if (rows.length) await db.insertInto("activity_members").values(rows).execute();
    await db
      .insertInto("activity_changes")
      .values({
        activity_id: id,
        person_id: secretariat?.id ?? null,
        kind: "created",
        at: `${activity.startOn ?? "2026-01-05"}T09:00:00Z`,
      })
      .execute();
  }
  for (const [index, benchmark] of benchmarks.entries()) {
    const { id } = await db
      .insertInto("benchmarks")
      .values({
        title: benchmark.title + suffix,
        measure: benchmark.measure,
        target_kind: benchmark.targetKind,
        target_value: benchmark.targetValue,
        set_on: benchmark.setOn,
        deadline: benchmark.deadline,
        activity_id: benchmark.activityKey ? activityId.get(benchmark.activityKey)! : null,
        created_by: secretariat?.id ?? null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const reports = seedReports(index, [...memberId.keys()], today).map((report) => ({
      benchmark_id: id,
      member_id: memberId.get(report.memberSlug)!,
      status: report.status,
      note: report.note,
      reported_on: report.reportedOn,
    }));
    for (let i = 0; i < reports.length; i += 1000)
      await db
        .insertInto("benchmark_reports")
        .values(reports.slice(i, i + 1000))
        .execute();
    reportCount += reports.length;
  }
  return reportCount;
}

/** The program of work and its benchmarks with a plausible history of reports; only into an empty program. */
export async function seedProgram(
  db: DB,
  today = new Date().toISOString().slice(0, 10),
): Promise<{ activities: number; benchmarks: number; reports: number }> {
  const existing = await db.selectFrom("activities").select("id").limit(1).execute();
  if (existing.length) return { activities: 0, benchmarks: 0, reports: 0 };
  const reports = await db.transaction().execute(async (trx) => {
    const memberRows = await trx
      .selectFrom("members")
      .select(["id", "slug"])
      .where("joined_on", "<=", today)
      .orderBy("slug")
      .execute();
    return insertProgram(trx, new Map(memberRows.map((row) => [row.slug, row.id])), today);
  });
  return { activities: activities.length, benchmarks: benchmarks.length, reports };
}

/**
 * A few people's email preferences, and what the demo focal point finds in the portal: nudges for
 * the benchmarks Korea has not reported on and the next event in the calendar (unread), the minutes
 * of the last Global Call (read). Only when nobody has notifications yet.
 */
export async function seedNotifications(db: DB): Promise<{ notifications: number }> {
  const existing = await db.selectFrom("notifications").select("id").limit(1).execute();
  if (existing.length) return { notifications: 0 };
  const personIdByEmail = new Map(
    (
      await db
        .selectFrom("people")
        .innerJoin("User", "User.id", "people.user_id")
        .select(["people.id", "User.email"])
        .execute()
    ).map((row) => [row.email, row.id]),
  );
  const preferences = notificationPreferences.flatMap((entry) => {
    const personId = personIdByEmail.get(entry.email);
    return personId
      ? Object.entries(entry.cadences).map(([category, cadence]) => ({ person_id: personId, category, cadence }))
      : [];
  });
  if (preferences.length)
    await db
      .insertInto("notification_preferences")
      .values(preferences)
      .onConflict((oc) => oc.doNothing())
      .execute();

  const focalPoint = personIdByEmail.get("seoyeon.lee@mofa-korea.example.org");
  const korea = await db.selectFrom("members").select("id").where("slug", "=", "republic-of-korea").executeTakeFirst();
  if (!focalPoint || !korea) return { notifications: 0 };
  const open = await db
    .selectFrom("benchmarks as b")
    .select(["b.id", "b.title"])
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("benchmark_reports as r")
            .select("r.id")
            .whereRef("r.benchmark_id", "=", "b.id")
            .where("r.member_id", "=", korea.id),
        ),
      ),
    )
    .orderBy("b.deadline")
    .limit(3)
    .execute();
  const eventColumns = ["id", "title", "starts_at", "time_zone", "minutes_posted_at"] as const;
  const lastMinutes = await db
    .selectFrom("events")
    .select(eventColumns)
    .where("type", "=", "global_call")
    .where("minutes_posted_at", "is not", null)
    .orderBy("starts_at", "desc")
    .executeTakeFirst();
  const nextEvent = await db
    .selectFrom("events")
    .select(eventColumns)
    .where("type", "<>", "global_call")
    .where("status", "=", "scheduled")
    .where("starts_at", ">", new Date())
    .orderBy("starts_at")
    .executeTakeFirst();
  // The facts the portal stores with a calendar notification (app/calendar/notify.server.ts).
  const aboutEvent = (event: NonNullable<typeof nextEvent>) => ({
    eventId: String(event.id),
    event: event.title,
    startsAt: event.starts_at.toISOString(),
    timeZone: event.time_zone,
  });
  const told = { person_id: focalPoint, email_cadence: "immediate" as const, emailed_at: new Date() };
  const rows = [
    ...open.map((benchmark) => ({
      ...told,
      category: "benchmarks",
      kind: "benchmark_due",
      params: { benchmark: benchmark.title },
      link: `/work/benchmarks/${benchmark.id}`,
      dedupe_key: `benchmark-${benchmark.id}:due`,
    })),
    ...(lastMinutes
      ? [
          {
            ...told,
            category: "minutes",
            kind: "minutes_posted",
            params: aboutEvent(lastMinutes),
            link: `/calendar/${lastMinutes.id}#minutes`,
            created_at: lastMinutes.minutes_posted_at!,
            read_at: lastMinutes.minutes_posted_at!,
          },
        ]
      : []),
    ...(nextEvent
      ? [
          {
            ...told,
            email_cadence: "weekly" as const,
            category: "events",
            kind: "event_added",
            params: aboutEvent(nextEvent),
            link: `/calendar/${nextEvent.id}`,
          },
        ]
      : []),
  ];
  if (rows.length) await db.insertInto("notifications").values(rows).execute();
  return { notifications: rows.length };
}

/**
 * A production portal's first start: the members and the manual, and one secretariat account, who
 * signs in with an emailed link and invites everyone else. No demo people, drafts, events or reports.
 */
export async function seedFirstStart(db: DB, secretariat: { email: string; name: string }) {
  return db.transaction().execute(async (trx) => {
    const memberCount = await insertMembers(trx);
    const user = await trx
      .insertInto("User")
      .values({ email: secretariat.email, name: secretariat.name })
      .onConflict((oc) => oc.column("email").doUpdateSet({ name: secretariat.name }))
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("people")
      .values({
        user_id: user.id,
        name: secretariat.name,
        role: "secretariat",
        member_id: null,
        status: "active",
        activated_at: new Date(),
      })
      .onConflict((oc) => oc.column("user_id").doNothing())
      .execute();
    const sections = await insertManual(trx);
    return { members: memberCount, sections };
  });
}

/** Everything the seeded portal holds: the network, then each feature's content. */
export async function seedAll(db: DB) {
  const network = await seedNetwork(db);
  const contacts = await seedContactDetails(db);
  const program = await seedProgram(db);
  const statements = await seedStatements(db);
  const manual = await seedManual(db);
  const calendar = await seedCalendar(db);
  const notifications = await seedNotifications(db);
  const translations = await seedTranslations(db);
  const groups = await seedGroups(db);
  const inquiries = await seedInquiries(db);
  const channels = await seedChannels(db);
  const library = await seedLibrary(db);
  const meetings = await seedMeetings(db);
  const pairings = await seedPairings(db);
  const training = await seedTraining(db);
  return {
    ...network,
    ...contacts,
    ...program,
    ...statements,
    ...manual,
    ...calendar,
    ...notifications,
    ...translations,
    ...groups,
    ...inquiries,
    ...channels,
    ...library,
    ...meetings,
    ...pairings,
    ...training,
  };
}

const FIRST_EDITION = "2026-01-05T09:00:00Z";

/** The starter manual: chapters and sections, each section with a first revision by the secretariat. */
async function insertManual(db: DB): Promise<number> {
  const secretariat = await db
    .selectFrom("people")
    .select("id")
    .where("role", "=", "secretariat")
    .orderBy("id")
    .executeTakeFirst();
  await db
    .insertInto("manual_tags")
    .values(manualTags)
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  let sections = 0;
  for (const [index, chapter] of manualChapters.entries()) {
    const { id } = await db
      .insertInto("manual_chapters")
      .values({ slug: chapter.slug, position: index + 1, title: chapter.title, summary: chapter.summary })
      .returning("id")
      .executeTakeFirstOrThrow();
    const inserted = await db
      .insertInto("manual_sections")
      .values(
        chapter.sections.map((section, position) => ({
          chapter_id: id,
          slug: section.slug,
          position: position + 1,
          title: section.title,
          body: section.body,
          tags: section.tags,
          updated_at: FIRST_EDITION,
        })),
      )
      .returning(["id", "title", "body", "tags"])
      .execute();
    await db
      .insertInto("manual_revisions")
      .values(
        inserted.map((row) => ({
          section_id: row.id,
          revision: 1,
          title: row.title,
          body: row.body,
          tags: row.tags,
          note: "First edition of the manual",
          author_id: secretariat?.id ?? null,
          created_at: FIRST_EDITION,
        })),
      )
      .execute();
    sections += inserted.length;
  }
  return sections;
}

/** The manual and a few published best practices; only into an empty manual. */
export async function seedManual(db: DB): Promise<{ sections: number; bestPractices: number }> {
  const existing = await db.selectFrom("manual_chapters").select("id").limit(1).execute();
  if (existing.length) return { sections: 0, bestPractices: 0 };
  return db.transaction().execute(async (trx) => {
    const sections = await insertManual(trx);
    const [memberRows, secretariat] = await Promise.all([
      trx.selectFrom("members").select(["id", "slug"]).execute(),
      trx.selectFrom("people").select("id").where("role", "=", "secretariat").orderBy("id").executeTakeFirst(),
    ]);
    const memberId = new Map(memberRows.map((row) => [row.slug, row.id]));
    const rows = bestPractices
      .filter((practice) => memberId.has(practice.memberSlug))
      .map((practice) => ({
        member_id: memberId.get(practice.memberSlug)!,
        title: practice.title,
        body: practice.body,
        tags: practice.tags,
        status: "published" as const,
        reviewed_by: secretariat?.id ?? null,
        submitted_at: "2026-02-02T10:00:00Z",
        published_at: "2026-02-09T10:00:00Z",
      }));
    if (rows.length) await trx.insertInto("best_practices").values(rows).execute();
    return { sections, bestPractices: rows.length };
  });
}

/** A year of the calendar: events, Global Calls with answers, minutes for the calls already held. */
export async function seedCalendar(db: DB, today = new Date()): Promise<{ events: number }> {
  const existing = await db.selectFrom("events").select("id").limit(1).execute();
  if (existing.length) return { events: 0 };
  const instant = (wallClock: string, zone: string) => {
    const [date, time] = wallClock.split(" ");
    const [y, m, d] = date!.split("-").map(Number);
    const [hh, mm] = time!.split(":").map(Number);
    return new Date(TZDate.tz(zone, y!, m! - 1, d!, hh!, mm!).getTime());
  };
  await db.transaction().execute(async (trx) => {
    const [memberRows, secretariat, people] = await Promise.all([
      trx.selectFrom("members").select(["id", "slug"]).execute(),
      trx.selectFrom("people").select("id").where("role", "=", "secretariat").orderBy("id").executeTakeFirst(),
      trx.selectFrom("people").select("id").where("status", "=", "active").orderBy("id").execute(),
    ]);
    const memberId = new Map(memberRows.map((row) => [row.slug, row.id]));
    for (const event of seedEvents) {
      const startsAt = instant(event.start, event.timeZone);
      const isCall = event.type === "global_call";
      const held = isCall && startsAt < today;
      const { id } = await trx
        .insertInto("events")
        .values({
          title: event.title,
          type: event.type,
          starts_at: startsAt,
          ends_at: instant(event.end, event.timeZone),
          time_zone: event.timeZone,
          location: event.location,
          online_url: isCall ? CALL_LINK : null,
          dial_in: isCall ? CALL_DIAL_IN : "",
          description: event.description,
          agenda: event.agenda ?? "",
          minutes: held && event.minutes ? event.minutes : "",
          minutes_posted_at: held && event.minutes ? new Date(startsAt.getTime() + 2 * 86_400_000) : null,
          member_id: event.memberSlug ? (memberId.get(event.memberSlug) ?? null) : null,
          created_by: secretariat?.id ?? null,
          reminder_offsets: isCall ? [10080, 1440, 60] : [],
          public: event.public ?? false,
          created_at: new Date(startsAt.getTime() - 30 * 86_400_000),
          updated_at: new Date(startsAt.getTime() - 30 * 86_400_000),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("event_changes")
        .values({
          event_id: id,
          person_id: secretariat?.id ?? null,
          kind: "created",
          at: new Date(startsAt.getTime() - 30 * 86_400_000),
        })
        .execute();
      if (isCall) {
        // About half the network answers; a stable choice per person and call.
        const answers = people
          .filter((person) => (person.id * 7 + id * 3) % 10 < 5)
          .map((person) => ({
            event_id: id,
            person_id: person.id,
            response: (["attending", "attending", "maybe", "not_attending"] as const)[(person.id + id) % 4]!,
          }));
        if (answers.length) await trx.insertInto("event_rsvps").values(answers).execute();
      }
    }
  });
  return { events: seedEvents.length };
}
