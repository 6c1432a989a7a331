// Answering a Global Call from its email: a link signed for one person, one call and one answer, so
// it works without signing in but cannot be forged or turned to another person, call or answer. It
// expires when the call begins (after that there is nothing to answer).
import { createHmac, timingSafeEqual } from "node:crypto";
import type { RsvpResponse } from "../../db/schema";
import { findViewer } from "~/auth/viewer.server";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { can, factsOf } from "./policy";
import { rsvpOf } from "./queries.server";

/** The answers an email offers (the page also knows "maybe"). */
export const EMAIL_ANSWERS = ["attending", "not_attending"] as const;
export type EmailAnswer = (typeof EMAIL_ANSWERS)[number];

export interface RsvpLink {
  personId: number;
  eventId: number;
  response: EmailAnswer;
  expiresAt: Date;
}

function signature(link: Omit<RsvpLink, "expiresAt"> & { expires: number }): string {
  const secret = getConfig().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return createHmac("sha256", secret)
    .update(`rsvp:${link.personId}:${link.eventId}:${link.response}:${link.expires}`)
    .digest("base64url");
}

export function rsvpToken(link: RsvpLink): string {
  const expires = Math.floor(link.expiresAt.getTime() / 1000);
  return [link.personId, link.eventId, link.response, expires, signature({ ...link, expires })].join(".");
}

export function rsvpUrl(link: RsvpLink): string {
  return new URL(`/rsvp/${rsvpToken(link)}`, getConfig().APP_URL).toString();
}

/** What a token was signed for (expired or not: the page says which), or null when it was altered. */
export function readRsvpToken(token: string): RsvpLink | null {
  const match = /^(\d{1,10})\.(\d{1,10})\.([a-z_]+)\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const response = match[3] as EmailAnswer;
  if (!EMAIL_ANSWERS.includes(response)) return null;
  const link = { personId: Number(match[1]), eventId: Number(match[2]), response, expires: Number(match[4]) };
  const expected = Buffer.from(signature(link));
  const given = Buffer.from(match[5]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return { personId: link.personId, eventId: link.eventId, response, expiresAt: new Date(link.expires * 1000) };
}

export type LinkAnswer =
  | { state: "invalid" }
  | { state: "expired"; eventId: number }
  | { state: "closed"; eventId: number; title: string; language: string }
  | {
      state: "ready";
      viewer: Viewer;
      response: EmailAnswer;
      current: RsvpResponse | null;
      event: {
        id: number;
        title: string;
        language: string;
        startsAt: Date;
        endsAt: Date;
        timeZone: string;
        location: string;
      };
    };

/**
 * What an answer link can do now: nothing if it was forged or its person is gone, nothing but say so
 * once it expired or the call was cancelled or has begun; otherwise record its answer for its person.
 */
export async function readAnswerLink(db: DB, token: string, ip: string): Promise<LinkAnswer> {
  const link = readRsvpToken(token);
  if (!link) return { state: "invalid" };
  const [viewer, event, current] = await Promise.all([
    findViewer({ personId: link.personId }, ip, db),
    db
      .selectFrom("events")
      .select([
        "id",
        "title",
        "language",
        "type",
        "status",
        "created_by",
        "starts_at",
        "ends_at",
        "time_zone",
        "location",
      ])
      .where("id", "=", link.eventId)
      .executeTakeFirst(),
    rsvpOf(db, link.eventId, link.personId),
  ]);
  if (!viewer || !event) return { state: "invalid" };
  const at = now();
  if (link.expiresAt <= at) return { state: "expired", eventId: event.id };
  if (!can(viewer, "rsvp", factsOf(event), at))
    return { state: "closed", eventId: event.id, title: event.title, language: event.language };
  return {
    state: "ready",
    viewer,
    response: link.response,
    current,
    event: {
      id: event.id,
      title: event.title,
      language: event.language,
      startsAt: event.starts_at,
      endsAt: event.ends_at,
      timeZone: event.time_zone,
      location: event.location,
    },
  };
}
