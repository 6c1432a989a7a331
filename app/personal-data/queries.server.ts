// "Download my data": everything the portal holds about one person, read in one statement (a
// subquery per kind of thing, each an array of rows). Nothing here writes. Secrets are never read:
// session tokens, sign-in and invitation tokens, step-up code hashes, calendar feed token hashes,
// and the emails' bodies (they carry sign-in links). Other people's words are left out too: a comment
// is the person's own text with the statement it was on, never the thread around it.
import { sql } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import type { DB } from "~/lib/db.server";

/** One row of a section as the page and the file show it: plain values only. */
export type DataRow = Record<string, string | number | boolean | null | Record<string, string>>;

/** The person's data, section by section, in the order the page shows them. */
export async function personalData(db: DB, personId: number) {
  const row = await db
    .selectNoFrom((eb) => [
      jsonObjectFrom(
        eb
          .selectFrom("people as p")
          .innerJoin("User as u", "u.id", "p.user_id")
          .leftJoin("members as m", "m.id", "p.member_id")
          .select([
            "p.name",
            "u.email",
            "p.role",
            "m.name as member",
            "p.is_alternate as alternate",
            "p.title as jobTitle",
            "p.ministry",
            "p.phone",
            "p.share_phone as sharePhone",
            "p.postal_address as postalAddress",
            "p.share_address as shareAddress",
            "p.time_zone as timeZone",
            "p.locale",
            "p.status",
            "p.invited_at as invitedAt",
            "p.activated_at as activatedAt",
            "p.deactivated_at as deactivatedAt",
            "u.emailVerified as emailVerifiedAt",
          ])
          .where("p.id", "=", personId),
      ).as("profile"),
      ...sections(db, personId),
    ])
    .executeTakeFirstOrThrow();
  const { profile, ...rest } = row;
  return { profile: profile as DataRow | null, sections: rest as unknown as Record<SectionKey, DataRow[]> };
}

export type PersonalData = Awaited<ReturnType<typeof personalData>>;

