import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";
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
    // The dashboard lists the benchmark among Korea's open items.
    const openItems = page.getByRole("region", { name: "To report for Republic of Korea" });
    await openItems.getByRole("link", { name: MAPPING }).click();
    await page.getByRole("heading", { level: 1, name: MAPPING }).waitFor();
    await expectAccessible(page);

    const progress = page.getByRole("region", { name: "Progress" });
    const before = Number(/(\d+) of \d+ members/.exec(await progress.innerText())![1]);
    expect(await page.getByRole("img", { name: "Members who have achieved the benchmark over time" }).isVisible()).toBe(
      true,
    );

    const form = page.getByRole("region", { name: "Report for Republic of Korea" });
    await form.getByLabel("Status", { exact: true }).selectOption({ label: "Achieved" });
    await form.getByLabel("Note").fill("Mapping published by the Ministry of Foreign Affairs in October.");
    await form.getByLabel("Evidence link (optional)").fill("not a link");
    await form.getByRole("button", { name: "Record the report" }).click();
    await page.getByText("Enter a full web address starting with https://.").waitFor();
    expect(await form.getByLabel("Note").inputValue()).toBe(
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
    expect(await history.getByRole("row").count()).toBeGreaterThanOrEqual(2); // header + Korea's report
    await expectAccessible(page);

    await page.goto("/");
    expect(
      await page
        .getByRole("region", { name: "To report for Republic of Korea" })
        .getByRole("link", { name: MAPPING })
        .count(),
    ).toBe(0);
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
    expect(await page.getByRole("region", { name: "Progress" }).innerText()).toContain("0 of 20 members");

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
    expect(await focalPoint.locator(".markdown strong").innerText()).toBe("Accra");
    expect(await focalPoint.locator(".markdown script").count()).toBe(0); // raw HTML is shown as text, never run
    expect(await focalPoint.getByRole("button", { name: "Approve the proposal" }).count()).toBe(0);
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
    expect(await history.innerText()).toContain("Status: Planned → In progress");
    expect(await history.innerText()).toContain("Approved by Claire Hartley");
    expect(await history.innerText()).toContain("Proposed by Kwame Mensah");
    await expectAccessible(secretariat);

    await secretariat.goto("/work?category=international&member=Ghana");
    expect(await secretariat.getByRole("link", { name: "West African workshop on early warning" }).isVisible()).toBe(
      true,
    );
  });
});
