import { describe, expect, it } from "vitest";
import { expectPage } from "../helpers/page-expect";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { queueDrained } from "../helpers/queue";
import { lastEmailId, signIn, waitForEmail } from "./journeys";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";

const suite = portalAndBrowser();
const MAPPING = "Half of the network has mapped its national prevention mechanisms";

/** A small RFC 4180 reader, independent of the exporter, to open the CSV as a table. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else if (char !== "\r") cell += char;
  }
  return rows;
}

describe("the program of work", () => {
  it("lets a focal point report progress on a benchmark and see the network's figure move", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, KOREA);
    // The dashboard's "Needs your action" lists the benchmark among the reports Korea owes.
    const openItems = page.getByRole("list", { name: "Benchmark reports your member owes" });
    await openItems.getByRole("link", { name: MAPPING }).click();
    await page.getByRole("heading", { level: 1, name: MAPPING }).waitFor();
    await expectAccessible(page);

    const progress = page.getByRole("region", { name: "Progress" });
    const before = Number(/(\d+) of \d+ members/.exec(await progress.innerText())![1]);
    await expectPage(
      page.getByRole("img", { name: "Members who have achieved the benchmark over time" }),
    ).toBeVisible();

    const form = page.getByRole("region", { name: "Report for Republic of Korea" });
    await form.getByLabel("Status", { exact: true }).selectOption({ label: "Achieved" });
    await form.getByLabel("Note").fill("Mapping published by the Ministry of Foreign Affairs in October.");
    await form.getByLabel("Evidence link (optional)").fill("not a link");
    await form.getByRole("button", { name: "Record the report" }).click();
    await page.getByText("Enter a full web address starting with https://.").waitFor();
    await expectPage(form.getByLabel("Note")).toHaveValue(
      "Mapping published by the Ministry of Foreign Affairs in October.",
    );

    await form.getByLabel("Evidence link (optional)").fill("https://mofa.example.org/r2p/mapping");
    await form.getByRole("button", { name: "Record the report" }).click();
    await page.getByText("Your report has been recorded.").waitFor();
    const after = Number(
      /(\d+) of \d+ members/.exec(await page.getByRole("region", { name: "Progress" }).innerText())![1],
    );
    expect(after).toBe(before + 1);
    const history = page.getByRole("region", { name: "Report history" });
    await expectPage(history.getByRole("row").nth(1)).toContainText("Achieved"); // under the header, Korea's report
    await expectAccessible(page);

    await page.goto("/");
    await page.getByRole("heading", { level: 2, name: "Needs your action" }).waitFor();
    await expectPage(
      page.getByRole("list", { name: "Benchmark reports your member owes" }).getByRole("link", { name: MAPPING }),
    ).toHaveCount(0);
  });

  it("refuses a focal point's report for another member with 403", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, GHANA);
    const benchmark = await suite.portal.database.db
      .selectFrom("benchmarks")
      .select("id")
      .where("title", "=", MAPPING)
      .executeTakeFirstOrThrow();
    const response = await page.request.post(`/work/benchmarks/${benchmark.id}`, {
      form: { member: "republic-of-korea", status: "not_started", note: "", evidenceUrl: "", reportedOn: "2026-11-01" },
      headers: { Origin: suite.portal.baseUrl },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  });

  it("lets the secretariat set a benchmark and export progress as a CSV table", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, SECRETARIAT);
    await page.goto("/work");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Set a benchmark" }).click();
    await page.getByRole("heading", { level: 1, name: "Set a benchmark" }).waitFor();
    await expectAccessible(page);
    await page.getByLabel("Benchmark", { exact: true }).fill("20 members have held a national public forum on R2P");
    await page
      .getByLabel("How a member counts as having achieved it")
      .fill("A public event with civil society, reported in the media");
    await page.getByLabel("Target", { exact: true }).fill("20");
    await page.getByLabel("Deadline").fill("2026-01-01"); // before the day it is set: refused
    await page.getByRole("button", { name: "Set the benchmark" }).click();
    await page.getByText("The deadline must come after the date the benchmark is set.").waitFor();
    await page.getByLabel("Deadline").fill("2027-09-30");
    await page.getByRole("button", { name: "Set the benchmark" }).click();
    await page.getByText("The benchmark has been set.").waitFor();
    await page
      .getByRole("heading", { level: 1, name: "20 members have held a national public forum on R2P" })
      .waitFor();
    await expectPage(page.getByRole("region", { name: "Progress" })).toContainText("0 of 20 members");

    await page.goto("/work");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export progress (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^benchmark-progress-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await (await page.request.get("/work/benchmarks.csv")).text();
    const table = parseCsv(text.replace(/^\uFEFF/, ""));
    expect(table[0]).toEqual([
      "Benchmark",
      "Deadline",
      "Member",
      "Regional group",
      "Latest status",
      "Reported on",
      "Note",
      "Evidence",
    ]);
    expect(table.every((row) => row.length === 8)).toBe(true);
    const forum = table.filter((row) => row[0] === "20 members have held a national public forum on R2P");
    const members = await suite.portal.database.db.selectFrom("members").select("id").execute();
    expect(forum).toHaveLength(members.length);
    expect(forum.find((row) => row[2] === "Côte d'Ivoire")).toEqual([
      "20 members have held a national public forum on R2P",
      "2027-09-30",
      "Côte d'Ivoire",
      "African Group",
      "Not reported",
      "",
      "",
      "",
    ]);
  });

  it("takes a focal point's proposal, which the secretariat approves, with the change in its history", async () => {
    const focalPoint = await newPage(suite.browser, suite.portal);
    await signIn(focalPoint, suite.portal, GHANA);
    await focalPoint.goto("/work");
    await focalPoint.getByRole("link", { name: "Propose an activity" }).click();
    await focalPoint.getByLabel("Title").fill("West African workshop on early warning");
    await focalPoint
      .getByLabel("Description")
      .fill("A two-day workshop in **Accra** with ECOWAS early-warning staff.\n\n<script>alert(1)</script>");
    await focalPoint.getByLabel("Category").selectOption({ label: "International" });
    await focalPoint.getByRole("button", { name: "Send the proposal" }).click();
    await focalPoint.getByText("Your proposal has been sent to the secretariat.").waitFor();
    await expectPage(focalPoint.locator(".markdown strong")).toHaveText("Accra");
    await expectPage(focalPoint.locator(".markdown script")).toHaveCount(0); // raw HTML is shown as text, never run
    await expectPage(focalPoint.getByRole("button", { name: "Approve the proposal" })).toHaveCount(0);
    const url = focalPoint.url().replace(/\?.*/, "");

    const secretariat = await newPage(suite.browser, suite.portal);
    await signIn(secretariat, suite.portal, SECRETARIAT);
    await secretariat.goto(url);
    await secretariat.getByRole("button", { name: "Approve the proposal" }).click();
    await secretariat.getByText("The proposal is approved and now planned.").waitFor();
    await secretariat.getByRole("link", { name: "Edit" }).click();
    await secretariat.getByLabel("Status").selectOption({ label: "In progress" });
    await secretariat.getByRole("button", { name: "Save changes" }).click();
    await secretariat.getByText("The activity has been updated.").waitFor();
    const history = secretariat.getByRole("region", { name: "History" });
    await expectPage(history).toContainText("Status: Planned → In progress");
    await expectPage(history).toContainText("Approved by Claire Hartley");
    await expectPage(history).toContainText("Proposed by Kwame Mensah");
    await expectAccessible(secretariat);

    await secretariat.goto("/work?category=international&member=Ghana");
    await expectPage(secretariat.getByRole("link", { name: "West African workshop on early warning" })).toBeVisible();
  });

  it(
    "returns a proposal with a note the proposer reads and is emailed, " +
      "takes the revision and tells the proposer of the approval",
    async () => {
      const { portal, browser } = suite;
      const title = "Seminar on the Framework of Analysis for East Asian ministries";
      const note = "Please name the ministries taking part and give the seminar a date.";
      const since = await lastEmailId(portal);
      const korea = await newPage(browser, portal);
      await signIn(korea, portal, KOREA);
      await korea.goto("/work/activities/new");
      await korea.getByLabel("Title").fill(title);
      await korea.getByLabel("Description").fill("A one-day seminar in Seoul.");
      await korea.getByRole("button", { name: "Send the proposal" }).click();
      await expectPage(korea.getByText("Your proposal has been sent to the secretariat.")).toBeVisible();
      const url = korea.url().replace(/\?.*/, "");

      const secretariat = await newPage(browser, portal);
      await signIn(secretariat, portal, SECRETARIAT);
      await secretariat.goto(url);
      const review = secretariat.getByRole("region", { name: "Review the proposal" });
      await review.getByRole("button", { name: "Return with a note" }).click();
      await expectPage(review.getByText("Say what the member should change")).toBeVisible();
      await expectAccessible(secretariat);
      await review.getByLabel("Note to the member").fill(note);
      await review.getByRole("button", { name: "Return with a note" }).click();
      await expectPage(
        secretariat.getByText("The proposal has been returned to its member with your note."),
      ).toBeVisible();

      // The proposer is emailed, with the note; the secretariat, who returned it, is not.
      const email = await waitForEmail(portal, KOREA, since, "notification_activity_returned");
      expect(email.text).toContain(`The secretariat's note: “${note}”`);
      await korea.goto("/dev/outbox");
      await expectPage(
        korea
          .locator("article")
          .filter({ hasText: KOREA })
          .getByRole("heading", { name: `The secretariat returned “${title}” with a note saying what to change` }),
      ).toBeVisible();
      await queueDrained(portal.database.db);
      const toSecretariat = await portal.database.db
        .selectFrom("emails")
        .select("id")
        .where("recipient", "=", SECRETARIAT)
        .where("purpose", "like", "notification_activity%")
        .execute();
      expect(toSecretariat).toEqual([]);

      // The proposer sees the note, revises and sends the proposal back.
      await korea.goto("/notifications");
      await korea
        .getByRole("link", { name: `The secretariat returned “${title}” with a note saying what to change` })
        .click();
      await expectPage(korea.getByText(`Returned by Claire Hartley: “${note}”`)).toBeVisible();
      await expectAccessible(korea);
      await korea.getByRole("link", { name: "Revise the proposal and send it back" }).click();
      await expectPage(korea.getByText(`The secretariat's note: “${note}”`)).toBeVisible();
      await korea
        .getByLabel("Description")
        .fill("A one-day seminar in Seoul with the ministries of foreign affairs, defence and justice.");
      await korea.getByLabel("Start date").fill("2027-03-03");
      await korea.getByRole("button", { name: "Send the revised proposal" }).click();
      await expectPage(korea.getByText("Your revised proposal has been sent to the secretariat.")).toBeVisible();
      await expectPage(korea.getByRole("region", { name: "History" })).toContainText(
        "Revised and sent back for review by Lee Seo-yeon",
      );

      await secretariat.goto(url);
      await secretariat.getByRole("button", { name: "Approve the proposal" }).click();
      await expectPage(secretariat.getByText("The proposal is approved and now planned.")).toBeVisible();
      const approved = await waitForEmail(portal, KOREA, since, "notification_activity_approved");
      expect(approved.subject).toBe(`“${title}” was approved: it is now planned in the program of work`);
      await korea.goto("/notifications");
      await expectPage(
        korea.getByRole("link", { name: `“${title}” was approved: it is now planned in the program of work` }),
      ).toBeVisible();
    },
    90_000, // one journey through two people's browsers
  );

  it("starts a report from the member's latest one, so recording it again lowers nothing", async () => {
    const { portal, browser } = suite;
    const { db } = portal.database;
    // Korea reported earlier that it had achieved a running benchmark, with a note and a link.
    const benchmark = await db
      .selectFrom("benchmarks")
      .select(["id", "title"])
      .where("title", "!=", MAPPING)
      .where("deadline", ">=", new Date().toISOString().slice(0, 10))
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const korea = await db
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "republic-of-korea")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("benchmark_reports")
      .values({
        benchmark_id: benchmark.id,
        member_id: korea.id,
        status: "achieved",
        note: "Training held for 40 diplomats in Seoul.",
        evidence_url: "https://mofa.example.org/r2p/training",
        reported_on: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
      })
      .execute();

    const page = await newPage(browser, portal);
    await signIn(page, portal, KOREA);
    await page.goto(`/work/benchmarks/${benchmark.id}`);
    const progress = page.getByRole("region", { name: "Progress" });
    const before = /(\d+) of \d+ members/.exec(await progress.innerText())![1];
    const form = page.getByRole("region", { name: "Report for Republic of Korea" });
    await expectPage(form.getByLabel("Status", { exact: true })).toHaveValue("achieved");
    await expectPage(form.getByLabel("Note")).toHaveValue("Training held for 40 diplomats in Seoul.");
    await expectPage(form.getByLabel("Evidence link (optional)")).toHaveValue("https://mofa.example.org/r2p/training");
    await expectAccessible(page);
    await form.getByRole("button", { name: "Record the report" }).click();
    await expectPage(page.getByText("Your report has been recorded.")).toBeVisible();
    await expectPage(page.getByRole("region", { name: "Progress" })).toContainText(`${before} of`);
    // The newest report in Korea's history (a header row comes first) still says "Achieved".
    await expectPage(page.getByRole("region", { name: "Report history" }).getByRole("row").nth(1)).toContainText(
      "Achieved",
    );

    // The secretariat, who may report for any member, picks one and starts from its latest report too.
    const secretariat = await newPage(browser, portal);
    await signIn(secretariat, portal, SECRETARIAT);
    await secretariat.goto(`/work/benchmarks/${benchmark.id}`);
    const chooser = secretariat.getByRole("region", { name: "Record a member's report" });
    await chooser.getByLabel("Member", { exact: true }).selectOption({ label: "Republic of Korea" });
    await chooser.getByRole("button", { name: "Report for this member" }).click();
    const forKorea = secretariat.getByRole("region", { name: "Report for Republic of Korea" });
    await expectPage(forKorea.getByLabel("Status", { exact: true })).toHaveValue("achieved");
    await expectPage(forKorea.getByLabel("Note")).toHaveValue("Training held for 40 diplomats in Seoul.");
    await expectAccessible(secretariat);
  }, 90_000); // two people sign in
});