/** Every section, each an array of rows; the keys name the page's headings (members:data.sections.*). */
function sections(db: DB, id: number) {
  const person = db.selectFrom("people").select("user_id").where("id", "=", id);
  const email = db.selectFrom("people as p").innerJoin("User as u", "u.id", "p.user_id").select("u.email");
  const ownEmail = email.where("p.id", "=", id);
  return [
    jsonArrayFrom(
      db
        .selectFrom("Session")
        .select(["createdAt", "lastUsedAt", "expires", "steppedUpAt", "userAgent", "ipAddress"])
        .where("userId", "=", person)
        .orderBy("lastUsedAt", "desc"),
    ).as("sessions"),
    jsonArrayFrom(
      db
        .selectFrom("step_up_codes")
        .select(["created_at as createdAt", "expires_at as expiresAt", "used_at as usedAt", "attempts"])
        .where("person_id", "=", id)
        .orderBy("id", "desc"),
    ).as("stepUps"),
    jsonArrayFrom(
      db
        .selectFrom("invitations as i")
        .leftJoin("people as by", "by.id", "i.invited_by")
        .select([
          "i.created_at as createdAt",
          "by.name as by",
          "i.expires_at as expiresAt",
          "i.accepted_at as acceptedAt",
          "i.revoked_at as revokedAt",
        ])
        .where("i.person_id", "=", id)
        .orderBy("i.id", "desc"),
    ).as("invitations"),
    jsonArrayFrom(
      db
        .selectFrom("calendar_feeds")
        .select(["created_at as createdAt", "last_used_at as lastUsedAt"])
        .where("person_id", "=", id),
    ).as("calendarFeeds"),
    jsonArrayFrom(
      db
        .selectFrom("pairing_people as mine")
        .innerJoin("pairings as g", "g.id", "mine.pairing_id")
        .select(["g.kind", "g.name", "mine.role", "g.created_at as createdAt", "g.ended_at as endedAt"])
        .where("mine.person_id", "=", id)
        .orderBy("g.id", "desc"),
    ).as("pairings"),
    jsonArrayFrom(
      db
        .selectFrom("notification_preferences")
        .select(["category", "cadence", "updated_at as updatedAt"])
        .where("person_id", "=", id)
        .orderBy("category"),
    ).as("notificationPreferences"),
    jsonArrayFrom(
      db
        .selectFrom("subscriptions")
        .select(["subject_kind as about", "subject_id as subjectId", "state", "updated_at as updatedAt"])
        .where("person_id", "=", id)
        .orderBy("updated_at", "desc"),
    ).as("subscriptions"),
    jsonArrayFrom(
      db
        .selectFrom("notifications")
        .select([
          "created_at as createdAt",
          "kind as notice",
          "params",
          "link",
          "read_at as readAt",
          "emailed_at as emailedAt",
        ])
        .where("person_id", "=", id)
        .orderBy("id", "desc"),
    ).as("notifications"),
    jsonArrayFrom(
      db
        .selectFrom("emails")
        .select(["created_at as createdAt", "subject", "purpose", "status"])
        .where("recipient", "=", ownEmail)
        .orderBy("id", "desc"),
    ).as("emails"),
    jsonArrayFrom(
      db.selectFrom("email_problems").select(["occurred_at as at", "kind", "reason"]).where("email", "=", ownEmail),
    ).as("emailProblems"),
    jsonArrayFrom(
      db
        .selectFrom("benchmark_reports as r")
        .innerJoin("benchmarks as b", "b.id", "r.benchmark_id")
        .select(["r.reported_on as on", "b.title as benchmark", "r.status", "r.note", "r.evidence_url as evidence"])
        .where("r.reported_by", "=", id)
        .orderBy("r.id", "desc"),
    ).as("benchmarkReports"),
    jsonArrayFrom(
      db
        .selectFrom("activities")
        .select(["created_at as createdAt", "title", "category", "status"])
        .where("proposed_by", "=", id)
        .orderBy("id", "desc"),
    ).as("activities"),
    jsonArrayFrom(
      db
        .selectFrom("statements")
        .select(["created_at as createdAt", "id as statementId", "title as statement", "stage"])
        .where("created_by", "=", id)
        .orderBy("id", "desc"),
    ).as("statements"),
    jsonArrayFrom(
      db
        .selectFrom("amendments as a")
        .innerJoin("statements as s", "s.id", "a.statement_id")
        .select([
          "a.created_at as createdAt",
          "s.id as statementId",
          "s.title as statement",
          "a.kind",
          "a.body",
          "a.rationale",
          "a.status",
          "a.decided_at as decidedAt",
        ])
        .where("a.proposed_by", "=", id)
        .orderBy("a.id", "desc"),
    ).as("amendments"),
    jsonArrayFrom(
      db
        .selectFrom("amendment_comments as c")
        .innerJoin("amendments as a", "a.id", "c.amendment_id")
        .innerJoin("statements as s", "s.id", "a.statement_id")
        .select(["c.created_at as createdAt", "s.id as statementId", "s.title as statement", "c.stance", "c.body"])
        .where("c.person_id", "=", id)
        .orderBy("c.id", "desc"),
    ).as("comments"),
    jsonArrayFrom(
      db
        .selectFrom("paragraph_remarks as r")
        .innerJoin("statements as s", "s.id", "r.statement_id")
        .select(["r.created_at as createdAt", "s.id as statementId", "s.title as statement", "r.quote", "r.body"])
        .where("r.person_id", "=", id)
        .orderBy("r.id", "desc"),
    ).as("remarks"),
    jsonArrayFrom(
      db
        .selectFrom("statement_signatures as g")
        .innerJoin("statements as s", "s.id", "g.statement_id")
        .select(["g.signed_at as signedAt", "s.id as statementId", "s.title as statement"])
        .where("g.signed_by", "=", id)
        .orderBy("g.signed_at", "desc"),
    ).as("signatures"),
    jsonArrayFrom(
      db
        .selectFrom("statement_events as e")
        .innerJoin("statements as s", "s.id", "e.statement_id")
        .select(["e.at", "s.id as statementId", "s.title as statement", "e.kind", "e.reason"])
        .where("e.person_id", "=", id)
        .orderBy("e.id", "desc"),
    ).as("statementEvents"),
    jsonArrayFrom(
      db
        .selectFrom("event_rsvps as r")
        .innerJoin("events as e", "e.id", "r.event_id")
        .select(["r.updated_at as updatedAt", "e.title as event", "e.starts_at as startsAt", "r.response"])
        .where("r.person_id", "=", id)
        .orderBy("e.starts_at", "desc"),
    ).as("rsvps"),
    jsonArrayFrom(
      db
        .selectFrom("call_reminders as r")
        .innerJoin("events as e", "e.id", "r.event_id")
        .select(["r.due_at as dueAt", "e.title as event", "r.status", "r.sent_at as sentAt"])
        .where("r.person_id", "=", id)
        .orderBy("r.due_at", "desc"),
    ).as("reminders"),
    jsonArrayFrom(
      db
        .selectFrom("events")
        .select(["created_at as createdAt", "title", "type", "starts_at as startsAt", "status"])
        .where("created_by", "=", id)
        .orderBy("id", "desc"),
    ).as("events"),
    jsonArrayFrom(
      db
        .selectFrom("best_practices")
        .select(["submitted_at as createdAt", "title", "body", "status", "published_at as publishedAt"])
        .where("contributed_by", "=", id)
        .orderBy("id", "desc"),
    ).as("bestPractices"),
    jsonArrayFrom(
      db
        .selectFrom("manual_revisions as r")
        .innerJoin("manual_sections as s", "s.id", "r.section_id")
        .select(["r.created_at as createdAt", "s.title as section", "r.revision", "r.note"])
        .where("r.author_id", "=", id)
        .orderBy("r.id", "desc"),
    ).as("manualRevisions"),
    jsonArrayFrom(
      db
        .selectFrom("content_translations")
        .select(["translated_at as at", "subject_kind as about", "subject_id as subjectId", "field", "locale"])
        .where("translated_by", "=", id)
        .orderBy("id", "desc"),
    ).as("translations"),
    jsonArrayFrom(
      db
        .selectFrom("announcements")
        .select(["posted_at as at", "title", "body"])
        .where("posted_by", "=", id)
        .orderBy("id", "desc"),
    ).as("announcements"),
    jsonArrayFrom(
      db
        .selectFrom("discussion_posts as p")
        .innerJoin("discussion_threads as t", "t.id", "p.thread_id")
        .select(["p.posted_at as at", "t.topic", "p.body", "p.edited_at as editedAt", "p.hidden_at as hiddenAt"])
        .where("p.author_id", "=", id)
        .orderBy("p.id", "desc"),
    ).as("discussionPosts"),
    jsonArrayFrom(
      db
        .selectFrom("situation_updates as u")
        .innerJoin("situation_groups as g", "g.id", "u.group_id")
        .select(["u.created_at as createdAt", "g.title as group", "u.risk_level as riskLevel", "u.body"])
        .where("u.author_id", "=", id)
        .orderBy("u.id", "desc"),
    ).as("situationUpdates"),
    jsonArrayFrom(
      db
        .selectFrom("situation_replies as r")
        .innerJoin("situation_updates as u", "u.id", "r.update_id")
        .innerJoin("situation_groups as g", "g.id", "u.group_id")
        .select(["r.created_at as createdAt", "g.title as group", "r.body"])
        .where("r.author_id", "=", id)
        .orderBy("r.id", "desc"),
    ).as("situationReplies"),
    jsonArrayFrom(
      db
        .selectFrom("inquiries")
        .select(["created_at as createdAt", "kind", "subject", "body", "status", "answer"])
        .where("asked_by", "=", id)
        .orderBy("id", "desc"),
    ).as("inquiries"),
    jsonArrayFrom(
      db
        .selectFrom("library_files")
        .select(["uploaded_at as at", "title", "filename", "size"])
        .where("uploaded_by", "=", id)
        .orderBy("id", "desc"),
    ).as("libraryFiles"),
    jsonArrayFrom(
      db
        .selectFrom("audit_log as l")
        .leftJoin("people as actor", "actor.id", "l.actor_id")
        .select([
          "l.at",
          "l.action",
          "actor.name as by",
          "l.subject_kind as about",
          "l.subject_id as subjectId",
          // Where a request came from is the person's own only when they acted.
          sql<string | null>`case when l.actor_id = ${id} then l.ip end`.as("ip"),
        ])
        .where((where) => where.or([where("l.actor_id", "=", id), where("l.person_id", "=", id)]))
        .orderBy("l.id", "desc")
        .limit(AUDIT_LIMIT),
    ).as("auditLog"),
  ];
}

/** The audit log's newest acts, enough for years of a person's work. */
export const AUDIT_LIMIT = 5000;

export type SectionKey =
  | "sessions"
  | "stepUps"
  | "invitations"
  | "calendarFeeds"
  | "pairings"
  | "notificationPreferences"
  | "subscriptions"
  | "notifications"
  | "emails"
  | "emailProblems"
  | "benchmarkReports"
  | "activities"
  | "statements"
  | "amendments"
  | "comments"
  | "remarks"
  | "signatures"
  | "statementEvents"
  | "rsvps"
  | "reminders"
  | "events"
  | "bestPractices"
  | "manualRevisions"
  | "translations"
  | "announcements"
  | "discussionPosts"
  | "situationUpdates"
  | "situationReplies"
  | "inquiries"
  | "libraryFiles"
  | "auditLog";
