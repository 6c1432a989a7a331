import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireUser } from "~/auth/session.server";
import { confirmAct } from "~/confirmation/confirmation.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { deactivatePerson, ensureMayDeactivate, resendInvitation, revokeInvitation } from "~/members/commands.server";
import { personAction } from "~/members/forms.server";
import { ensureMayReset, resetPasskeys } from "~/passkeys/commands.server";

const COMMANDS = {
  resend: resendInvitation,
  revoke: revokeInvitation,
  deactivate: deactivatePerson,
  reset_passkeys: resetPasskeys,
};
const NOTICE = {
  resend: "resent",
  revoke: "revoked",
  deactivate: "deactivated",
  reset_passkeys: "passkeysReset",
} as const;

/** Secretariat actions on one person (each command enforces who may); back to where the button was. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const personId = idParam(params.id);
  const formData = await request.formData();
  const parsed = personAction.safeParse(Object.fromEntries(formData));
  if (!parsed.success) throw new Response(null, { status: 400 });
  const { intent } = parsed.data;
  if (intent === "deactivate") {
    await confirmAct(request, context, formData, "deactivate_person", () =>
      ensureMayDeactivate(getDb(), viewer, personId),
    );
  } else if (intent === "reset_passkeys") {
    await confirmAct(request, context, formData, "reset_passkeys", () => ensureMayReset(getDb(), viewer, personId));
  }
  await COMMANDS[intent](getDb(), viewer, personId);
  return redirect(`${safeRedirectPath(parsed.data.returnTo, "/admin")}?notice=${NOTICE[intent]}`);
}

export function loader() {
  throw new Response(null, { status: 404 });
}

/** Nothing of its own to show: a page route (not a resource route) so that the confirmation screen renders. */
export default function PersonActions() {
  return null;
}
