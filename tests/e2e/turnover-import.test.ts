// In the browser: the secretariat uploads a year's turnover with a mistake, reads the line to correct
// (nothing imported), uploads it corrected (a French Excel file), checks the preview and imports it.
import { describe, expect, it } from "vitest";
import { SECRETARIAT } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";

const suite = portalAndBrowser();

const file = (text: string) => ({ name: "turnover.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

describe("importing a year's turnover", () => {
  it("shows each line's errors, then a preview, then imports every row", { timeout: 120_000 }, async () => {
    const page = await newPage(suite.browser, suite.portal, { viewport: { width: 390, height: 844 } });
    await signIn(page, suite.portal, SECRETARIAT);
    await page.goto("/admin");
    await page.getByRole("link", { name: "Import a year’s turnover" }).click();
    await page.getByRole("heading", { name: "Import a year’s turnover", level: 1 }).waitFor();

    await page
      .getByLabel("CSV file")
      .setInputFiles(
        file(
          "member,name,email,role,language,starts_on\n" +
            "ghana,Ama Owusu,ama.owusu@mfa-ghana.example.org,focal_point,en,2027-01-15\n" +
            "Atlantis,Nobody,nobody@example.org,alternate,en,2027-01-15\n",
        ),
      );
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByRole("heading", { name: "1 line needs correcting" }).waitFor();
    await page.getByText("Line 3: No member has this name.").waitFor();
    await expectAccessible(page);

    await page
      .getByLabel("CSV file")
      .setInputFiles(
        file(
          "\uFEFFmember;name;email;role;language;starts_on\r\n" +
            "Ghana;Ama Owusu;ama.owusu@mfa-ghana.example.org;focal_point;en;2027-01-15\r\n" +
            "Côte d'Ivoire;Awa Traoré;awa.traore@diplomatie-ci.example.org;alternate;fr;2027-01-15\r\n",
        ),
      );
    await page.getByRole("button", { name: "Check the file" }).click();
    await page.getByRole("heading", { name: "2 people to import" }).waitFor();
    await page.getByRole("cell", { name: "Focal point: succeeds Kwame Mensah" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Import 2 people" }).click();
    await page.getByText("The turnover is imported").waitFor();
    const invited = await suite.portal.database.db
      .selectFrom("people")
      .select(["name", "status"])
      .where("name", "in", ["Ama Owusu", "Awa Traoré"])
      .orderBy("name")
      .execute();
    expect(invited).toEqual([
      { name: "Ama Owusu", status: "invited" },
      { name: "Awa Traoré", status: "invited" },
    ]);
  });
});
