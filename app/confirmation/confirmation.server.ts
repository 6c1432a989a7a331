// One way for a route to ask for confirmation before an irreversible or network-wide act, and for a
// fresh step-up before an act of state, after the form is parsed:
// `await confirmAct(request, context, formData, "cancel_event", mayAct)`. The act's own rule (`mayAct`)
// goes first, so someone who may not act gets 403 or 404 as before, never the screen (nor a code).
// Without confirmation it throws the confirmation screen (rendered by the root's error boundary, the
// posted fields carried along): 409 to confirm, 403 while a step-up is missing.
import type { AppLoadContext } from "@remix-run/node";
import { data } from "@remix-run/node";
import { currentSession, requireUser, sessionCookie } from "~/auth/session.server";
import { rootData } from "~/components/root-data.server";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { requestStepUpCode, verifyStepUpCode, type CodeCheck, type CodeRequest } from "./commands.server";
import { stepUpMethodFor } from "~/passkeys/commands.server";
import { CODE_FIELD, CONFIRM_FIELD, needsStepUp, type Act } from "./policy";
import type { ConfirmationScreen } from "./screen";

/** Whether the session may do the act now: confirmed, and stepped up when the act needs it. */
export async function confirmAct(
  request: Request,
  context: AppLoadContext,
  formData: FormData,
  /** Undefined for a form of the route that needs no confirmation (e.g. one intent among several). */
  act: Act | undefined,
  /** Throws the act's own refusal (403, 404, a workflow refusal); a read, without locks. Omitted
   * only by a route that has checked the rule already. */
  mayAct?: () => Promise<unknown>,
) {
  if (!act) return;
  await mayAct?.();
  const viewer = await requireUser(request, context);
  const session = await currentSession(request, context);
  const confirmed = formData.get(CONFIRM_FIELD) === act;
  if (!session || !needsStepUp(act, session.steppedUpAt, now())) {
    if (confirmed) return;
    throw await screen(request, context, formData, act, null);
  }
  const db = getDb();
  // A passkey holder confirms with it (through /step-up, then sends the form again); no code is sent.
  const method = await stepUpMethodFor(db, viewer, act === "add_passkey");
  if (method !== "email_code") throw await screen(request, context, formData, act, method);
  const typed = String(formData.get(CODE_FIELD) ?? "").trim();
  let outcome: CodeCheck | CodeRequest = "sent";
  if (confirmed && typed) {
    const result = await verifyStepUpCode(db, viewer, session.id, typed);
    if (result.check === "confirmed") {
      context.setCookies.push(sessionCookie(result.session.token, result.session.expires));
      return;
    }
    outcome = result.check;
  }
  // No code yet, or the last one expired: one is emailed (within the rate limit).
  if (outcome !== "wrong") {
    const sent = await requestStepUpCode(db, viewer, session.id);
    outcome = sent === "limited" ? "limited" : outcome === "expired" ? "expired" : "sent";
  }
  throw await screen(request, context, formData, act, outcome);
}

/**
 * What the step-up part of a dialog needs: nothing when the session is fresh; else the person's
 * passkey, a passkey to add first, or a code on its way.
 */
export async function beginStepUp(request: Request, context: AppLoadContext, registering: boolean) {
  const viewer = await requireUser(request, context);
  const session = await currentSession(request, context);
  if (!session || !needsStepUp("sign_statement", session.steppedUpAt, now())) return { fresh: true as const };
  const method = await stepUpMethodFor(getDb(), viewer, registering);
  if (method !== "email_code") return { fresh: false as const, method };
  return { fresh: false as const, outcome: await requestStepUpCode(getDb(), viewer, session.id) };
}

async function screen(
  request: Request,
  context: AppLoadContext,
  formData: FormData,
  act: Act,
  stepUp: ConfirmationScreen["stepUp"],
) {
  const url = new URL(request.url);
  const fields: [string, string][] = [];
  for (const [name, value] of formData) {
    if (typeof value === "string" && name !== CONFIRM_FIELD && name !== CODE_FIELD) fields.push([name, value]);
  }
  const confirmation: ConfirmationScreen = {
    act,
    action: url.pathname + url.search,
    cancel: safeRedirectPath(formData.get("returnTo"), url.pathname),
    fields,
    stepUp,
  };
  // The page's shell too, as the root loader does not run for an answer its error boundary shows.
  return data({ confirmation, root: await rootData(request, context) }, { status: stepUp === null ? 409 : 403 });
}
