// Asking for a sign-in link, signing in and out: invitation-only, rate-limited, silent about who is a
// member, and written in the audit log.
import { z } from "zod";
import { recordAudit } from "~/audit/audit.server";
import { now } from "~/lib/clock.server";
import { fields } from "~/lib/forms.server";
import type { DB } from "~/lib/db.server";
import { enqueue } from "~/lib/jobs.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { startEmailSignIn } from "./auth.server";
import { takeToken, type Limit } from "./rate-limit.server";
import { endSession } from "./session.server";
import type { Viewer } from "./viewer";

export const loginForm = z.object({
  email: fields.email(),
  redirectTo: z.string().optional(),
});

export const SIGN_IN_LIMITS = {
  perAddress: { max: 5, windowSeconds: 15 * 60 } satisfies Limit,
  perClient: { max: 30, windowSeconds: 15 * 60 } satisfies Limit,
};

/** A link older than a few minutes is of no use to someone waiting for it: a few quick retries only. */
const SEND_ATTEMPTS = 4;

/**
 * Every address gets the same answer in the same time: this counts the request, logs it and queues
 * the job that sends the link (sendSignInLink), the same statements whether or not the address is
 * known. Whether it belongs to someone active is looked at by the job, after the answer.
 */
export async function requestSignInLink(
  db: DB,
  input: { email: string; clientIp: string; redirectTo?: string },
): Promise<"queued" | "limited"> {
  return db.transaction().execute(async (trx) => {
    const clientOk = await takeToken(trx, `sign-in:ip:${input.clientIp}`, SIGN_IN_LIMITS.perClient);
    const addressOk = await takeToken(trx, `sign-in:email:${input.email}`, SIGN_IN_LIMITS.perAddress);
    if (!clientOk || !addressOk) return "limited";
    // The log is the secretariat's: an address asked for, known or not, is worth seeing there.
    await recordAudit(trx, {
      action: "sign_in_link_requested",
      actor: { id: null, ip: input.clientIp },
      details: { email: input.email },
    });
    await enqueue(
      trx,
      "auth.send_sign_in_link",
      { email: input.email, callbackPath: safeRedirectPath(input.redirectTo) },
      { maxAttempts: SEND_ATTEMPTS },
    );
    return "queued";
  });
}

async function activePerson(db: DB, email: string) {
  return db
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select(["people.id", "people.member_id as memberId"])
    .where("User.email", "=", email)
    .where("people.status", "=", "active")
    .executeTakeFirst();
}

/**
 * The job behind a request: only an active person's address gets a link. Auth.js creates the token
 * (stored hashed) and calls sendVerificationRequest, which sends our email (auth.server.ts).
 */
export async function sendSignInLink(db: DB, job: { email: string; callbackPath: string }): Promise<boolean> {
  if (!(await activePerson(db, job.email))) return false;
  await startEmailSignIn(job.email, job.callbackPath);
  return true;
}

/** Called once Auth.js has created the session. */
/** A sign-in, in the log; its new session notes the device and network it began on ("Where you are signed in"). */
export async function recordSignIn(
  db: DB,
  email: string,
  origin: { ip: string; userAgent: string; sessionToken: string },
): Promise<void> {
  const person = await activePerson(db, email);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("Session")
      .set({ userAgent: origin.userAgent.slice(0, 500), ipAddress: origin.ip, createdAt: now(), lastUsedAt: now() })
      .where("sessionToken", "=", origin.sessionToken)
      .execute();
    await recordAudit(trx, {
      action: "sign_in",
      actor: { id: person?.id ?? null, ip: origin.ip },
      personId: person?.id,
      memberId: person?.memberId,
    });
  });
}

/** Ends the request's session, and says so in the log when someone was signed in. */
export async function signOut(db: DB, request: Request, viewer: Viewer | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await endSession(request, trx);
    if (viewer) {
      await recordAudit(trx, { action: "sign_out", actor: viewer, personId: viewer.id, memberId: viewer.memberId });
    }
  });
}
