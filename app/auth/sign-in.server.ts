// Asking for a sign-in link: invitation-only, rate-limited, and silent about who is a member.
import { z } from "zod";
import { recordAudit } from "~/audit/audit.server";
import { fields } from "~/lib/forms.server";
import { getDb } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { startEmailSignIn } from "./auth.server";
import { takeToken, type Limit } from "./rate-limit.server";

export const loginForm = z.object({
  email: fields.email(),
  redirectTo: z.string().optional(),
});

export const SIGN_IN_LIMITS = {
  perAddress: { max: 5, windowSeconds: 15 * 60 } satisfies Limit,
  perClient: { max: 30, windowSeconds: 15 * 60 } satisfies Limit,
};

async function isActiveMember(email: string): Promise<boolean> {
  const row = await getDb()
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select("people.id")
    .where("User.email", "=", email)
    .where("people.status", "=", "active")
    .executeTakeFirst();
  return Boolean(row);
}

/**
 * Every address gets the same answer in the same time: the membership check and the email happen
 * after the response, so neither the page nor its timing says whether the address is known.
 */
export async function requestSignInLink(input: {
  email: string;
  clientIp: string;
  redirectTo?: string;
}): Promise<"sent" | "limited"> {
  const db = getDb();
  const [clientOk, addressOk] = await Promise.all([
    takeToken(db, `sign-in:ip:${input.clientIp}`, SIGN_IN_LIMITS.perClient),
    takeToken(db, `sign-in:email:${input.email}`, SIGN_IN_LIMITS.perAddress),
  ]);
  if (!clientOk || !addressOk) return "limited";

  const callbackUrl = safeRedirectPath(input.redirectTo);
  void (async () => {
    if (await isActiveMember(input.email)) await startEmailSignIn(input.email, callbackUrl);
  })().catch((error) => console.error("Could not send a sign-in link:", error));
  return "sent";
}

/** Called once Auth.js has created the session. */
export async function recordSignIn(email: string, clientIp: string): Promise<void> {
  const db = getDb();
  const person = await db
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select(["people.id", "people.member_id"])
    .where("User.email", "=", email)
    .executeTakeFirst();
  await recordAudit(db, {
    action: "sign_in",
    actor: { id: person?.id ?? null, ip: clientIp },
    personId: person?.id,
    memberId: person?.member_id,
  });
}
