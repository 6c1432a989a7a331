import type { LoaderFunctionArgs } from "@remix-run/node";
import { emailHtmlResponse } from "~/dev/email-response.server";
import { isLocalMode } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";

/** One outbox message as the HTML the recipient would see. Local mode only. */
export async function loader({ params }: LoaderFunctionArgs) {
  const id = Number(params.id);
  if (!isLocalMode() || !Number.isInteger(id)) throw new Response(null, { status: 404 });
  const email = await getDb().selectFrom("emails").select("html").where("id", "=", id).executeTakeFirst();
  if (!email) throw new Response(null, { status: 404 });
  return emailHtmlResponse(email.html);
}
