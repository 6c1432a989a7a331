// Reads of asking the secretariat: the secretariat's queue, a member's inquiries, one inquiry.
import { sql } from "kysely";
import type { InquiryStatus } from "../../db/schema";
import type { Locale } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";
import { OPEN_STATUSES } from "./policy";

export const QUEUE_PAGE_SIZE = 20;

export type QueueFilter = InquiryStatus | "open" | "all";

/**
 * One page of the secretariat's queue, oldest waiting first for open inquiries (the longest wait is
 * answered first), newest first otherwise, with the total in the same statement.
 */
export async function listQueue(db: DB, filter: { status: QueueFilter; page: number }, locale: Locale) {
  let query = db
    .selectFrom("inquiries as i")
    .leftJoin("members as m", "m.id", "i.member_id")
    .select([
      "i.id",
      "i.kind",
      "i.subject",
      "i.status",
      "i.created_at as createdAt",
      "i.contact_organisation as organisation",
      memberNameSql<string | null>("m", locale).as("memberName"),
      sql<number>`count(*) over ()::int`.as("total"),
    ]);
  if (filter.status === "open") query = query.where("i.status", "in", OPEN_STATUSES);
  else if (filter.status !== "all") query = query.where("i.status", "=", filter.status);
  const oldestFirst = filter.status === "open" || filter.status === "received" || filter.status === "in_progress";
  const rows = await query
    .orderBy("i.created_at", oldestFirst ? "asc" : "desc")
    .orderBy("i.id", oldestFirst ? "asc" : "desc")
    .limit(QUEUE_PAGE_SIZE)
    .offset((filter.page - 1) * QUEUE_PAGE_SIZE)
    .execute();
  return { rows: rows.map(({ total: _total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

/** A member's inquiries, newest first, with their answers. */
export async function listMemberInquiries(db: DB, memberId: number) {
  return db
    .selectFrom("inquiries as i")
    .leftJoin("people as p", "p.id", "i.asked_by")
    .select([
      "i.id",
      "i.kind",
      "i.subject",
      "i.status",
      "i.created_at as createdAt",
      "i.answered_at as answeredAt",
      "p.name as askedBy",
    ])
    .where("i.member_id", "=", memberId)
    .orderBy("i.created_at", "desc")
    .orderBy("i.id", "desc")
    .limit(200)
    .execute();
}

/** One inquiry with who asked and who answered, or undefined. */
export async function loadInquiry(db: DB, id: number, locale: Locale) {
  return db
    .selectFrom("inquiries as i")
    .leftJoin("members as m", "m.id", "i.member_id")
    .leftJoin("people as asker", "asker.id", "i.asked_by")
    .leftJoin("people as answerer", "answerer.id", "i.answered_by")
    .select([
      "i.id",
      "i.kind",
      "i.subject",
      "i.body",
      "i.status",
      "i.member_id as memberId",
      "i.contact_name as contactName",
      "i.contact_email as contactEmail",
      "i.contact_organisation as organisation",
      "i.answer",
      "i.answered_at as answeredAt",
      "i.created_at as createdAt",
      "m.slug as memberSlug",
      memberNameSql<string | null>("m", locale).as("memberName"),
      "asker.name as askedBy",
      "answerer.name as answeredBy",
    ])
    .where("i.id", "=", id)
    .executeTakeFirst();
}

/** How many inquiries wait for the secretariat, for its dashboard and menu. */
export function openInquiriesCount(db: DB) {
  return db
    .selectFrom("inquiries")
    .select(sql<number>`count(*)::int`.as("count"))
    .where("status", "in", OPEN_STATUSES);
}
