import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectAccessible, newPage, portalAndBrowser, sessionCookieFor } from "../helpers/portal";
import { expectPage } from "../helpers/page-expect";
import { GHANA, JAPAN, KOREA } from "../helpers/people";
import { signIn } from "./journeys";

const suite = portalAndBrowser();
const TITLE = "Great Lakes: hate speech on community radio";
const UPDATE = "Community radio in two provinces broadcast calls to expel a named minority (Kivunda reports).";

/** A page signed in as a seeded person with a session of their own (the sign-in journey is the first person's). */
async function signedIn(email: string): Promise<Page> {
  const page = await newPage(suite.browser, suite.portal);
  const [name, value] = (await sessionCookieFor(suite.portal, email)).split("=");
  await page.context().addCookies([{ name: name!, value: value!, url: suite.portal.baseUrl }]);
  return page;
}

describe("a situation group", () => {
  it("is opened, posts an update, takes in a member who asked to join and replies; an outsider sees none", async () => {
    const { portal, browser } = suite;
    const ghana = await newPage(browser, portal);
    await signIn(ghana, portal, GHANA);
    await ghana.getByRole("link", { name: "Situation groups" }).click();
    await ghana.getByRole("link", { name: "Open a situation group" }).click();
    await ghana.getByLabel("Title", { exact: true }).fill(TITLE);
    await ghana.getByLabel("Short description").fill("Members watching incitement in the Great Lakes region.");
    await ghana.getByRole("group", { name: "Members that consider it a priority" }).getByLabel("France").check();
    await ghana.getByRole("button", { name: "Open the group" }).click();
    await ghana.getByText("The group is open.").waitFor();
    const groupUrl = new URL(ghana.url()).pathname;

    await ghana.getByRole("link", { name: "Post an early-warning update" }).click();
    await ghana.getByLabel("Risk level now").selectOption({ label: "High" });
    await ghana.getByLabel("What happened", { exact: true }).fill(UPDATE);
    await ghana.getByLabel("Sources", { exact: true }).fill("OCHA situation report https://www.unocha.org/");
    await ghana.getByRole("button", { name: "Post the update" }).click();
    await ghana.getByText("Your update is posted; the group's members are told.").waitFor();
    await expectPage(ghana.getByRole("link", { name: "OCHA situation report" })).toBeVisible();
    await expectPage(ghana.getByRole("img", { name: "Risk level over time" })).toBeVisible();

    // The Republic of Korea sees the listed group's title only, and asks to join.
    const korea = await signedIn(KOREA);
    expect((await korea.goto(groupUrl))?.status()).toBe(404);
    await korea.goto("/groups");
    const listing = korea.getByRole("listitem").filter({ hasText: TITLE });
    await listing.getByRole("button", { name: "Ask to join" }).click();
    await korea.getByText("Your request to join is sent.").waitFor();
    await expectPage(korea.getByText(UPDATE)).toHaveCount(0);

    // Ghana accepts; Korea then opens the group and replies under the update.
    await ghana.goto(groupUrl);
    await ghana.getByRole("button", { name: "Accept" }).click();
    await ghana.getByText("The member joined the group.").waitFor();
    await expectPage(ghana.getByRole("region", { name: "Members" })).toContainText("Republic of Korea");

    await korea.goto(groupUrl);
    await korea.getByLabel("Your reply").fill("Seoul has the same reports; we support a joint letter.");
    await korea.getByRole("button", { name: "Reply" }).click();
    await korea.getByText("Your reply is posted.").waitFor();
    await expectPage(korea.getByText("Seoul has the same reports; we support a joint letter.")).toBeVisible();
    await expectAccessible(korea);

    // Japan, outside the group: 404 on the group and its update form, nothing in search.
    const japan = await signedIn(JAPAN);
    expect((await japan.goto(groupUrl))?.status()).toBe(404);
    expect((await japan.goto(`${groupUrl}/updates/new`))?.status()).toBe(404);
    await japan.goto("/search?q=Kivunda");
    await expectPage(japan.getByText(UPDATE)).toHaveCount(0);
    await expectPage(japan.getByRole("link", { name: TITLE })).toHaveCount(0);
    // The group's members find it.
    await korea.goto("/search?q=Kivunda");
    await expectPage(korea.getByRole("link", { name: TITLE })).toBeVisible();

    // Korea leaves: the group closes to it again, and Ghana sees it gone from the members.
    await korea.goto(groupUrl);
    await korea.getByRole("button", { name: "Leave this group" }).click();
    await korea.getByText("Your member has left the group.").waitFor();
    expect((await korea.goto(groupUrl))?.status()).toBe(404);
    await ghana.goto(groupUrl);
    await expectPage(ghana.getByRole("region", { name: "Members" })).not.toContainText("Republic of Korea");
  });
});
