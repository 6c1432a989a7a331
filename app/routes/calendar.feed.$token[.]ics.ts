import type { LoaderFunctionArgs } from "@remix-run/node";
import { feedEvents, feedOwner } from "~/calendar/ics.server";
import { icsResponse } from "~/calendar/ics-response.server";
import { getDb } from "~/lib/db.server";

/** A person's private subscription: calendar apps fetch it without a session, by its secret token. */
export async function loader({ params }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  if (!/^[\w-]{20,64}$/.test(token)) throw new Response(null, { status: 404 });
  const db = getDb();
  const owner = await feedOwner(db, token);
  if (!owner) throw new Response(null, { status: 404 });
  return icsResponse(await feedEvents(db), owner.locale, "r2p-focal-points.ics", "R2P Focal Points");
}
