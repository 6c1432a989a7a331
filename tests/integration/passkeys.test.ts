// Passkeys over HTTP: a passkey holder's act of state asks for the passkey and never emails a code;
// where the network requires passkeys, a signer without one adds one first (confirmed by code); the
// secretariat's reset is audited and told; someone else's passkey is not found; a malformed or
// unknown answer is refused, never a 500. (The ceremonies themselves: tests/e2e/passkeys.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, postForm, rawRequest, sessionCookieFor, startPortal } from "../helpers/portal";
import { waitForEmails } from "../helpers/emails";
import { GHANA, JAPAN, KOREA, SECRETARIAT } from "../helpers/people";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

const db = () => portal.database.db;
const post = async (path: string, form: Record<string, string>, cookie = "") => {
  const response = await postForm(portal, path, form, { cookie });
  return {
    status: response.status,
    text: await response.text(),
    location: response.headers.get("location"),
    cookie: response.headers.getSetCookie()[0]?.split(";")[0],
  };
};

async function personId(email: string) {
  const row = await db()
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select("people.id")
    .where("User.email", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A passkey on record (its key bytes are never checked here: no ceremony reaches it). */
async function givePasskey(email: string, id: string) {
  await db()
    .insertInto("passkeys")
    .values({ id, person_id: await personId(email), name: `Key ${id}`, public_key: new Uint8Array([1, 2, 3]) })
    .execute();
}

async function codesSentTo(email: string) {
  return db()
    .selectFrom("step_up_codes")
    .innerJoin("people", "people.id", "step_up_codes.person_id")
    .select("step_up_codes.id")
    .where("people.id", "=", await personId(email))
    .execute();
}

const handover = {
  name: "Sato Kenji",
  email: "kenji.sato@mofa-japan.example.org",
  locale: "en",
  when: "acceptance",
  _confirm: "hand_over_seat",
};

describe("an act of state by a passkey holder", () => {
  it("asks for the passkey, emails no code, and takes no code instead", async () => {
    await givePasskey(JAPAN, "japan-key");
    const japan = await sessionCookieFor(portal, JAPAN);
    const asked = await post("/members/japan/handover", handover, japan);
    expect(asked.status).toBe(403);
    expect(asked.text).toContain("Confirm it is you with your passkey.");
    expect(asked.text).not.toContain("Code from the email");
    expect(await codesSentTo(JAPAN)).toEqual([]);
    const guessed = await post("/members/japan/handover", { ...handover, _stepUpCode: "123456" }, japan);
    expect(guessed.status).toBe(403);
    const started = await db().selectFrom("audit_log").select("id").where("action", "=", "handover_started").execute();
    expect(started).toEqual([]);
  });

  it("is confirmed only by one of the person's own passkeys, with a valid answer", async () => {
    const japan = await sessionCookieFor(portal, JAPAN);
    const options = await post("/step-up", { intent: "passkey_options" }, japan);
    expect(options.status).toBe(200);
    const { challenge, allowCredentials } = JSON.parse(options.text) as {
      challenge: string;
      allowCredentials: { id: string }[];
    };
    expect(challenge).toMatch(/^[\w-]{20,}$/);
    expect(allowCredentials.map((credential) => credential.id)).toEqual(["japan-key"]);
    const forged = JSON.stringify({
      id: "japan-key",
      rawId: "japan-key",
      type: "public-key",
      response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" },
      clientExtensionResults: {},
    });
    for (const response of ["{not json", forged, JSON.stringify({ id: "<script>" })]) {
      const refused = await post("/step-up", { intent: "passkey", response }, japan);
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.text)).toEqual({ fresh: false });
    }
    // Someone without a passkey has no options to ask for.
    expect((await post("/step-up", { intent: "passkey_options" }, await sessionCookieFor(portal, GHANA))).status).toBe(
      404,
    );
  });
});

