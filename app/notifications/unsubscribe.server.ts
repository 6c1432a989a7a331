// One-click unsubscribe (RFC 8058): a link signed for one person and one category, so it works
// without signing in but cannot be forged, nor turned against someone else or another category.
import { createHmac, timingSafeEqual } from "node:crypto";
import { getConfig } from "~/lib/config.server";
import { isCategory, type Category } from "./categories";

function signature(personId: number, category: Category): string {
  const secret = getConfig().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret).update(`unsubscribe:${personId}:${category}`).digest("base64url");
}

export function unsubscribeToken(personId: number, category: Category): string {
  return `${personId}.${category}.${signature(personId, category)}`;
}

/** The person and category a token was made for, or null when it was altered in any way. */
export function readUnsubscribeToken(token: string): { personId: number; category: Category } | null {
  const match = /^(\d{1,10})\.([a-z_]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const personId = Number(match[1]);
  const category = match[2]!;
  if (!isCategory(category)) return null;
  const expected = Buffer.from(signature(personId, category));
  const given = Buffer.from(match[3]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { personId, category } : null;
}

export function unsubscribeUrl(personId: number, category: Category): string {
  return new URL(`/unsubscribe/${unsubscribeToken(personId, category)}`, getConfig().APP_URL).toString();
}

/** The headers that let a mail client offer "Unsubscribe" and do it with one POST. */
export function unsubscribeHeaders(personId: number, category: Category): Record<string, string> {
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(personId, category)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
