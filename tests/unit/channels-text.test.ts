// Mentions of members in a post, and the Svix signature of Resend's webhooks.
import { describe, expect, it } from "vitest";
import { findMentions } from "~/discussions/mentions";
import { signWebhook, verifyWebhook } from "~/lib/webhook-signature.server";

const members = [
  { id: 1, slug: "ghana", name: "Ghana", nameFr: "Ghana", nameEs: "Ghana" },
  { id: 2, slug: "niger", name: "Niger", nameFr: "Niger", nameEs: "Níger" },
  { id: 3, slug: "nigeria", name: "Nigeria", nameFr: "Nigéria", nameEs: "Nigeria" },
  {
    id: 4,
    slug: "republic-of-korea",
    name: "Republic of Korea",
    nameFr: "République de Corée",
    nameEs: "República de Corea",
  },
  { id: 5, slug: "cote-divoire", name: "Côte d'Ivoire", nameFr: "Côte d'Ivoire", nameEs: "Côte d'Ivoire" },
];

describe("mentions", () => {
  const cases: [string, number[]][] = [
    ["@Ghana, what do you think?", [1]],
    ["Thanks @ghana and @République de Corée.", [1, 4]],
    ["@republic-of-korea", [4]],
    ["@Nigeria only", [3]],
    ["@Níger y @Nigeria", [2, 3]],
    ["@Côte d'Ivoire.", [5]],
    ["Ghana without the sign", []],
    ["email@ghanaian.example.org", []],
  ];
  it.each(cases)("%s mentions %j", (text, expected) => {
    expect(findMentions(text, members).sort()).toEqual(expected);
  });
});

describe("the webhook signature", () => {
  const secret = `whsec_${Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").toString("base64")}`;
  const at = new Date("2027-05-01T10:00:00Z");
  const timestamp = at.getTime() / 1000;
  const body = '{"type":"email.bounced"}';
  const signed = (overrides: Partial<{ id: string; timestamp: string; signature: string }> = {}) => ({
    id: "msg_1",
    timestamp: String(timestamp),
    signature: `v1,${signWebhook(secret, "msg_1", timestamp, body)}`,
    ...overrides,
  });

  it("matches Svix's documented example", () => {
    // From Svix's "Verifying webhooks manually" documentation.
    expect(
      signWebhook(
        "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "msg_p5jXN8AQM9LWM0D4loKWxJek",
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });
  it("accepts a good signature, among others", () => {
    expect(verifyWebhook(secret, signed(), body, at)).toBe(true);
    expect(verifyWebhook(secret, signed({ signature: `v1,bm9wZQ== ${signed().signature}` }), body, at)).toBe(true);
  });
  it("refuses a changed body, a wrong secret, missing headers, no secret and a stale timestamp", () => {
    expect(verifyWebhook(secret, signed(), `${body} `, at)).toBe(false);
    expect(verifyWebhook(`whsec_${Buffer.from("other").toString("base64")}`, signed(), body, at)).toBe(false);
    expect(verifyWebhook(secret, signed({ signature: "" }), body, at)).toBe(false);
    expect(verifyWebhook(secret, { ...signed(), id: null }, body, at)).toBe(false);
    expect(verifyWebhook(undefined, signed(), body, at)).toBe(false);
    expect(verifyWebhook(secret, signed(), body, new Date(at.getTime() + 6 * 60_000))).toBe(false);
    expect(verifyWebhook(secret, signed({ signature: signed().signature.replace("v1,", "v2,") }), body, at)).toBe(
      false,
    );
  });
});
