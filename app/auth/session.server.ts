// Who is asking: the signed-in person behind a request, and the guards every loader and action use.
import type { AppLoadContext } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { sql } from "kysely";
import type { Locale, Role } from "../../db/schema";
import { getConfig } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { memoize } from "~/lib/request.server";

export interface CurrentPerson {
  id: number;
  userId: string;
  name: string;
  email: string;
  role: Role;
  memberId: number | null;
  memberSlug: string | null;
  memberName: string | null;
  isAlternate: boolean;
  timeZone: string;
  locale: Locale;
  /** Unread notifications, for the header: read with the session, so it costs no extra query. */
  unread: number;
}

/** Auth.js's database-session cookie (with the __Secure- prefix when the portal is on https). */
export function sessionCookieName(): string {
  return getConfig().APP_URL.startsWith("https:") ? "__Secure-authjs.session-token" : "authjs.session-token";
}

export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return decodeURIComponent(part.slice(index + 1).trim());
  }
  return null;
}

/**
 * One query: the session must be unexpired and its person active, so deactivating someone
 * (which also deletes their sessions) shuts them out on their very next request.
 */
async function lookUpPerson(sessionToken: string): Promise<CurrentPerson | null> {
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
      "m.name as memberName",
      "p.is_alternate as isAlternate",
      "p.time_zone as timeZone",
      "p.locale",
      (eb) =>
        eb
          .selectFrom("notifications as n")
          .select(sql<number>`count(*)::int`.as("count"))
          .whereRef("n.person_id", "=", "p.id")
          .where("n.read_at", "is", null)
          .as("unread"),
    ])
    .where("s.sessionToken", "=", sessionToken)
    .where("s.expires", ">", new Date())
    .where("p.status", "=", "active")
    .executeTakeFirst();
  return row ? { ...row, unread: row.unread ?? 0 } : null;
}

export function getCurrentPerson(request: Request, context: AppLoadContext): Promise<CurrentPerson | null> {
  return memoize(context, "person", async () => {
    const token = readCookie(request.headers.get("Cookie"), sessionCookieName());
    return token ? lookUpPerson(token) : null;
  });
}

export async function requireUser(request: Request, context: AppLoadContext): Promise<CurrentPerson> {
  const person = await getCurrentPerson(request, context);
  if (!person) {
    const url = new URL(request.url);
    throw redirect(`/login?${new URLSearchParams({ redirectTo: url.pathname + url.search })}`);
  }
  return person;
}

export function forbidden(): Response {
  return new Response(null, { status: 403, statusText: "Forbidden" });
}

export async function requireSecretariat(request: Request, context: AppLoadContext): Promise<CurrentPerson> {
  const person = await requireUser(request, context);
  if (person.role !== "secretariat") throw forbidden();
  return person;
}

/** The secretariat may act for any member; a focal point (or alternate) only for their own. */
export function canActFor(person: Pick<CurrentPerson, "role" | "memberId">, memberId: number): boolean {
  return person.role === "secretariat" || person.memberId === memberId;
}

export function requireMemberOf(person: CurrentPerson, memberId: number): void {
  if (!canActFor(person, memberId)) throw forbidden();
}

/** Ends every session of a person at once (deactivation, seat handover). */
export async function endSessions(userId: string): Promise<void> {
  await getDb().deleteFrom("Session").where("userId", "=", userId).execute();
}

export async function endSession(request: Request): Promise<void> {
  const token = readCookie(request.headers.get("Cookie"), sessionCookieName());
  if (token) await getDb().deleteFrom("Session").where("sessionToken", "=", token).execute();
}

export function clearSessionCookie(): string {
  const secure = sessionCookieName().startsWith("__Secure-") ? "; Secure" : "";
  return `${sessionCookieName()}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure}`;
}
