// "Where you are signed in": a focal point signed in on two browsers sees both, with the browser and
// network each began on, and signs the other out from here.
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { KOREA } from "../helpers/people";

const suite = portalAndBrowser();

describe("where you are signed in", () => {
  it("lists each browser and signs the other one out", async () => {
    const { portal, browser } = suite;
    const office = await newPage(browser, portal);
    await signIn(office, portal, KOREA);
    const travel = await newPage(browser, portal, {
      userAgent: "Mozilla/5.0 (Android 15; Mobile; rv:133.0) Gecko/133.0 Firefox/133.0",
    });
    await signIn(travel, portal, KOREA);

    await office.goto("/profile");
    await office.getByRole("link", { name: "Where you are signed in" }).click();
    await expectPage(office.getByRole("heading", { level: 1 })).toHaveText("Where you are signed in");
    const sessions = office.getByRole("listitem").filter({ has: office.getByRole("heading", { level: 2 }) });
    await expectPage(sessions).toHaveCount(2);
    await expectPage(sessions.filter({ hasText: "This browser" })).toContainText("Chrome on Linux");
    const phone = sessions.filter({ hasText: "Firefox on Android" });
    await expectPage(phone).toContainText("This computer");
    await expectAccessible(office);

    await phone.getByRole("button", { name: /Sign out/ }).click();
    await expectPage(office.getByRole("status")).toHaveText("One session signed out.");
    await expectPage(sessions).toHaveCount(1);
    await expectPage(office.getByText("You are signed in only here.")).toBeVisible();

    await travel.goto("/profile");
    await expectPage(travel).toHaveURL(/\/login/);
    await office.goto("/profile");
    expect(new URL(office.url()).pathname).toBe("/profile");
  });
});
