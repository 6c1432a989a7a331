// Who may do what with announcements and discussions: the policies as tables of cases.
import { describe, expect, it } from "vitest";
import { can as canAnnounce, type AnnouncementAction } from "~/announcements/policy";
import { can as canDiscuss, type DiscussionAction, type PostFacts } from "~/discussions/policy";

const KOREA_PERSON = 21;
const GHANA_PERSON = 34;
const SECRETARIAT_PERSON = 1;
const viewers = {
  secretariat: { id: SECRETARIAT_PERSON, role: "secretariat" as const },
  korea: { id: KOREA_PERSON, role: "focal_point" as const },
  ghana: { id: GHANA_PERSON, role: "focal_point" as const },
};
type Who = keyof typeof viewers;

describe("the announcements policy", () => {
  const cases: [Who, AnnouncementAction, boolean][] = [
    ["secretariat", "post", true],
    ["secretariat", "read", true],
    ["korea", "post", false],
    ["korea", "read", true],
  ];
  it.each(cases)("%s may %s: %s", (who, action, expected) => {
    expect(canAnnounce(viewers[who], action)).toBe(expected);
  });
});

describe("the discussions policy", () => {
  const postedAt = new Date("2027-01-10T12:00:00Z");
  const minutesLater = (minutes: number) => new Date(postedAt.getTime() + minutes * 60_000);
  const posts: Record<string, PostFacts | null> = {
    "no post": null,
    "Korea's post": { authorId: KOREA_PERSON, postedAt, hidden: false },
    "Korea's hidden post": { authorId: KOREA_PERSON, postedAt, hidden: true },
    "the secretariat's post": { authorId: SECRETARIAT_PERSON, postedAt, hidden: false },
  };
  const cases: [Who, DiscussionAction, string, number, boolean][] = [
    ["korea", "read", "no post", 0, true],
    ["korea", "start", "no post", 0, true],
    ["korea", "reply", "no post", 0, true],
    ["secretariat", "start", "no post", 0, true],
    // Its author edits a post for thirty minutes, and nobody else ever does.
    ["korea", "edit", "Korea's post", 1, true],
    ["korea", "edit", "Korea's post", 29, true],
    ["korea", "edit", "Korea's post", 30, false],
    ["korea", "edit", "Korea's post", 31, false],
    ["ghana", "edit", "Korea's post", 1, false],
    ["secretariat", "edit", "Korea's post", 1, false],
    ["secretariat", "edit", "the secretariat's post", 1, true],
    ["korea", "edit", "Korea's hidden post", 1, false],
    ["korea", "edit", "no post", 1, false],
    // The secretariat hides a post once, whenever; members never.
    ["secretariat", "hide", "Korea's post", 600, true],
    ["secretariat", "hide", "Korea's hidden post", 1, false],
    ["korea", "hide", "Korea's post", 1, false],
    ["ghana", "hide", "Korea's post", 1, false],
    ["secretariat", "hide", "no post", 1, false],
  ];
  it.each(cases)("%s may %s %s %i minutes after posting: %s", (who, action, post, minutes, expected) => {
    expect(canDiscuss(viewers[who], action, posts[post]!, minutesLater(minutes))).toBe(expected);
  });
});
