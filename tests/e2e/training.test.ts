// Issue 22: the annual training's registration, as people live it. The secretariat schedules a
// training with one seat; a focal point takes it, another joins the waiting list; the first cancels
// and the second finds (and is emailed) that the seat is theirs.
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { lastEmailId, signIn, waitForEmail } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";

const suite = portalAndBrowser();
const TITLE = "Annual training: the Framework of Analysis in practice";

describe("the annual training's registration", () => {
  it("fills the seats, keeps a waiting list and moves it up when someone cancels", { timeout: 120_000 }, async () => {
    const day = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

    const secretariat = await newPage(suite.browser, suite.portal);
    await signIn(secretariat, suite.portal, SECRETARIAT);
    await secretariat.goto("/calendar/new?type=training");
    await secretariat.getByLabel("Title", { exact: true }).fill(TITLE);
    await secretariat.getByLabel("Type").selectOption("training");
    await secretariat.getByLabel("Time zone of the event").selectOption("UTC");
    await secretariat.getByLabel("Date", { exact: true }).fill(day);
    await secretariat.getByLabel("Starts at").fill("09:00");
    await secretariat.getByLabel("Ends at").fill("17:00");
    await secretariat.getByLabel("Seats (a training only)").fill("none");
    await secretariat.getByRole("button", { name: "Add to the calendar" }).click();
    // Refused next to the field, with everything typed kept.
    await expectPage(secretariat.getByText("Enter a whole number of seats from 1 to 100,000")).toBeVisible();
    await expectPage(secretariat.getByLabel("Title", { exact: true })).toHaveValue(TITLE);
    await secretariat.getByLabel("Seats (a training only)").fill("1");
    await secretariat.getByRole("button", { name: "Add to the calendar" }).click();
    await secretariat.getByText("The event has been added to the calendar.").waitFor();
    const eventPath = new URL(secretariat.url()).pathname;
    const registration = (page: typeof secretariat) => page.getByRole("region", { name: "Registration" });
    await expectPage(registration(secretariat)).toContainText("1 of 1 seats left.");

    const korea = await newPage(suite.browser, suite.portal);
    await signIn(korea, suite.portal, KOREA);
    await korea.goto(eventPath);
    await registration(korea).getByRole("button", { name: "Register" }).click();
    await korea.getByText("You are registered for this training.").waitFor();
    await expectPage(registration(korea)).toContainText("You are registered.");
    await expectPage(registration(korea)).toContainText("0 of 1 seats left.");
    await expectAccessible(korea);

    const ghana = await newPage(suite.browser, suite.portal);
    await signIn(ghana, suite.portal, GHANA);
    await ghana.goto(eventPath);
    await registration(ghana).getByRole("button", { name: "Join the waiting list" }).click();
    await ghana.getByText("The training is full: you are on the waiting list.", { exact: false }).waitFor();
    await expectPage(registration(ghana)).toContainText("You are number 1 on the waiting list.");

    // The organiser sees both lists.
    await secretariat.reload();
    await expectPage(registration(secretariat).getByRole("list", { name: "Registered (1)" })).toContainText(
      "Lee Seo-yeon",
    );
    await expectPage(registration(secretariat).getByRole("list", { name: "Waiting list (1)" })).toContainText(
      "Kwame Mensah",
    );
    await expectAccessible(secretariat);

    const since = await lastEmailId(suite.portal);
    await registration(korea).getByRole("button", { name: "Cancel my registration" }).click();
    await korea.getByText("Your registration is cancelled.").waitFor();
    // The seat went to the first who waited: Korea may only wait now.
    await expectPage(registration(korea)).toContainText("0 of 1 seats left.");
    await expectPage(registration(korea).getByRole("button", { name: "Join the waiting list" })).toBeVisible();

    await ghana.reload();
    await expectPage(registration(ghana)).toContainText("You are registered.");
    await expectPage(registration(ghana).getByRole("button", { name: "Cancel my registration" })).toBeVisible();
    const email = await waitForEmail(suite.portal, GHANA, since, "notification_training_moved_up");
    expect(email.subject).toContain(TITLE);
  });
});
