// The WebAuthn ceremonies, through SimpleWebAuthn (no CBOR or signature code of our own): options for
// the browser, each with a single-use challenge stored here, and the checks of what comes back. The
// relying party is the portal's own address: its host name and origin, from APP_URL.
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { now } from "~/lib/clock.server";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { CHALLENGE_MINUTES } from "./policy";

type Purpose = "register" | "sign_in" | "step_up";

interface Binding {
  personId?: number;
  sessionId?: string;
}

function relyingParty() {
  const url = new URL(getConfig().APP_URL);
  return { rpID: url.hostname, origin: url.origin };
}

async function storeChallenge(db: DB, purpose: Purpose, challenge: string, binding: Binding) {
  const moment = now();
  await db
    .insertInto("webauthn_challenges")
    .values({
      challenge,
      purpose,
      person_id: binding.personId ?? null,
      session_id: binding.sessionId ?? null,
      expires_at: new Date(moment.getTime() + CHALLENGE_MINUTES * 60_000),
    })
    .execute();
}

/**
 * The check SimpleWebAuthn asks about the challenge the browser signed: one we issued for this
 * purpose (and session), unused and unexpired; it is spent by being checked.
 */
function spendChallenge(db: DB, purpose: Purpose, binding: Binding) {
  return async (challenge: string) => {
    let query = db
      .updateTable("webauthn_challenges")
      .set({ used_at: now() })
      .where("challenge", "=", challenge)
      .where("purpose", "=", purpose)
      .where("used_at", "is", null)
      .where("expires_at", ">", now());
    if (binding.sessionId) query = query.where("session_id", "=", binding.sessionId);
    const spent = await query.returning("id").executeTakeFirst();
    return spent !== undefined;
  };
}

export interface StoredPasskey {
  id: string;
  public_key: Uint8Array;
  counter: string;
  transports: string[];
}

export async function registrationOptions(
  db: DB,
  person: { id: number; userId: string; name: string; email: string },
  sessionId: string,
  existing: Pick<StoredPasskey, "id" | "transports">[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const { rpID } = relyingParty();
  const options = await generateRegistrationOptions({
    rpName: "Global Network of R2P Focal Points",
    rpID,
    userName: person.email,
    userDisplayName: person.name,
    userID: new TextEncoder().encode(person.userId),
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({ id: passkey.id, transports: passkey.transports })),
    // Discoverable, so that "Use a passkey" signs in without an email address typed first.
    authenticatorSelection: { residentKey: "required", userVerification: "preferred" },
  });
  await storeChallenge(db, "register", options.challenge, { personId: person.id, sessionId });
  return options;
}

/** The new credential, or null when the browser's answer does not hold up. */
export async function checkRegistration(db: DB, sessionId: string, response: RegistrationResponseJSON) {
  const { rpID, origin } = relyingParty();
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: spendChallenge(db, "register", { sessionId }),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: false,
    });
    return result.verified ? result.registrationInfo : null;
  } catch {
    return null;
  }
}

/** For sign-in, any of the person's passkeys (none listed: the browser offers its own); for step-up, theirs. */
export async function authenticationOptions(
  db: DB,
  purpose: "sign_in" | "step_up",
  binding: Binding,
  allowed: Pick<StoredPasskey, "id" | "transports">[] = [],
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().rpID,
    userVerification: "preferred",
    allowCredentials: allowed.map((passkey) => ({ id: passkey.id, transports: passkey.transports })),
  });
  await storeChallenge(db, purpose, options.challenge, binding);
  return options;
}

/**
 * The signature checked against the stored public key, with its counter: a counter that did not move
 * on (a cloned authenticator) is refused. The new counter, or null when refused.
 */
export async function checkAuthentication(
  db: DB,
  purpose: "sign_in" | "step_up",
  binding: Binding,
  response: AuthenticationResponseJSON,
  passkey: StoredPasskey,
): Promise<number | null> {
  const { rpID, origin } = relyingParty();
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: spendChallenge(db, purpose, binding),
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(passkey.public_key),
        counter: Number(passkey.counter),
        transports: passkey.transports,
      },
      requireUserVerification: false,
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}

export type { AuthenticationResponseJSON, RegistrationResponseJSON };
