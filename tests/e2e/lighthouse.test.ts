// Lighthouse's accessibility score on the main pages, as a focal point (and signing in, as anyone): 100.
// Lighthouse drives its own Chromium (Debian's, through chrome-launcher), on a phone's screen, unthrottled.
// About 20 s a page on a busy two-core machine (2 minutes in all), beside the other test files.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { describe, expect, it } from "vitest";
import { KOREA } from "../helpers/people";
import { portalAndBrowser, sessionCookieFor } from "../helpers/portal";

const suite = portalAndBrowser();

describe("Lighthouse accessibility", () => {
  it(
    "scores 100 on the dashboard, the statements, a statement, the manual, the calendar, the directory and sign-in",
    {
      timeout: 180_000,
    },
    async () => {
      const { db } = suite.portal.database;
      const statement = await db
        .selectFrom("statements")
        .select("id")
        .where("stage", "=", "drafting")
        .orderBy("id")
        .executeTakeFirstOrThrow();
      const cookie = await sessionCookieFor(suite.portal, KOREA);
      const pages: [string, string | undefined][] = [
        ["/", cookie],
        ["/statements", cookie],
        [`/statements/${statement.id}`, cookie],
        ["/manual", cookie],
        ["/calendar", cookie],
        ["/members", cookie],
        ["/login", undefined],
      ];
      const chrome = await chromeLauncher.launch({
        chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync"],
      });
      const below: string[] = [];
      try {
        for (const [path, cookie] of pages) {
          const result = await lighthouse(suite.portal.baseUrl + path, {
            port: chrome.port,
            onlyCategories: ["accessibility"],
            throttlingMethod: "provided",
            extraHeaders: cookie ? { Cookie: cookie } : undefined,
            logLevel: "error",
          });
          const { categories, audits, finalDisplayedUrl } = result!.lhr;
          expect(new URL(finalDisplayedUrl).pathname, "the page itself, not a redirect").toBe(path);
          const score = Math.round((categories.accessibility!.score ?? 0) * 100);
          if (score < 100) {
            const failed = Object.values(audits)
              .filter((audit) => audit.scoreDisplayMode === "binary" && audit.score === 0)
              .map((audit) => audit.id);
            below.push(`${path}: ${score} (${failed.join(", ")})`);
          }
        }
      } finally {
        chrome.kill();
      }
      expect(below).toEqual([]);
    },
  );
});
