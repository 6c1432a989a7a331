// Who may do what in the calendar, case by case: the one table of rules the pages and commands share.
import { describe, expect, it } from "vitest";
import type { EventType } from "../../db/schema";
import { can, canFeed, type EventAction, type EventFacts, type FeedAction } from "~/calendar/policy";
import type { Viewer } from "~/auth/viewer";

const base = { userId: "u", email: "x@example.org", timeZone: "UTC", locale: "en" as const, unread: 0, ip: "::1" };
const secretariat: Viewer = {
  ...base,
  id: 1,
  name: "Claire Hartley",
  role: "secretariat",
  memberId: null,
  memberSlug: null,
  memberName: null,
  isAlternate: false,
};
const korea: Viewer = {
  ...base,
  id: 2,
  name: "Lee Seo-yeon",
  role: "focal_point",
  memberId: 10,
  memberSlug: "republic-of-korea",
  memberName: "Republic of Korea",
  isAlternate: false,
};
const ghana: Viewer = { ...korea, id: 3, name: "Kwame Mensah", memberId: 11, memberSlug: "ghana", memberName: "Ghana" };
const viewers = { secretariat, korea, ghana, nobody: null };
type Who = keyof typeof viewers;

const AT = new Date("2027-06-01T12:00:00Z");
const LATER = new Date("2027-06-17T14:00:00Z");
const EARLIER = new Date("2027-05-20T14:00:00Z");

/** A Global Call the secretariat scheduled, ahead. */
const call: EventFacts = { type: "global_call", status: "scheduled", createdBy: secretariat.id, startsAt: LATER };
const pastCall: EventFacts = { ...call, startsAt: EARLIER };
const cancelledCall: EventFacts = { ...call, status: "cancelled" };
/** A national forum Korea's focal point added. */
const forum: EventFacts = { type: "national_forum", status: "scheduled", createdBy: korea.id, startsAt: LATER };
const cancelledForum: EventFacts = { ...forum, status: "cancelled" };
/** A Global Call whose row names Korea's focal point as its author (an event they added, made a call since). */
const callAddedByKorea: EventFacts = { ...call, createdBy: korea.id };

describe("adding an event", () => {
  const cases: [Who, EventType, boolean][] = [
    ["secretariat", "global_call", true],
    ["secretariat", "general_assembly", true],
    ["korea", "global_call", false],
    ["korea", "national_forum", true],
    ["korea", "annual_meeting", true],
    ["nobody", "general_assembly", false],
  ];
  it.each(cases)("%s adding a %s: %s", (who, type, allowed) => {
    expect(can(viewers[who], "create", { type })).toBe(allowed);
  });
});

describe("acting on an event", () => {
  const cases: [Who, EventAction, string, EventFacts, boolean][] = [
    // Editing and cancelling: the secretariat any event, a focal point what they added, never a Global Call.
    ["secretariat", "edit", "a call", call, true],
    ["secretariat", "edit", "a focal point's forum", forum, true],
    ["korea", "edit", "their forum", forum, true],
    ["ghana", "edit", "Korea's forum", forum, false],
    ["korea", "edit", "a call", call, false],
    ["korea", "edit", "a call they once added", callAddedByKorea, false],
    ["korea", "edit", "their cancelled forum", cancelledForum, false],
    ["secretariat", "edit", "a cancelled call", cancelledCall, false],
    ["nobody", "edit", "a forum", forum, false],
    ["secretariat", "cancel", "a call", call, true],
    ["korea", "cancel", "their forum", forum, true],
    ["ghana", "cancel", "Korea's forum", forum, false],
    ["korea", "cancel", "a call", call, false],
    ["secretariat", "cancel", "a cancelled call", cancelledCall, false],
    // Answering: anyone signed in, a Global Call that is on and has not begun.
    ["korea", "rsvp", "a call ahead", call, true],
    ["secretariat", "rsvp", "a call ahead", call, true],
    ["korea", "rsvp", "a call that has begun", pastCall, false],
    ["korea", "rsvp", "a cancelled call", cancelledCall, false],
    ["korea", "rsvp", "a forum", forum, false],
    ["nobody", "rsvp", "a call ahead", call, false],
    // Minutes: the secretariat, once the call has taken place.
    ["secretariat", "postMinutes", "a past call", pastCall, true],
    ["secretariat", "postMinutes", "a call ahead", call, false],
    ["secretariat", "postMinutes", "a cancelled call", { ...pastCall, status: "cancelled" }, false],
    ["secretariat", "postMinutes", "a past forum", { ...forum, startsAt: EARLIER }, false],
    ["korea", "postMinutes", "a past call", pastCall, false],
    // The video link and dial-in: signed-in people only.
    ["korea", "seeJoinDetails", "a call", call, true],
    ["secretariat", "seeJoinDetails", "a call", call, true],
    ["nobody", "seeJoinDetails", "a call", call, false],
    // Who answered, by name: the secretariat.
    ["secretariat", "seeAnswers", "a call", call, true],
    ["secretariat", "seeAnswers", "a forum", forum, false],
    ["korea", "seeAnswers", "a call", call, false],
  ];
  it.each(cases)("%s may %s %s: %s", (who, action, _what, event, allowed) => {
    expect(can(viewers[who], action, event, AT)).toBe(allowed);
  });
});

describe("a private feed", () => {
  const cases: [Who, FeedAction, string, { ownerId: number; active: boolean }, boolean][] = [
    ["korea", "subscribe", "their own, none yet", { ownerId: korea.id, active: false }, true],
    ["korea", "subscribe", "their own, already active", { ownerId: korea.id, active: true }, false],
    ["korea", "regenerate", "their own, active", { ownerId: korea.id, active: true }, true],
    ["korea", "regenerate", "their own, none yet", { ownerId: korea.id, active: false }, false],
    ["korea", "revoke", "their own, active", { ownerId: korea.id, active: true }, true],
    ["korea", "revoke", "their own, none", { ownerId: korea.id, active: false }, false],
    ["ghana", "revoke", "Korea's", { ownerId: korea.id, active: true }, false],
    ["secretariat", "revoke", "Korea's", { ownerId: korea.id, active: true }, false],
    ["secretariat", "regenerate", "Korea's", { ownerId: korea.id, active: true }, false],
    ["nobody", "subscribe", "anyone's", { ownerId: korea.id, active: false }, false],
  ];
  it.each(cases)("%s may %s %s: %s", (who, action, _whose, feed, allowed) => {
    expect(canFeed(viewers[who], action, feed)).toBe(allowed);
  });
});
