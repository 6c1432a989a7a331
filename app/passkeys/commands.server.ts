// Passkeys: adding, renaming and removing one's own, the secretariat's reset and requirement, and the two
// uses of a passkey: signing in, and stepping up before an act of state. One transaction each, with its
// audit entry; a new or reset passkey is told to its person by email (a security notice, queued).
import { randomUUID } from "node:crypto";
import { ensure, found, notFound } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { recordAudit } from "~/audit/audit.server";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import type { NoticeDetail } from "~/notifications/describe";
import { notify } from "~/notifications/delivery.server";
import { rotateSession, type RotatedSession } from "~/sessions/commands.server";
import { idleEnd } from "~/sessions/policy";
import { can, canSign, stepUpMethod } from "./policy";
import { passkeysOf, passkeysRequired } from "./queries.server";
import {
  authenticationOptions,
  checkAuthentication,
  checkRegistration,
  registrationOptions,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from "./webauthn.server";

/** The browser's options for a new passkey; the person's own are excluded (one per authenticator). */
export async function startRegistration(db: DB, viewer: Viewer, sessionId: string) {
  ensure(can(viewer, "register"));
  return registrationOptions(db, viewer, sessionId, await passkeysOf(db, viewer.id));
}

export type AddOutcome = { ok: true } | { ok: false; error: "refused" };

export async function addPasskey(
  db: DB,
  viewer: Viewer,
  sessionId: string,
  input: { name: string; response: RegistrationResponseJSON },
): Promise<AddOutcome> {
  ensure(can(viewer, "register"));
  return db.transaction().execute(async (trx) => {
    const registration = await checkRegistration(trx, sessionId, input.response);
    if (!registration) return { ok: false, error: "refused" } as const;
    const { credential } = registration;
    const added = await trx
      .insertInto("passkeys")
      .values({
        id: credential.id,
        person_id: viewer.id,
        name: input.name,
        public_key: credential.publicKey,
        counter: credential.counter,
        transports: credential.transports ?? [],
        backed_up: registration.credentialBackedUp,
      })
      .onConflict((conflict) => conflict.column("id").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!added) return { ok: false, error: "refused" } as const;
    await recordAudit(trx, {
      action: "passkey_added",
      actor: viewer,
      personId: viewer.id,
      memberId: viewer.memberId,
      details: { name: input.name },
    });
    await tell(trx, viewer.id, "security_passkey_added", input.name);
    return { ok: true } as const;
  });
}

async function ownPasskey(trx: DB, viewer: Viewer, id: string, action: "rename" | "remove") {
  const passkey = await trx
    .selectFrom("passkeys")
    .select(["id", "name", "person_id as personId"])
    .where("id", "=", id)
    .forNoKeyUpdate()
    .executeTakeFirst();
  // Someone else's passkey is not there for this person.
  if (!passkey || !can(viewer, action, passkey)) throw notFound();
  return passkey;
}

export async function renamePasskey(db: DB, viewer: Viewer, id: string, name: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const passkey = await ownPasskey(trx, viewer, id, "rename");
    await trx.updateTable("passkeys").set({ name }).where("id", "=", passkey.id).execute();
    await recordAudit(trx, {
      action: "passkey_renamed",
      actor: viewer,
      personId: viewer.id,
      memberId: viewer.memberId,
      details: { from: passkey.name, to: name },
    });
  });
}

export async function removePasskey(db: DB, viewer: Viewer, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const passkey = await ownPasskey(trx, viewer, id, "remove");
    await trx.deleteFrom("passkeys").where("id", "=", passkey.id).execute();
    await recordAudit(trx, {
      action: "passkey_removed",
      actor: viewer,
      personId: viewer.id,
      memberId: viewer.memberId,
      details: { name: passkey.name },
    });
  });
}

/** The reset's own rule, read before its confirmation screen: someone unknown is not found. */
export async function ensureMayReset(db: DB, viewer: Viewer, personId: number): Promise<void> {
  found(await db.selectFrom("people").select("id").where("id", "=", personId).executeTakeFirst());
  ensure(can(viewer, "reset", { personId }));
}

/** A lost passkey: the secretariat removes all of a person's, who is told and signs in by email again. */
export async function resetPasskeys(db: DB, viewer: Viewer, personId: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const person = await trx
      .selectFrom("people")
      .select(["id", "member_id"])
      .where("id", "=", personId)
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!person) throw notFound();
    ensure(can(viewer, "reset", { personId }));
    const removed = await trx.deleteFrom("passkeys").where("person_id", "=", personId).returning("id").execute();
    await recordAudit(trx, {
      action: "passkeys_reset",
      actor: viewer,
      personId,
      memberId: person.member_id,
      details: { passkeys: removed.length },
    });
    await tell(trx, personId, "security_passkeys_reset", "");
    return removed.length;
  });
}

