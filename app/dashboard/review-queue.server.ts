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
 * Null for a focal point: only the secretariat reviews. Three statements: best practices, activities,
 * and in one the open inquiries' count with what situation groups asked for the next Global Call's agenda.
 */
export async function reviewQueue(db: DB, viewer: Viewer) {
  if (viewer.role !== "secretariat") return null;
  const [practices, proposed, waiting] = await Promise.all([
    awaitingReview(db, SHOWN, viewer.locale),
    // The program of work's own list, filtered to proposals: one page (its size) tells whether more wait.
    listActivities(db, { status: "proposed", page: 1 }, viewer),
    db
      .selectNoFrom((eb) => [
        eb.selectFrom(openInquiriesCount(db).as("open")).select("open.count").as("inquiries"),
        jsonArrayFrom(waitingAgendaRequests(db)).as("agendaRequests"),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    /** Inquiries and questions about joining not yet answered. */
    inquiries: waiting.inquiries ?? 0,
    /** Situations groups asked to put on the next Global Call's agenda, not yet handled. */
    agendaRequests: waiting.agendaRequests,
    practices: {
      count: practices.count,
      items: practices.practices.map(({ id, title, language, memberName }) => ({ id, title, language, memberName })),
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
