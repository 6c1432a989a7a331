// What waits for the secretariat's review, for its dashboard: best practices submitted by members and
// activities they proposed for the program of work, the oldest contributions first; and how many
// inquiries wait for an answer.
import type { ExpressionBuilder } from "kysely";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Database } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import { waitingAgendaRequests } from "~/groups/queries.server";
import { openInquiriesCount } from "~/inquiries/queries.server";
import type { Locale } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { awaitingReview } from "~/manual/queries.server";
import { listActivities } from "~/program/queries.server";

/** Items listed per kind; the counts say how many wait in all. */
const SHOWN = 5;

/**
 * The best practices submitted, the open inquiries' count and what situation groups asked for the next
 * Global Call's agenda: columns the dashboard adds to its one statement.
 */
export function reviewColumns(db: DB, eb: ExpressionBuilder<Database, never>, viewer: Viewer) {
  return [
    jsonArrayFrom(awaitingReview(db, SHOWN, viewer.locale)).as("practices"),
    eb.selectFrom(openInquiriesCount(db).as("open")).select("open.count").as("inquiries"),
    jsonArrayFrom(waitingAgendaRequests(db)).as("agendaRequests"),
  ] as const;
}

/** The activities proposed: the program of work's own list, filtered; one page (its size) tells whether more wait. */
export function proposedActivities(db: DB, viewer: Viewer) {
  return listActivities(db, { status: "proposed", page: 1 }, viewer);
}

/** The review queue from the dashboard statement's columns and the activities proposed. */
export function reviewQueue(
  waiting: {
    practices: { id: number; title: string; language: Locale; memberName: string; waiting: string }[];
    inquiries: number | null;
  },
  proposed: Awaited<ReturnType<typeof proposedActivities>>,
) {
  return {
    /** Inquiries and questions about joining not yet answered. */
    inquiries: waiting.inquiries ?? 0,
    practices: {
      count: Number(waiting.practices[0]?.waiting ?? 0),
      items: waiting.practices.map(({ id, title, language, memberName }) => ({ id, title, language, memberName })),
    },
    activities: {
      count: proposed.activities.length,
      /** The count is a floor: more than one page is proposed. */
      more: proposed.hasNext,
      items: proposed.activities.slice(0, SHOWN).map(({ id, title, language, members }) => ({
        id,
        title,
        language,
        lead: members.find((member) => member.role === "lead")?.name ?? null,
      })),
    },
  };
}

export type ReviewQueue = ReturnType<typeof reviewQueue>;
