// People are findable: the directory and the portal's search find a member by its focal points'
// names, accents aside, by the short names people type, and by ministry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KOREA } from "../helpers/people";
import { type Portal, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
let korea: string;
beforeAll(async () => {
  portal = await startPortal();
  korea = await sessionCookieFor(portal, KOREA);
});
afterAll(() => portal?.stop());

const page = async (path: string) => {
  const response = await fetch(portal.baseUrl + path, { headers: { Cookie: korea } });
  expect(response.status).toBe(200);
  return response.text();
};

/** The members a directory search lists, by their addresses. */
async function directory(q: string): Promise<string[]> {
  const html = await page(`/members?${new URLSearchParams({ q })}`);
  const list = html.slice(0, html.indexOf('id="secretariat"'));
  return [...list.matchAll(/href="\/members\/([a-z0-9-]+)"/g)].map((match) => match[1]!);
}

/** The members the portal's search lists, by their addresses. */
async function searched(q: string): Promise<string[]> {
  const html = await page(`/search?${new URLSearchParams({ q })}`);
  return [...html.matchAll(/href="\/members\/([a-z0-9-]+)\?/g)].map((match) => match[1]!);
}

const CASES: [query: string, member: string][] = [
  ["Camille", "france"],
  ["Kagiso", "botswana"],
  ["Lefevre", "france"],
  ["camille lefèvre", "france"],
  ["cote", "cote-divoire"],
  ["UK", "united-kingdom"],
  ["USA", "united-states-of-america"],
  ["DRC", "democratic-republic-of-the-congo"],
  ["Ministry of International Affairs and Cooperation", "botswana"],
];

describe("the directory", () => {
  it.each(CASES)("finds %s", async (query, member) => {
    expect(await directory(query)).toContain(member);
  });

  it("takes a short name as a whole word: UK is not any member whose name has 'uk' in it", async () => {
    expect(await directory("UK")).toEqual(["united-kingdom"]);
  });

  it("still finds a member by its French name, and forgives a typo", async () => {
    expect(await directory("Corée")).toEqual(["republic-of-korea"]);
    expect(await directory("Botswanna")).toContain("botswana");
  });

  it("forgets a focal point who leaves", async () => {
    await portal.database.db
      .updateTable("people")
      .set({ status: "deactivated" })
      .where("name", "=", "Kagiso Mosweu")
      .execute();
    expect(await directory("Kagiso")).toEqual([]);
    await portal.database.db
      .updateTable("people")
      .set({ status: "active" })
      .where("name", "=", "Kagiso Mosweu")
      .execute();
    expect(await directory("Kagiso")).toEqual(["botswana"]);
  });

  it("sends an address past the last page to the first, keeping the search", async () => {
    const response = await fetch(portal.baseUrl + "/members?q=korea&page=9", {
      headers: { Cookie: korea },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/members?q=korea");
  });

  it("lists the secretariat's people with their roles and addresses", async () => {
    const html = await page("/members");
    const section = html.slice(html.indexOf('id="secretariat"'));
    expect(section).toContain("Claire Hartley");
    expect(section).toContain("mailto:claire.hartley@secretariat.example.org");
  });
});

describe("the portal's search", () => {
  it.each(CASES)("finds %s", async (query, member) => {
    expect(await searched(query)).toContain(member);
  });
});
