import type { LoaderFunctionArgs } from "@remix-run/node";
import { found } from "~/auth/policy";
import { recordFeedUse } from "~/calendar/commands.server";
import { icsResponse } from "~/calendar/ics-response.server";
import { feedEvents, feedOwner } from "~/calendar/queries.server";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";

/** A year of events behind, and everything ahead. */
const FEED_HISTORY_MS = 365 * 86_400_000;

/** A person's private subscription: calendar apps fetch it without a session, by its secret token. */
export async function loader({ params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  if (!/^[\w-]{20,64}$/.test(token)) throw new Response(null, { status: 404 });
  const db = getDb();
  const owner = found(await feedOwner(db, token));
  const [events] = await Promise.all([
    feedEvents(db, new Date(now().getTime() - FEED_HISTORY_MS), owner.id),
    recordFeedUse(db, owner.id),
  ]);
  return icsResponse(events, owner.locale, "r2p-focal-points.ics", "R2P Focal Points");
}
