// Svix's webhook signature (what Resend signs its webhooks with), checked here with node:crypto so
// no call leaves the portal: HMAC-SHA256, keyed with the base64 secret after "whsec_", of
// "<svix-id>.<svix-timestamp>.<raw body>", base64-encoded; the svix-signature header lists one or
// more "v1,<signature>" separated by spaces. A timestamp more than five minutes off is refused, so a
// captured call cannot be replayed later (and the id makes a repeat within that time a no-op).
import { createHmac, timingSafeEqual } from "node:crypto";

export const TOLERANCE_SECONDS = 5 * 60;

export interface SignedHeaders {
  id: string | null;
  timestamp: string | null;
  signature: string | null;
}

export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  return createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest("base64");
}

/** Whether the call is signed with the secret, now (seconds are compared with `at`). */
export function verifyWebhook(secret: string | undefined, headers: SignedHeaders, body: string, at: Date): boolean {
  const { id, timestamp, signature } = headers;
  if (!secret || !id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(at.getTime() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(signWebhook(secret, id, Number(timestamp), body), "base64");
  return signature.split(" ").some((entry) => {
    const [version, value] = entry.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
