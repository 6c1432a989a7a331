import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { deactivatePerson, resendInvitation, revokeInvitation } from "~/members/commands.server";
import { personAction } from "~/members/forms.server";

const COMMANDS = { resend: resendInvitation, revoke: revokeInvitation, deactivate: deactivatePerson };
const NOTICE = { resend: "resent", revoke: "revoked", deactivate: "deactivated" } as const;

/** Secretariat actions on one person (each command enforces who may); back to where the button was. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const personId = idParam(params.id);
  const parsed = personAction.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  await COMMANDS[parsed.data.intent](getDb(), viewer, personId);
  return redirect(`${safeRedirectPath(parsed.data.returnTo, "/admin")}?notice=${NOTICE[parsed.data.intent]}`);
}

export function loader() {
  throw new Response(null, { status: 404 });
}
