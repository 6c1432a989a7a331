// Issue 24: every email the portal sends, rendered with sample data in each language, is well formed
// for mail clients: a <title> saying what it is, the preheader inside <body> (where clients read it),
// and words that wrap whole (`word-break: break-all` split "Framework" into "Frame-" "work").
import { describe, expect, it } from "vitest";
import { EMAIL_PREVIEWS } from "~/dev/email-previews.server";
import { LOCALES } from "~/i18n/config";
import { TEST_AUTH_SECRET } from "../helpers/portal";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const rendered = Object.entries(EMAIL_PREVIEWS).flatMap(([name, compose]) =>
  LOCALES.map((locale) => ({ name: `${name} (${locale})`, email: () => compose(locale) })),
);

describe.each(rendered)("the $name email", ({ email }) => {
  it("has a title, its preheader in the body and no word split mid-word", async () => {
    const { subject, html } = await email();
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    expect(title?.trim()).toBeTruthy();
    expect(title).toBe(subject.replace(/&/g, "&amp;").replace(/'/g, "&#x27;").replace(/"/g, "&quot;"));
    const head = html.slice(0, html.indexOf("<body"));
    const body = html.slice(html.indexOf("<body"));
    // React Email's preheader is the hidden div that opens the message.
    expect(head).not.toMatch(/display:none/);
    const preheader = /<div style="display:none[^"]*"[^>]*>([^<]+)/.exec(body)?.[1];
    expect(preheader?.trim()).toBeTruthy();
    // Before anything a reader sees: the network's name is the first visible line.
    expect(body.indexOf("display:none")).toBeLessThan(body.indexOf("<p"));
    expect(html).not.toMatch(/break-all/);
  });
});
