// What waits for the secretariat's review, for its dashboard: best practices submitted by members and
// activities they proposed for the program of work, the oldest contributions first; and how many
// inquiries wait for an answer.
import type { Viewer } from "~/auth/viewer";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import { waitingAgendaRequests } from "~/groups/queries.server";
import { openInquiriesCount } from "~/inquiries/queries.server";
import type { DB } from "~/lib/db.server";
import { awaitingReview } from "~/manual/queries.server";
import { listActivities } from "~/program/queries.server";

/** Items listed per kind; the counts say how many wait in all. */
const SHOWN = 5;

/**
 * Null for a focal point: only the secretariat reviews. Two statements: the activities proposed (the
 * program of work's own list), and in one the best practices submitted, the open inquiries' count and
 * what situation groups asked for the next Global Call's agenda.
 */
export async function reviewQueue(db: DB, viewer: Viewer) {
  if (viewer.role !== "secretariat") return null;
  const [waiting, proposed] = await Promise.all([
    db
      .selectNoFrom((eb) => [
        jsonArrayFrom(awaitingReview(db, SHOWN, viewer.locale)).as("practices"),
        eb.selectFrom(openInquiriesCount(db).as("open")).select("open.count").as("inquiries"),
        jsonArrayFrom(waitingAgendaRequests(db)).as("agendaRequests"),
      ])
      .executeTakeFirstOrThrow(),
    // The program of work's own list, filtered to proposals: one page (its size) tells whether more wait.
    listActivities(db, { status: "proposed", page: 1 }, viewer),
  ]);
  return {
    /** Inquiries and questions about joining not yet answered. */
    inquiries: waiting.inquiries ?? 0,
    /** Situations groups asked to put on the next Global Call's agenda, not yet handled. */
    agendaRequests: waiting.agendaRequests,
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

export type ReviewQueue = NonNullable<Awaited<ReturnType<typeof reviewQueue>>>;
