// Following a notification marks it read and goes to the thing itself.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { openNotification } from "~/notifications/centre.server";

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const link = await openNotification(getDb(), person.id, idParam(params.id));
  // Someone else's notification is answered as if it did not exist.
  if (!link) throw new Response(null, { status: 404 });
  throw redirect(safeRedirectPath(link, "/notifications"));
}
