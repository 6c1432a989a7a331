import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { icsEvent } from "~/calendar/ics.server";
import { icsResponse } from "~/calendar/ics-response.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";

/** One event as an .ics file to add to any calendar app. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const event = await icsEvent(getDb(), idParam(params.id));
  if (!event) throw new Response(null, { status: 404 });
  return icsResponse([event], person.locale, `event-${event.id}.ics`);
}
