import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { lastEmailId, moveClock, signIn, waitForEmail } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { KOREA, SECRETARIAT } from "../helpers/people";

const suite = portalAndBrowser();
const TITLE = "Global Call: Kigali Principles in practice";

describe("the calendar", () => {
  it(
    "takes a Global Call from scheduling to an RSVP, an .ics and a reminder " +
      "when the worker's clock moves forward, answered again from the reminder",
    { timeout: 90_000 },
    async () => {
      // Three days from now, 14:00 UTC: 23:00 in Seoul.
      const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const startsAt = new Date(`${day}T14:00:00Z`);

      const secretariat = await newPage(suite.browser, suite.portal);
      await signIn(secretariat, suite.portal, SECRETARIAT);
      await secretariat.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" }).click();
      await secretariat.getByRole("table", { name: /^Events in / }).waitFor();
      await expectAccessible(secretariat);
      await secretariat.getByRole("link", { name: "Add an event or schedule a Global Call" }).click();
      await secretariat.getByRole("link", { name: "Schedule a Global Call instead" }).click();
      await secretariat.waitForURL(/type=global_call/);
      // The URL changes before React swaps in the Global Call form: wait for the form itself.
      await expectPage(secretariat.getByLabel("Type")).toHaveValue("global_call");
      await secretariat.getByLabel("Title", { exact: true }).fill(TITLE);
      await secretariat.getByLabel("Time zone of the event").selectOption("UTC");
      await secretariat.getByLabel("Date", { exact: true }).fill(day);
      await secretariat.getByLabel("Starts at").fill("14:00");
      await secretariat.getByLabel("Ends at").fill("15:00");
      await secretariat.getByLabel("Video link").fill("https://meet.example.org/kigali");
      await secretariat.getByLabel("Agenda").fill("1. Endorsements\n2. Training modules");
      await secretariat.getByRole("button", { name: "Show the time for every member" }).click();
      const aid = secretariat.getByRole("region", { name: "The proposed time for every member" });
      await expectPage(aid.getByRole("status")).toHaveText(/^At night \(22:00–07:00\) for \d+ of 59 members\.$/);
      await expectPage(aid.getByRole("listitem").filter({ hasText: "Republic of Korea" })).toHaveText(
        "Republic of Korea: 23:00",
      );
      await aid.getByText("Every member's local time").click();
      await expectPage(aid.getByRole("row", { name: /^Ghana/ })).toContainText("14:00");
      await expectPage(secretariat.getByLabel("Title", { exact: true })).toHaveValue(TITLE); // nothing typed is lost
      await expectAccessible(secretariat);
      await secretariat.getByRole("button", { name: "Add to the calendar" }).click();
      await secretariat.getByText("The event has been added to the calendar.").waitFor();
      const eventPath = new URL(secretariat.url()).pathname;

      const focalPoint = await newPage(suite.browser, suite.portal);
      await signIn(focalPoint, suite.portal, KOREA);
      await focalPoint.getByRole("region", { name: "Upcoming events" }).getByRole("link", { name: TITLE }).click();
      await focalPoint.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await expectPage(focalPoint.locator("dl.event-facts")).toContainText("23:00 GMT+9");
      await expectPage(focalPoint.getByRole("link", { name: "https://meet.example.org/kigali" })).toBeVisible();
      await focalPoint.getByLabel("Attending", { exact: true }).check();
      await focalPoint.getByRole("button", { name: "Send my answer" }).click();
      await focalPoint.getByText("Your answer has been recorded.").waitFor();
      await expectPage(focalPoint.getByText("Your answer: Attending.")).toBeVisible();
      await expectAccessible(focalPoint);

      const [download] = await Promise.all([
        focalPoint.waitForEvent("download"),
        focalPoint.getByRole("link", { name: "Add to my calendar (.ics)" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^event-\d+\.ics$/);
      const ics = await (await focalPoint.request.get(`${eventPath}/event.ics`)).text();
      const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!;
      expect(vevent.getFirstPropertyValue("summary")).toBe(TITLE);
      expect((vevent.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(
        startsAt.toISOString(),
      );

      // The portal's clock jumps to 50 minutes before the call: the worker sends the 1-hour reminder.
      const since = await lastEmailId(suite.portal);
      await moveClock(focalPoint, new Date(startsAt.getTime() - 50 * 60_000));
      // Seeded calls may fall due in the same jump: wait for this call's reminder by its subject.
      const reminder = await waitForEmail(suite.portal, KOREA, since, "call_reminder", `Reminder: ${TITLE}`);
      expect(reminder.text).toContain("The Global Call starts in 1 hour.");
      expect(reminder.text).toContain("23:00 GMT+9");
      await focalPoint.goto("/dev/outbox");
      await focalPoint
        .getByRole("heading", { name: `Reminder: ${TITLE}` })
        .first()
        .waitFor();
      // The notification centre has it too, and leads to the call.
      await focalPoint.goto("/notifications");
      await focalPoint.getByRole("link", { name: `Global Call soon: ${TITLE}` }).click();
      await focalPoint.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await expectPage(focalPoint).toHaveURL((url) => url.pathname === eventPath);

      await secretariat.goto(eventPath);
      await expectPage(secretariat.getByRole("region", { name: "Answers" })).toContainText(/\d+ attending/);
      await expectPage(
        secretariat.getByRole("region", { name: "Answers" }).getByRole("row", { name: /Lee Seo-yeon/ }),
      ).toContainText("Attending");

      // The reminder answers the call too, without signing in: its link opens a page that asks first.
      const declineLink = /I will not attend\s*(?:\[|\()?\s*(https?:\/\/\S+?\/rsvp\/[\w.-]+)/.exec(reminder.text)?.[1];
      expect(declineLink).toBeTruthy();
      const signedOut = await newPage(suite.browser, suite.portal);
      await signedOut.goto(declineLink!);
      await signedOut.getByRole("heading", { level: 1, name: "Your answer to a Global Call" }).waitFor();
      await expectPage(signedOut.getByText(TITLE)).toBeVisible();
      await expectPage(signedOut.getByText("Lee Seo-yeon, record your answer: Not attending?")).toBeVisible();
      await signedOut.screenshot({ path: "/tmp/reach-rsvp-confirm.png", fullPage: true });
      await expectAccessible(signedOut);
      await signedOut.getByRole("button", { name: "Confirm: Not attending" }).click();
      await signedOut.getByRole("status").filter({ hasText: "Your answer is recorded: Not attending." }).waitFor();
      await signedOut.screenshot({ path: "/tmp/reach-rsvp-done.png", fullPage: true });
      await expectAccessible(signedOut);
      await secretariat.reload();
      await expectPage(
        secretariat.getByRole("region", { name: "Answers" }).getByRole("row", { name: /Lee Seo-yeon/ }),
      ).toContainText("Not attending");
    },
  );
});
