// One-click unsubscribe (RFC 8058): a link signed for one person and one scope (a category, or a
// whole digest), so it works without signing in but cannot be forged, nor turned against someone
// else or another scope.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "~/lib/config.server";
import { isCategory, type Category } from "./categories";

export type DigestCadence = "daily" | "weekly";
export type UnsubscribeScope = Category | DigestCadence;

const isScope = (value: string): value is UnsubscribeScope =>
  isCategory(value) || value === "daily" || value === "weekly";

function signature(personId: number, scope: UnsubscribeScope): string {
  const secret = getConfig().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`unsubscribe:${personId}:${scope}`).digest("base64url");
}

export function unsubscribeToken(personId: number, scope: UnsubscribeScope): string {
  return `${personId}.${scope}.${signature(personId, scope)}`;
}

/** The person and scope a token was made for, or null when it was altered in any way. */
export function readUnsubscribeToken(token: string): { personId: number; scope: UnsubscribeScope } | null {
  const match = /^(\d{1,10})\.([a-z_]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const personId = Number(match[1]);
  const scope = match[2]!;
  if (!isScope(scope)) return null;
  const expected = Buffer.from(signature(personId, scope));
  const given = Buffer.from(match[3]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { personId, scope } : null;
}

export function unsubscribeUrl(personId: number, scope: UnsubscribeScope): string {
  return new URL(`/unsubscribe/${unsubscribeToken(personId, scope)}`, getConfig().APP_URL).toString();
}

/** The headers that let a mail client offer "Unsubscribe" and do it with one POST. */
export function unsubscribeHeaders(personId: number, scope: UnsubscribeScope): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(personId, scope)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
