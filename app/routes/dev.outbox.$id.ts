import type { LoaderFunctionArgs } from "@remix-run/node";
import { emailHtmlResponse } from "~/dev/email-response.server";
import { isLocalMode } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";

/** One outbox message as the HTML the recipient would see. Local mode only. */
export async function loader({ params }: LoaderFunctionArgs) {
  if (!isLocalMode()) throw new Response(null, { status: 404 });
  const id = idParam(params.id);
  const email = await getDb().selectFrom("emails").select("html").where("id", "=", id).executeTakeFirst();
  if (!email) throw new Response(null, { status: 404 });
  return emailHtmlResponse(email.html);
}
