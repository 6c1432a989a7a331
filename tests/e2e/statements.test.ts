import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser, sessionCookieFor } from "../helpers/portal";
import { confirmAct, lastEmailId, signIn, waitForEmail } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { GHANA, JAPAN, KOREA } from "../helpers/people";

const suite = portalAndBrowser();
const DENMARK = "mette.kjaergaard@um-denmark.example.org";
const TITLE = "Joint letter on early warning in the Great Lakes region";
const SECOND = "We ask the Special Adviser to share early-warning assessments with the focal points of the region.";

describe("a joint statement, from first draft to publication", () => {
  it("is drafted, amended, put under silence, adopted, signed, published and downloaded", async () => {
    const { portal, browser } = suite;
    const penholder = await newPage(browser, portal);
    await signIn(penholder, portal, GHANA);
    await penholder.goto("/statements");
    await penholder.getByRole("link", { name: "Start a draft" }).click();
    await expectAccessible(penholder);
    await penholder.getByLabel("Title", { exact: true }).fill(TITLE);
    await penholder.getByLabel("Kind").selectOption({ label: "Joint letter" });
    const group = penholder.getByRole("group", { name: "Drafting group" });
    for (const member of ["Republic of Korea", "Denmark"]) await group.getByLabel(member, { exact: true }).check();
    await penholder
      .getByLabel("First text")
      .fill(
        `We write as focal points of the undersigned members of the Global Network.\n\n` +
          `${SECOND}\n\nWe remain at your disposal.`,
      );
    await penholder.getByRole("button", { name: "Start the draft" }).click();
    await penholder.getByText("The draft has been started.").waitFor();
    const draftUrl = new URL(penholder.url()).pathname;
    await expectPage(
      penholder.getByText("3 paragraphs — open: 3, bracketed: 0, agreed ad referendum: 0, agreed: 0."),
    ).toBeVisible();
    await expectAccessible(penholder);

    // A member outside the drafting group finds nothing there, not even the export.
    const outsider = await newPage(browser, portal);
    await signIn(outsider, portal, JAPAN);
    expect((await outsider.goto(draftUrl))?.status()).toBe(404);
    expect((await outsider.request.get(`${draftUrl}/versions/1/docx`)).status()).toBe(404);

    // Korea proposes an amendment to paragraph 2; Denmark supports it.
    const korea = await newPage(browser, portal);
    await signIn(korea, portal, KOREA);
    await korea.goto(draftUrl);
    await korea.getByRole("link", { name: "Amend or discuss, paragraph 2" }).click();
    await korea
      .getByLabel("Proposed text")
      .fill(SECOND.replace("share early-warning assessments", "share early-warning assessments in good time"));
    await korea.getByLabel("Rationale").fill("Assessments help only if they arrive before a crisis.");
    await korea.getByRole("button", { name: "Propose the amendment" }).click();
    await korea.getByText("Your amendment has been proposed to the group.").waitFor();
    await expectPage(korea.locator(".amendment ins").first()).toContainText("in good time");
    const paragraphUrl = new URL(korea.url()).pathname;
    await expectAccessible(korea);

    const denmark = await newPage(browser, portal);
    await signIn(denmark, portal, DENMARK);
    await denmark.goto(paragraphUrl);
    await denmark.getByText("Comment, support or object").click();
    await denmark.getByLabel("Your position").selectOption({ label: "Supports" });
    await denmark.getByLabel("Comment", { exact: true }).fill("Denmark supports this.");
    await denmark.getByRole("button", { name: "Send" }).click();
    await denmark.getByText("Your response has been added.").waitFor();
    await expectPage(denmark.getByText("1 supports, 0 object")).toBeVisible();

    // The penholder accepts it: the text changes and the history shows the difference.
    await penholder.goto(paragraphUrl);
    await confirmAct(penholder, portal, penholder.getByRole("button", { name: "Accept the amendment" }));
    await penholder.getByText("The amendment is accepted: a new version of the text is recorded.").waitFor();
    await penholder.goto(draftUrl);
    await penholder.getByRole("link", { name: "History and differences" }).click();
    await penholder.getByText("Amendment by Republic of Korea accepted").waitFor();
    await expectPage(penholder.locator(".diff ins").first()).toContainText("in good time");
    await expectAccessible(penholder);

    // Silence: started, broken by Denmark with a reason, started again.
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const since = await lastEmailId(portal);
    await penholder.goto(draftUrl);
    await penholder.getByLabel("Deadline date").fill(tomorrow);
    await penholder.getByRole("button", { name: "Start the silence procedure" }).click();
    // 17:00 in Accra is 02:00 in Seoul: the penholder is warned, and starts it all the same.
    const warning = penholder.getByRole("alert").filter({ hasText: "falls at night or on a weekend" });
    await expectPage(warning).toContainText(/Republic of Korea: [^()]* \(night/);
    await expectAccessible(penholder);
    await warning.getByRole("button", { name: "Start with this deadline anyway" }).click();
    await penholder.getByText("The silence procedure has started.").waitFor();
    const notice = await waitForEmail(portal, KOREA, since, "statement_silence_started");
    expect(notice.text).toContain("(Asia/Seoul)");
    expect(notice.text).not.toContain("early-warning assessments"); // never the draft's text

    await denmark.goto(draftUrl);
    await expectPage(denmark.getByText(/Silence until .* \(your time, Europe\/Copenhagen\)/)).toBeVisible();
    await denmark.getByLabel("Reason for breaking silence").fill("Copenhagen needs another day on paragraph 3.");
    await confirmAct(denmark, portal, denmark.getByRole("button", { name: "Break silence" }), DENMARK);
    await denmark.getByText("You broke silence: the text is back in drafting.").waitFor();
    await expectAccessible(denmark);

    await penholder.goto(draftUrl);
    await penholder.getByLabel("Deadline date").fill(tomorrow);
    await penholder.getByRole("button", { name: "Start the silence procedure" }).click();
    await penholder.getByRole("button", { name: "Start with this deadline anyway" }).click();
    await penholder.getByText("The silence procedure has started.").waitFor();

    // Time passes: the deadline goes by with silence kept, and the text is adopted.
    const id = Number(draftUrl.split("/").pop());
    await portal.database.db
      .updateTable("statements")
      .set({ silence_deadline: new Date(Date.now() - 60_000) })
      .where("id", "=", id)
      .execute();
    await korea.goto(draftUrl);
    await korea.getByText("Silence was kept: the text is adopted and locked.").waitFor();

    // Signature: the penholder invites, both members sign, the penholder publishes.
    await penholder.goto(draftUrl);
    await penholder.getByRole("button", { name: "Open for signature" }).click();
    await penholder.getByRole("link", { name: "Invite members to co-sign" }).click();
    const invited = penholder.getByRole("group", { name: "Invite members to co-sign" });
    for (const member of ["Republic of Korea", "Denmark"]) await invited.getByLabel(member, { exact: true }).check();
    await penholder.getByRole("button", { name: "Send the invitations" }).click();
    await penholder.getByText("The invitations to co-sign have been sent.").waitFor();
    await expectAccessible(penholder);

    // Signing is an act of state: Korea confirms with an emailed code; Denmark stepped up to break
    // silence a moment ago, so it only confirms.
    for (const [page, member, stepUpFor] of [
      [korea, "Republic of Korea", KOREA],
      [denmark, "Denmark", undefined],
    ] as const) {
      await page.goto(draftUrl);
      await confirmAct(page, portal, page.getByRole("button", { name: `Sign for ${member}` }), stepUpFor);
      await page.getByText("Your member has signed.").waitFor();
    }
    await expectPage(denmark.getByRole("row", { name: /Republic of Korea Signed by Lee Seo-yeon/ })).toBeVisible();

    await penholder.goto(draftUrl);
    await penholder.getByLabel("Venue").fill("Human Rights Council, Geneva");
    await confirmAct(penholder, portal, penholder.getByRole("button", { name: "Publish", exact: true }), GHANA);
    await penholder.getByText("The text is published and visible to the whole network.").waitFor();
    await expectPage(penholder.locator(".closing")).toHaveText(
      /^Ghana, on behalf of (Republic of Korea and Denmark|Denmark and Republic of Korea)$/,
    );

    await korea.goto(draftUrl);
    const [download] = await Promise.all([
      korea.waitForEvent("download"),
      korea.getByRole("link", { name: "Download (.docx)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("joint-letter-on-early-warning-in-the-great-lakes-region-v2.docx");

    // Published: now the whole network reads it.
    expect((await outsider.goto(draftUrl))?.status()).toBe(200);
    await expectAccessible(outsider);
  }, 180_000); // one long journey through four people's browsers
});

describe("proposing an amendment", () => {
  // Issue 19: the form kept the text after a successful proposal, inviting the same amendment twice.
  for (const javaScriptEnabled of [true, false]) {
    const how = javaScriptEnabled ? "with" : "without";
    it(`empties the form once the amendment is proposed, ${how} JavaScript`, async () => {
      const { portal, browser } = suite;
      const korea = await newPage(browser, portal, { javaScriptEnabled });
      // Signed in by session (the sign-in itself is tested in sign-in.test.ts).
      const [name, value] = (await sessionCookieFor(portal, KOREA)).split("=") as [string, string];
      await korea.context().addCookies([{ name, value, url: portal.baseUrl }]);
      await korea.goto("/statements");
      await korea.getByRole("link", { name: /restraint in the use of the veto/ }).click();
      const paragraph = javaScriptEnabled ? 3 : 4;
      await korea.getByRole("link", { name: `Amend or discuss, paragraph ${paragraph}` }).click();
      const proposed = korea.getByLabel("Proposed text");
      const original = await proposed.inputValue();
      const wording = `${original} Proposed ${how} JavaScript.`;
      await proposed.fill(wording);
      await korea.getByLabel("Rationale").fill("The group asked for a firmer ask.");
      await korea.getByRole("button", { name: "Propose the amendment" }).click();
      await korea.getByText("Your amendment has been proposed to the group.").waitFor();
      await expectPage(korea.locator(".amendment ins").first()).toContainText(wording.slice(original.length).trim());
      // The form is ready for another amendment, starting again from the paragraph's text.
      await expectPage(proposed).toHaveValue(original);
      await expectPage(korea.getByLabel("Rationale")).toHaveValue("");
      await expectPage(korea.getByLabel("Amendment", { exact: true })).toHaveValue("replace");
      // (axe runs in the page's JavaScript: only where there is some)
      if (javaScriptEnabled) await expectAccessible(korea);
    });
  }
});
