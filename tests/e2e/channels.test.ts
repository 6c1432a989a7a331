// The network's channels in Chromium: the secretariat announces, members discuss and mention each
// other, one mutes a thread, the secretariat hides a post.
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { expectPage } from "../helpers/page-expect";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";
import { lastEmailId, signIn, waitForEmail } from "./journeys";

const suite = portalAndBrowser();

describe("announcements and discussions", () => {
  it("carry an announcement by email, a mention to the member's focal point, a mute and a hidden post", async () => {
    const { portal, browser } = suite;
    const since = await lastEmailId(portal);
    const secretariat = await newPage(browser, portal);
    await signIn(secretariat, portal, SECRETARIAT);
    await secretariat.getByRole("link", { name: "Announcements" }).first().click();
    await secretariat.getByRole("link", { name: "Post an announcement" }).click();
    await secretariat
      .getByLabel("Title", { exact: true })
      .fill("Global Call on the Kigali Principles moved to Thursday");
    await secretariat
      .getByLabel("Text", { exact: true })
      .fill("Please note the **new date**; the agenda is unchanged.");
    await secretariat.getByRole("button", { name: "Post and notify" }).click();
    await secretariat.getByText("Announcement posted: its audience is being told.").waitFor();
    await expectAccessible(secretariat);
    const announced = await waitForEmail(portal, KOREA, since, "notification_announcement_posted");
    expect(announced.text).toContain("Please note the **new date**");

    const korea = await newPage(browser, portal);
    await signIn(korea, portal, KOREA);
    await korea.getByRole("link", { name: "Discussions" }).first().click();
    await korea.getByRole("link", { name: "Start a discussion" }).click();
    await korea.getByLabel("Topic").fill("Training diplomats on atrocity prevention");
    await korea.getByLabel("Message").fill("@Ghana, could you share your training module for diplomats?");
    await korea.getByRole("button", { name: "Start the discussion" }).click();
    await expectPage(
      korea.getByRole("heading", { level: 1, name: "Training diplomats on atrocity prevention" }),
    ).toBeVisible();
    await expectPage(korea.getByRole("link", { name: "Ghana" }).last()).toBeVisible();
    const mention = await waitForEmail(portal, GHANA, since, "notification_discussion_mentioned");
    expect(mention.subject).toBe("Lee Seo-yeon mentioned Ghana in “Training diplomats on atrocity prevention”");
    const link = /https?:\/\/\S*\/discussions\/\d+\S*/.exec(mention.text)?.[0];

    // Korea mutes the thread: the page says so, with a way back.
    await korea.getByRole("button", { name: "Mute this thread" }).click();
    await korea.getByText("Muted: no email about it; its notices stay in your notifications.").waitFor();
    await expectPage(korea.getByRole("button", { name: "Unmute" })).toBeVisible();

    const ghana = await newPage(browser, portal);
    await signIn(ghana, portal, GHANA);
    await ghana.goto(new URL(link!).pathname);
    await ghana.getByLabel("Message").fill("Yes: our module is online, and sells *miracle cures*.");
    await ghana.getByRole("button", { name: "Post the reply" }).click();
    await ghana.getByText("Reply posted.").waitFor();
    await expectAccessible(ghana);

    // The secretariat hides the reply, with its reason, which everyone reads in its place.
    await secretariat.goto(new URL(link!).pathname);
    const reply = secretariat.getByRole("listitem").filter({ hasText: "miracle cures" });
    await reply.getByText("Hide this post").click();
    await reply.getByLabel("Reason, shown in its place").fill("Advertising");
    await reply.getByRole("button", { name: "Hide the post" }).click();
    await secretariat.getByText("Post hidden.").waitFor();
    await korea.reload();
    await expectPage(korea.getByText("Hidden by the secretariat: Advertising")).toBeVisible();
    await expectPage(korea.getByText("miracle cures")).toHaveCount(0);
    await korea.goto("/notifications");
    await expectPage(
      korea.getByRole("link", { name: "Kwame Mensah replied in “Training diplomats on atrocity prevention”" }),
    ).toBeVisible();
  });
});