export async function setPasskeysRequired(db: DB, viewer: Viewer, required: boolean): Promise<void> {
  ensure(can(viewer, "require"));
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("network_settings").set({ require_passkeys: required, updated_by: viewer.id }).execute();
    await recordAudit(trx, { action: "passkeys_required_set", actor: viewer, details: { required } });
  });
}

async function tell(trx: DB, personId: number, detail: NoticeDetail, name: string) {
  await notify(trx, {
    kind: "security",
    recipients: [personId],
    params: { detail, name },
    link: "/profile/passkeys",
    occurrence: `passkeys:${personId}:${randomUUID()}`,
  });
}

/** How this person confirms acts of state now (see stepUpMethod); `registering` for adding a passkey. */
export async function stepUpMethodFor(db: DB, viewer: Viewer, registering = false) {
  const [passkeys, required] = await Promise.all([passkeysOf(db, viewer.id), passkeysRequired(db)]);
  return stepUpMethod({
    hasPasskey: passkeys.length > 0,
    required,
    canSign: canSign(viewer),
    registering,
  });
}

export async function stepUpOptions(db: DB, viewer: Viewer, sessionId: string) {
  const passkeys = await passkeysOf(db, viewer.id);
  if (!passkeys.length) throw notFound();
  return authenticationOptions(db, "step_up", { personId: viewer.id, sessionId }, passkeys);
}

export const signInOptions = (db: DB) => authenticationOptions(db, "sign_in", {});

async function usePasskey(
  trx: DB,
  purpose: "sign_in" | "step_up",
  binding: { sessionId?: string; personId?: number },
  response: AuthenticationResponseJSON,
) {
  let query = trx
    .selectFrom("passkeys as k")
    .innerJoin("people as p", "p.id", "k.person_id")
    .select(["k.id", "k.public_key", "k.counter", "k.transports", "p.id as personId", "p.user_id as userId"])
    .select("p.member_id as memberId")
    .where("k.id", "=", response.id)
    .where("p.status", "=", "active");
  if (binding.personId) query = query.where("p.id", "=", binding.personId);
  // A removed passkey, or one of someone else's, is simply not found: refused like a bad signature.
  const passkey = await query.forNoKeyUpdate().executeTakeFirst();
  if (!passkey) return null;
  const counter = await checkAuthentication(trx, purpose, binding, response, passkey);
  if (counter === null) return null;
  await trx.updateTable("passkeys").set({ counter, last_used_at: now() }).where("id", "=", passkey.id).execute();
  return passkey;
}

/** A signed-in session for the passkey's person, confirmed too (a passkey is what a step-up asks for). */
export async function signInWithPasskey(
  db: DB,
  response: AuthenticationResponseJSON,
  origin: { ip: string; userAgent: string },
): Promise<RotatedSession | null> {
  return db.transaction().execute(async (trx) => {
    const passkey = await usePasskey(trx, "sign_in", {}, response);
    if (!passkey) return null;
    const moment = now();
    const session = { token: randomUUID(), expires: idleEnd(moment) };
    const { id } = await trx
      .insertInto("Session")
      .values({
        userId: passkey.userId,
        sessionToken: session.token,
        expires: session.expires,
        steppedUpAt: moment,
        createdAt: moment,
        lastUsedAt: moment,
        userAgent: origin.userAgent.slice(0, 500),
        ipAddress: origin.ip,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: "sign_in",
      actor: { id: passkey.personId, ip: origin.ip },
      personId: passkey.personId,
      memberId: passkey.memberId,
      details: { method: "passkey", session: id },
    });
    return session;
  });
}

/** The session confirmed by one of the person's own passkeys, and given a new token (as at any step-up). */
export async function stepUpWithPasskey(
  db: DB,
  viewer: Viewer,
  sessionId: string,
  response: AuthenticationResponseJSON,
): Promise<RotatedSession | null> {
  return db.transaction().execute(async (trx) => {
    const passkey = await usePasskey(trx, "step_up", { sessionId, personId: viewer.id }, response);
    if (!passkey) return null;
    await trx.updateTable("Session").set({ steppedUpAt: now() }).where("id", "=", sessionId).execute();
    const session = await rotateSession(trx, sessionId);
    await recordAudit(trx, {
      action: "step_up",
      actor: viewer,
      personId: viewer.id,
      memberId: viewer.memberId,
      details: { method: "passkey", session: sessionId },
    });
    return session;
  });
}
