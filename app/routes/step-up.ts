import type { ActionFunctionArgs } from "@remix-run/node";
import { currentSession, requireUser, sessionCookie } from "~/auth/session.server";
import { beginStepUp } from "~/confirmation/confirmation.server";
import { getDb } from "~/lib/db.server";
import { stepUpOptions, stepUpWithPasskey } from "~/passkeys/commands.server";
import { passkeyAnswer, stepUpIntent } from "~/passkeys/forms.server";

/**
 * The confirmation dialog asks here whether the session needs a step-up (if so by code, which is
 * emailed now, or by passkey); a passkey's options and its signed answer come here too.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = Object.fromEntries(await request.formData());
  const intent = stepUpIntent.safeParse({ intent: "begin", ...form });
  if (!intent.success) throw new Response(null, { status: 400 });
  if (intent.data.intent === "begin") return beginStepUp(request, context, intent.data.act === "add_passkey");
  const viewer = await requireUser(request, context);
  const session = await currentSession(request, context);
  if (!session) throw new Response(null, { status: 403 });
  if (intent.data.intent === "passkey_options") return Response.json(await stepUpOptions(getDb(), viewer, session.id));
  const response = passkeyAnswer(form.response);
  const rotated = response && (await stepUpWithPasskey(getDb(), viewer, session.id, response));
  if (!rotated) return Response.json({ fresh: false }, { status: 403 });
  context.setCookies.push(sessionCookie(rotated.token, rotated.expires));
  return Response.json({ fresh: true });
}

export function loader() {
  throw new Response(null, { status: 404 });
}
