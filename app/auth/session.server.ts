// Who is asking: the signed-in person behind a request, and the guards every loader and action use.
import type { AppLoadContext } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { sql } from "kysely";
import { parse as parseCookies, serialize as serializeCookie } from "cookie";
import { getConfig } from "~/lib/config.server";
import { now } from "~/lib/clock.server";
import { getDb, type DB } from "~/lib/db.server";
import { memoize } from "~/lib/request.server";
import { ensure } from "./policy";
import { memberNameForLocaleColumn } from "~/members/names.server";
import { deviceOf } from "~/sessions/origin.server";
import { idleEnd, USE_NOTED_EVERY_MS } from "~/sessions/policy";
import { actsFor, toViewer, type Viewer } from "./viewer";

/** Auth.js's database-session cookie (with the __Secure- prefix when the portal is on https). */
export function sessionCookieName(): string {
  return getConfig().APP_URL.startsWith("https:") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

function sessionToken(request: Request): string | null {
  return parseCookies(request.headers.get("Cookie") ?? "")[sessionCookieName()] ?? null;
}

/** The session cookie, as Auth.js would set it; an empty one with `expires` in the past clears it. */
export function sessionCookie(token: string, expires: Date): string {
  return serializeCookie(sessionCookieName(), token, {
    path: "/",
    expires,
    httpOnly: true,
    sameSite: "lax",
    secure: sessionCookieName().startsWith("__Secure-"),
  });
}

/**
 * One query: the session must be unexpired and its person active, so deactivating someone
 * (which also deletes their sessions) shuts them out on their very next request. A session's use is
 * noted at most every few minutes (a second statement then), moving its idle end on.
 */
async function lookUpViewer(sessionToken: string, ip: string): Promise<Viewer | null> {
  const row = await getDb()
    .selectFrom("Session as s")
    .innerJoin("User as u", "u.id", "s.userId")
    .innerJoin("people as p", "p.user_id", "u.id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.user_id as userId",
      "p.name",
      "u.email",
      "p.role",
      "p.member_id as memberId",
      "m.slug as memberSlug",
      memberNameForLocaleColumn<string | null>("m", "p.locale").as("memberName"),
      "p.is_alternate as isAlternate",
      "p.time_zone as timeZone",
      "p.locale",
      "s.id as sessionId",
      "s.lastUsedAt",
      "s.userAgent",
      (eb) =>
        eb
          .selectFrom("notifications as n")
          .select(sql<number>`count(*)::int`.as("count"))
          .whereRef("n.person_id", "=", "p.id")
          .where("n.read_at", "is", null)
          .as("unread"),
    ])
    .where("s.sessionToken", "=", sessionToken)
    .where("s.expires", ">", now())
    .where("p.status", "=", "active")
    .executeTakeFirst();
  if (!row) return null;
  const at = now();
  if (at.getTime() - row.lastUsedAt.getTime() >= USE_NOTED_EVERY_MS) {
    await getDb()
      .updateTable("Session")
      .set({ lastUsedAt: at, expires: idleEnd(at) })
      .where("id", "=", row.sessionId)
      .execute();
  }
  const { browser, system } = deviceOf(row.userAgent);
  return toViewer(row, ip, { id: row.sessionId, device: [browser, system].filter(Boolean).join(" · ") });
}

export function getViewer(request: Request, context: AppLoadContext): Promise<Viewer | null> {
  return memoize(context, "viewer", async () => {
    const token = sessionToken(request);
    return token ? lookUpViewer(token, context.clientIp) : null;
  });
}

export async function requireUser(request: Request, context: AppLoadContext): Promise<Viewer> {
  const viewer = await getViewer(request, context);
  if (!viewer) {
    const url = new URL(request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return viewer;
}

export async function requireSecretariat(request: Request, context: AppLoadContext) {
  const viewer = await requireUser(request, context);
  ensure(viewer.role === "secretariat");
  return viewer;
}

export function requireMemberOf(viewer: Viewer, memberId: number): void {
  ensure(actsFor(viewer, memberId));
}

/** The request's session: its id (for the audit log) and when it last stepped up; null when signed out. */
export function currentSession(
  request: Request,
  context: AppLoadContext,
): Promise<{ id: string; steppedUpAt: Date | null } | null> {
  return memoize(context, "session", async () => {
    const token = sessionToken(request);
    if (!token) return null;
    const row = await getDb()
      .selectFrom("Session")
      .select(["id", "steppedUpAt"])
      .where("sessionToken", "=", token)
      .where("expires", ">", now())
      .executeTakeFirst();
    return row ?? null;
  });
}

/** Ends the request's session; `db` may be the transaction that logs it. */
export async function endSession(request: Request, db: DB = getDb()): Promise<void> {
  const token = sessionToken(request);
  if (token) await db.deleteFrom("Session").where("sessionToken", "=", token).execute();
}

export function clearSessionCookie(): string {
  return sessionCookie("", new Date(0));
}
