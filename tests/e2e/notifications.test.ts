import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { lastEmailId, moveClock, signIn, waitForEmail } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { COSTA_RICA, GHANA, KOREA } from "../helpers/people";
import { queueDrained } from "../helpers/queue";

const suite = portalAndBrowser();

describe("notifications", () => {
  it(
    "hold amendments for a focal point's daily digest, " +
      "which arrives at 08:00 their time and unsubscribes in one click",
    async () => {
      const { portal, browser } = suite;
      const ghana = await newPage(browser, portal);
      await signIn(ghana, portal, GHANA);
      await ghana.goto("/notifications/preferences");
      await ghana.getByRole("group", { name: "Amendments" }).getByLabel("Daily digest").check();
      await ghana.getByRole("button", { name: "Save preferences" }).click();
      await ghana.getByText("Your email preferences are saved.").waitFor();
      await expectAccessible(ghana);

      // Korea proposes an amendment to the draft Ghana helps write (penholder: Costa Rica).
      const paragraph = await portal.database.db
        .selectFrom("statement_paragraphs as p")
        .innerJoin("statements as s", "s.id", "p.statement_id")
        .innerJoin("members as m", "m.id", "s.penholder_member_id")
        .select(["p.id", "p.statement_id", "p.body", "s.title"])
        .where("m.slug", "=", "costa-rica")
        .where("s.stage", "=", "drafting")
        .where("p.removed_at", "is", null)
        .orderBy("p.position")
        .executeTakeFirstOrThrow();
      const since = await lastEmailId(portal);
      const korea = await newPage(browser, portal);
      await signIn(korea, portal, KOREA);
      await korea.goto(`/statements/${paragraph.statement_id}/paragraphs/${paragraph.id}`);
      await korea.getByLabel("Proposed text").fill(`${paragraph.body} We will report back at the annual meeting.`);
      await korea.getByLabel("Rationale").fill("The group should hear how it went.");
      await korea.getByRole("button", { name: "Propose the amendment" }).click();
      await korea.getByText("Your amendment has been proposed to the group.").waitFor();

      // The penholder, who kept the default, hears at once; Ghana does not.
      await waitForEmail(portal, COSTA_RICA, since, "statement_amendment_proposed");
      await queueDrained(portal.database.db);
      const early = await portal.database.db
        .selectFrom("emails")
        .select("id")
        .where("recipient", "=", GHANA)
        .where("id", ">", since)
        .execute();
      expect(early).toEqual([]);
      await ghana.goto("/notifications");
      await expectPage(
        ghana.getByRole("link", { name: `Republic of Korea proposed an amendment to “${paragraph.title}”` }),
      ).toBeVisible();

      // The next morning at 08:30 in Accra the digest goes out.
      const tomorrow = new Date(Date.now() + 86_400_000);
      tomorrow.setUTCHours(8, 30, 0, 0);
      await moveClock(ghana, tomorrow);
      const digest = await waitForEmail(portal, GHANA, since, "digest_daily");
      expect(digest.subject).toBe("Your daily digest: 1 update");
      expect(digest.text).toContain(`Republic of Korea proposed an amendment to “${paragraph.title}”`);

      // Its unsubscribe link works without signing in.
      const link = /https?:\/\/\S*\/unsubscribe\/\S+/.exec(digest.text)?.[0];
      expect(link).toBeTruthy();
      const stranger = await newPage(browser, portal);
      await stranger.goto(link!);
      await stranger.getByRole("button", { name: "Stop these emails" }).click();
      await stranger.getByText("Done: the daily digest is stopped.").waitFor();
      await expectAccessible(stranger);
      const preference = await portal.database.db
        .selectFrom("notification_preferences as n")
        .innerJoin("people as p", "p.id", "n.person_id")
        .innerJoin("User as u", "u.id", "p.user_id")
        .select("n.cadence")
        .where("u.email", "=", GHANA)
        .where("n.category", "=", "amendments")
        .executeTakeFirstOrThrow();
      expect(preference.cadence).toBe("off");
    },
  );
});
