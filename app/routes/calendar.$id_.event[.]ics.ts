import type { LoaderFunctionArgs } from "@remix-run/node";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { icsResponse } from "~/calendar/ics-response.server";
import { icsEvent } from "~/calendar/queries.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";

/** One event as an .ics file to add to any calendar app. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const event = found(await icsEvent(getDb(), idParam(params.id), viewer.id));
  return icsResponse([event], viewer.locale, `event-${event.id}.ics`);
}
