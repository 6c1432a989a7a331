// The dashboard's data in as few statements as the page allows: one statement carries the network's
// figures, the next events and "needs my action" (amendments waiting for the penholder, signature requests, silences in
// the member's groups, benchmark reports it owes, Global Calls not answered), and for the secretariat
// what waits for its review; the secretariat's activities proposed are the program of work's own list.
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Viewer } from "~/auth/viewer";
import { unansweredCallsQuery, upcomingEventsQuery } from "~/calendar/queries.server";
import type { DB } from "~/lib/db.server";
import { membersByGroup, membersByGroupQuery } from "~/members/queries.server";
import { partnersQuery, withRelation, type Partner, type ShownPartner } from "~/onboarding/queries.server";
import { openBenchmarksQuery } from "~/program/queries.server";
import {
  amendmentsAwaitingPenholderQuery,
  draftsWaiting,
  draftsWaitingQuery,
  signatureRequestsQuery,
  silencesInGroupsQuery,
} from "~/statements/waiting.server";
import { shownTitle } from "~/translations/queries.server";
import { proposedActivities, reviewColumns, reviewQueue } from "./review-queue.server";

/** What the dashboard reads for a person at `moment` (`date` is today's date). */
export async function dashboardQueues(db: DB, viewer: Viewer, moment: Date, date: string) {
  const { locale } = viewer;
  const network = () => [
    jsonArrayFrom(membersByGroupQuery(db)).as("groups"),
    jsonArrayFrom(unansweredCallsQuery(db, viewer.id, locale, moment)).as("calls"),
    jsonArrayFrom(upcomingEventsQuery(db, locale, moment)).as("upcoming"),
  ];
  if (viewer.role === "secretariat") {
    const [row, proposed] = await Promise.all([
      db.selectNoFrom((eb) => [...network(), ...reviewColumns(db, eb, viewer)]).executeTakeFirstOrThrow(),
      proposedActivities(db, viewer),
    ]);
    return {
      groups: membersByGroup(row.groups),
      upcoming: row.upcoming.map((event) => shownTitle(event, locale)),
      actions: { ...noMemberActions, calls: row.calls.map((call) => shownTitle(call, locale)) },
      drafts: [],
      partners: [] as ShownPartner[],
      review: reviewQueue(row, proposed),
      agendaRequests: row.agendaRequests,
    };
  }
  const member = viewer.memberId;
  const row = await db
    .selectNoFrom(() => [
      ...network(),
      jsonArrayFrom(amendmentsAwaitingPenholderQuery(db, member)).as("amendments"),
      jsonArrayFrom(signatureRequestsQuery(db, member)).as("signatures"),
      jsonArrayFrom(silencesInGroupsQuery(db, member, moment)).as("silences"),
      jsonArrayFrom(openBenchmarksQuery(db, member, date, locale)).as("benchmarks"),
      jsonArrayFrom(draftsWaitingQuery(db, member)).as("drafts"),
      jsonArrayFrom(partnersQuery(db, viewer.id, locale)).as("partners"),
    ])
    .executeTakeFirstOrThrow();
  return {
    groups: membersByGroup(row.groups),
    upcoming: row.upcoming.map((event) => shownTitle(event, locale)),
    actions: {
      amendments: row.amendments.map((item) => ({ ...item, pending: Number(item.pending) })),
      signatures: row.signatures,
      silences: row.silences,
      benchmarks: row.benchmarks.map((benchmark) => shownTitle(benchmark, locale)),
      calls: row.calls.map((call) => shownTitle(call, locale)),
    },
    drafts: draftsWaiting(row.drafts, moment),
    // Who the person is paired with: their mentor, those they mentor, their regional pairing.
    partners: withRelation(row.partners as Partner[]),
    review: null,
    agendaRequests: null,
  };
}

/** The secretariat drafts, signs and reports for no member: only calls can wait for it. */
const noMemberActions = { amendments: [], signatures: [], silences: [], benchmarks: [] };

export type ActionQueue = Awaited<ReturnType<typeof dashboardQueues>>["actions"];
