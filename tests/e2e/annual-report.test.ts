// The report to the annual meeting as a focal point reads it: from the program of work, a period chosen
// with the form (a reversed one refused with its message), the benchmarks and reports of that period.
import { describe, expect, it } from "vitest";
import { expectPage } from "../helpers/page-expect";
import { KOREA } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";

const suite = portalAndBrowser();
const MAPPING = "Half of the network has mapped its national prevention mechanisms";

describe("the report to the annual meeting", () => {
  it("lets a focal point choose the period and read the program of work over it", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, KOREA);
    await page.goto("/work");
    await page.getByRole("link", { name: "Report to the annual meeting" }).click();
    await page.getByRole("heading", { level: 1, name: "Report to the annual meeting" }).waitFor();
    await expectAccessible(page);

    const form = page.getByRole("form", { name: "Choose the period" });
    await form.getByLabel("From", { exact: true }).fill("2026-06-30");
    await form.getByLabel("To", { exact: true }).fill("2026-02-01");
    await form.getByRole("button", { name: "Show the report" }).click();
    await page.getByText("The end of the period must be on or after its start.").waitFor();

    await form.getByLabel("From", { exact: true }).fill("2026-02-01");
    await form.getByLabel("To", { exact: true }).fill("2026-06-30");
    await form.getByRole("button", { name: "Show the report" }).click();
    await page.getByText("From February 1, 2026 to June 30, 2026", { exact: true }).waitFor();
    expect(new URL(page.url()).search).toBe("?from=2026-02-01&to=2026-06-30");

    const benchmarks = page.getByRole("table", { name: /Each benchmark's progress at the end of the period/ });
    await expectPage(benchmarks.getByRole("rowheader", { name: MAPPING })).toBeVisible();
    await expectPage(benchmarks.getByRole("row", { name: new RegExp(MAPPING) })).toContainText(/\d+ of \d+ members/);
    const reports = page.getByRole("table", { name: /Progress reports filed from February 1, 2026 to June 30, 2026/ });
    await expectPage(reports.getByRole("row").nth(1)).toBeVisible();
    await expectPage(page.getByRole("heading", { level: 2, name: "Activities by status" })).toBeVisible();
    await expectPage(page.getByRole("link", { name: "Download as Word (.docx)" })).toHaveAttribute(
      "href",
      "/work/report.docx?from=2026-02-01&to=2026-06-30",
    );
    await expectAccessible(page);
  });
});
