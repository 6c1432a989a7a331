import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { requireSecretariat } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { personAction } from "~/members/forms.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { deactivatePerson, getPerson, resendInvitation, revokeInvitation } from "~/members/people.server";

const NOTICE = { resend: "resent", revoke: "revoked", deactivate: "deactivated" } as const;

/** Secretariat actions on one person; back to where the button was, with a confirmation. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const actor = await requireSecretariat(request, context);
  const parsed = personAction.safeParse(Object.fromEntries(await request.formData()));
  const personId = idParam(params.id);
  if (!parsed.success) throw new Response(null, { status: 400 });
  const db = getDb();
  const person = await getPerson(db, personId);
  if (!person) throw new Response(null, { status: 404 });
  const by = { id: actor.id, name: actor.name, ip: context.clientIp };
  const done =
    parsed.data.intent === "resend"
      ? await resendInvitation(db, personId, by)
      : parsed.data.intent === "revoke"
        ? await revokeInvitation(db, personId, by)
        : await deactivatePerson(db, personId, by);
  if (!done) throw new Response(null, { status: 409 });
  return redirect(`${safeRedirectPath(parsed.data.returnTo, "/admin")}?notice=${NOTICE[parsed.data.intent]}`);
}

export function loader() {
  throw new Response(null, { status: 404 });
}
