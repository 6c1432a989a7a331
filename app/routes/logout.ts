import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { recordAudit } from "~/audit/audit.server";
import { clearSessionCookie, endSession, getViewer } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await getViewer(request, context);
  await endSession(request);
  if (person) {
    await recordAudit(getDb(), { action: "sign_out", actor: person, personId: person.id });
  }
  return redirect("/login?signedOut=1", { headers: { "Set-Cookie": clearSessionCookie() } });
}

export function loader(_: LoaderFunctionArgs) {
  return redirect("/");
}