describe("requiring passkeys", () => {
  it("is the secretariat's, audited; a signer without one adds one first, confirmed by an emailed code", async () => {
    const ghana = await sessionCookieFor(portal, GHANA);
    expect((await post("/admin/passkeys", { required: "on" }, ghana)).status).toBe(403);
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    expect((await post("/admin/passkeys", { required: "on" }, secretariat)).location).toBe("/admin/passkeys?saved=1");
    const set = await db()
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "passkeys_required_set")
      .execute();
    expect(set.map((entry) => entry.details)).toEqual([{ required: true }]);

    const korea = await sessionCookieFor(portal, KOREA);
    const refused = await post(
      "/members/republic-of-korea/handover",
      { ...handover, email: "min.park@mofa-korea.example.org" },
      korea,
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("Add one first, then come back.");
    expect(await codesSentTo(KOREA)).toEqual([]);

    // Adding the passkey is confirmed by code (else nobody without one could ever add one).
    const prepare = { intent: "prepare", name: "Office laptop", _confirm: "add_passkey" };
    const asked = await post("/profile/passkeys", prepare, korea);
    expect(asked.status).toBe(403);
    expect(asked.text).toContain("Code from the email");
    const [email] = await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .select("text")
          .where("recipient", "=", KOREA)
          .where("purpose", "=", "step_up_code")
          .execute(),
      (found) => found.length > 0,
    );
    const code = /\b(\d{6})\b/.exec(email!.text)![1]!;
    const prepared = await post("/profile/passkeys", { ...prepare, _stepUpCode: code }, korea);
    expect(prepared.status).toBe(200);
    expect(prepared.text).toContain("Create the passkey “Office laptop”");
    const challenges = await db().selectFrom("webauthn_challenges").select("purpose").execute();
    expect(challenges.map((challenge) => challenge.purpose)).toContain("register");

    // A made-up registration is refused next to the name, which is kept.
    const bogus = JSON.stringify({
      id: "abc",
      rawId: "abc",
      type: "public-key",
      response: {},
      clientExtensionResults: {},
    });
    // The step-up gave the session a new token: the old one is worth nothing now.
    expect(
      (await post("/profile/passkeys", { intent: "add", name: "Office laptop", response: bogus }, korea)).location,
    ).toMatch(/^\/login/);
    const rotated = prepared.cookie!;
    const added = await post("/profile/passkeys", { intent: "add", name: "Office laptop", response: bogus }, rotated);
    expect(added.status).toBe(400);
    expect(added.text).toContain("The passkey could not be added");
    expect(added.text).toContain('value="Office laptop"');
    await post("/admin/passkeys", {}, secretariat);
  });
});

describe("someone else's passkey", () => {
  it("is not found to rename or remove, and is reset by the secretariat only, audited and told", async () => {
    await givePasskey(GHANA, "ghana-key");
    const korea = await sessionCookieFor(portal, KOREA, { steppedUp: true });
    const rename = await post("/profile/passkeys", { intent: "rename", passkey: "ghana-key", name: "Mine" }, korea);
    expect(rename.status).toBe(404);
    const remove = { intent: "remove", passkey: "ghana-key", _confirm: "remove_passkey" };
    expect((await post("/profile/passkeys", remove, korea)).status).toBe(404);

    const ghanaId = await personId(GHANA);
    const reset = { intent: "reset_passkeys", returnTo: "/members/ghana", _confirm: "reset_passkeys" };
    expect((await post(`/admin/people/${ghanaId}`, reset, korea)).status).toBe(403);
    const secretariat = await sessionCookieFor(portal, SECRETARIAT, { steppedUp: true });
    const done = await post(`/admin/people/${ghanaId}`, reset, secretariat);
    expect(done.location).toBe("/members/ghana?notice=passkeysReset");
    const left = await db().selectFrom("passkeys").select("id").where("person_id", "=", ghanaId).execute();
    expect(left).toEqual([]);
    const audit = await db()
      .selectFrom("audit_log")
      .select(["actor_id", "details"])
      .where("action", "=", "passkeys_reset")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_id: await personId(SECRETARIAT), details: { passkeys: 1 } });
    const [told] = await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .select("text")
          .where("recipient", "=", GHANA)
          .where("purpose", "=", "notification_security")
          .execute(),
      (found) => found.length > 0,
    );
    expect(told!.text).toContain("The secretariat removed your passkeys");
  });
});

describe("signing in with a passkey", () => {
  it("hands out a challenge to sign, and refuses an unknown or malformed answer without a session", async () => {
    const options = await post("/login/passkey", { intent: "options" });
    expect(options.status).toBe(200);
    expect(JSON.parse(options.text)).toMatchObject({ rpId: "localhost", userVerification: "preferred" });
    const unknown = JSON.stringify({
      id: "nobody",
      rawId: "nobody",
      type: "public-key",
      response: { clientDataJSON: "e30", authenticatorData: "AA", signature: "AA" },
      clientExtensionResults: {},
    });
    for (const response of [unknown, "[]", "x".repeat(40_000)]) {
      const refused = await postForm(portal, "/login/passkey", { intent: "verify", response });
      expect(refused.status).toBe(401);
      expect(refused.headers.getSetCookie()).toEqual([]);
    }
    expect((await post("/login/passkey", { intent: "other" })).status).toBe(400);
    expect((await rawRequest(portal, "GET", "/login/passkey")).status).toBe(404);
  });
});
