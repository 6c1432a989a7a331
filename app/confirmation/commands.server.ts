// Step-up by emailed code: asking for a code records it and queues the job that mints and emails
// it (so the code is never stored in clear, not even in the queue); typing it confirms the session.
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { createElement } from "react";
import { sql } from "kysely";
import StepUpCodeEmail from "../../emails/step-up-code";
import { renderEmail } from "../../emails/render";
import { recordAudit } from "~/audit/audit.server";
import { takeToken } from "~/auth/rate-limit.server";
import type { Viewer } from "~/auth/viewer";
import { isLocale } from "~/i18n/config";
import { now } from "~/lib/clock.server";
import { getConfig } from "~/lib/config.server";
import { getDb, type DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { enqueue } from "~/lib/jobs.server";
import { sendEmail } from "~/lib/mailer.server";
import { STEP_UP_MINUTES } from "./policy";
import { rotateSession, type RotatedSession } from "~/sessions/commands.server";

export const SEND_CODE_TASK = "confirmation.send_step_up_code";

/** Codes a person may ask for in ten minutes, and wrong tries one code takes before it stops working. */
export const CODE_LIMIT = { max: 5, windowSeconds: 600 };
export const MAX_ATTEMPTS = 5;
/** A second ask within this many seconds (a reload, the page after the dialog) reuses the code on its way. */
const REUSE_SECONDS = 60;

export type CodeRequest = "sent" | "limited";
export type CodeCheck = "confirmed" | "wrong" | "expired";

const hashCode = (id: number, code: string) =>
  createHash("sha256")
    .update(`${id}:${code}:${getConfig().AUTH_SECRET ?? ""}`)
    .digest("hex");

/** Records a code for the person's session and queues its email, within the rate limit. */
export async function requestStepUpCode(db: DB, viewer: Viewer, sessionId: string): Promise<CodeRequest> {
  return db.transaction().execute(async (trx) => {
    const moment = now();
    const recent = await trx
      .selectFrom("step_up_codes")
      .select("id")
      .where("session_id", "=", sessionId)
      .where("used_at", "is", null)
      .where("attempts", "<", MAX_ATTEMPTS)
      .where("created_at", ">", new Date(moment.getTime() - REUSE_SECONDS * 1000))
      .executeTakeFirst();
    if (recent) return "sent";
    if (!(await takeToken(trx, `step-up:${viewer.id}`, CODE_LIMIT, moment))) return "limited";
    const { id } = await trx
      .insertInto("step_up_codes")
      .values({
        person_id: viewer.id,
        session_id: sessionId,
        created_at: moment,
        expires_at: new Date(moment.getTime() + STEP_UP_MINUTES * 60_000),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await enqueue(trx, SEND_CODE_TASK, { codeId: id });
    return "sent";
  });
}

/**
 * The job: mints the code, stores its hash and sends it in one transaction, so a failed send leaves
 * no working code behind and the retry mints a new one. Nothing for a code used, expired or sent.
 */
export async function sendStepUpCode(codeId: number, db: DB = getDb()): Promise<boolean> {
  const person = await db
    .selectFrom("step_up_codes as c")
    .innerJoin("people as p", "p.id", "c.person_id")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select(["p.id", "p.name", "p.locale", "u.email"])
    .where("c.id", "=", codeId)
    .executeTakeFirst();
  if (!person) return false;
  const locale = isLocale(person.locale) ? person.locale : "en";
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const t = await emailTranslator(locale);
  const { html, text } = await renderEmail(
    createElement(StepUpCodeEmail, {
      frame: emailFrame(t, locale, { title: t("stepUpCode.subject"), preview: t("stepUpCode.preview") }),
      greeting: t("stepUpCode.greeting", { name: person.name }),
      body: t("stepUpCode.body"),
      code,
      ignore: t("stepUpCode.ignore"),
    }),
  );
  return db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom("step_up_codes")
      .select("id")
      .where("id", "=", codeId)
      .where("code_hash", "is", null)
      .where("used_at", "is", null)
      .where("expires_at", ">", now())
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!pending) return false;
    const key = `step-up:${codeId}`;
    const claimed = await trx
      .insertInto("deliveries")
      .values({ key, purpose: "step_up_code", person_id: person.id })
      .onConflict((oc) => oc.column("key").doNothing())
      .returning("key")
      .executeTakeFirst();
    if (!claimed) return false;
    const codeHash = hashCode(codeId, code);
    await trx.updateTable("step_up_codes").set({ code_hash: codeHash }).where("id", "=", codeId).execute();
    const message = { to: person.email, subject: t("stepUpCode.subject"), html, text };
    await sendEmail(
      { ...message, purpose: "step_up_code", idempotencyKey: `${key}:${codeHash.slice(0, 16)}`, secret: code },
      trx,
    );
    return true;
  });
}

/**
 * Checks a typed code against the session's latest one; right, it confirms the session (audited) and
 * gives it a new token, which the browser must be sent: a token copied before the step-up is worth nothing.
 */
export async function verifyStepUpCode(
  db: DB,
  viewer: Viewer,
  sessionId: string,
  typed: string,
): Promise<{ check: "confirmed"; session: RotatedSession } | { check: Exclude<CodeCheck, "confirmed"> }> {
  return db.transaction().execute(async (trx) => {
    const moment = now();
    const code = await trx
      .selectFrom("step_up_codes")
      .select(["id", "code_hash", "attempts"])
      .where("session_id", "=", sessionId)
      .where("person_id", "=", viewer.id)
      .where("used_at", "is", null)
      .where("code_hash", "is not", null)
      .where("expires_at", ">", moment)
      .orderBy("created_at", "desc")
      .limit(1)
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!code?.code_hash || code.attempts >= MAX_ATTEMPTS) return { check: "expired" };
    const right =
      /^\d{6}$/.test(typed) && timingSafeEqual(Buffer.from(hashCode(code.id, typed)), Buffer.from(code.code_hash));
    if (!right) {
      await trx
        .updateTable("step_up_codes")
        .set({ attempts: sql`attempts + 1` })
        .where("id", "=", code.id)
        .execute();
      return { check: "wrong" };
    }
    await trx.updateTable("step_up_codes").set({ used_at: moment }).where("id", "=", code.id).execute();
    await trx.updateTable("Session").set({ steppedUpAt: moment }).where("id", "=", sessionId).execute();
    const session = await rotateSession(trx, sessionId);
    await recordAudit(trx, {
      action: "step_up",
      actor: viewer,
      personId: viewer.id,
      memberId: viewer.memberId,
      details: { method: "email_code", session: sessionId },
    });
    return { check: "confirmed", session };
  });
}
