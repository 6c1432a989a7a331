// The manual over HTTP against a real database: who may write, revisions, best practices, search without JavaScript.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

const post = (path: string, cookie: string, body: Record<string, string | string[]>) =>
  postForm(portal, path, body, { cookie });
const get = (path: string, cookie: string) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" });

const section = () =>
  portal.database.db
    .selectFrom("manual_sections")
    .select(["id", "title", "body", "revision"])
    .where("slug", "=", "act-code-of-conduct")
    .executeTakeFirstOrThrow();

describe("editing the manual", () => {
  it("is for the secretariat only", async () => {
    const korea = await sessionCookieFor(portal, KOREA);
    expect((await get("/manual/tools/act-code-of-conduct/edit", korea)).status).toBe(403);
    const refused = await post("/manual/tools/act-code-of-conduct/edit", korea, {
      title: "Hijacked",
      body: "x",
      language: "en",
      note: "x",
      revision: "1",
    });
    expect(refused.status).toBe(403);
    expect((await section()).title).toBe("The ACT Code of Conduct");
    expect(
      (await post("/manual/tools/new", korea, { title: "x", slug: "x", body: "x", language: "en", note: "x" })).status,
    ).toBe(403);
  });

  it("keeps every edit as a revision, and refuses to overwrite an edit made in between", async () => {
    const cookie = await sessionCookieFor(portal, SECRETARIAT);
    const before = await section();
    const edit = (revision: number, body: string, tags: string[] = ["security-council"]) =>
      post("/manual/tools/act-code-of-conduct/edit", cookie, {
        title: before.title,
        body,
        language: "en",
        tags,
        note: `Edit from revision ${revision}`,
        revision: String(revision),
      });
    expect((await edit(before.revision, before.body + "\n\nSigning it costs nothing.")).status).toBe(302);
    // A second editor who opened the form at the same revision: told, and nothing is lost or overwritten.
    const late = await edit(before.revision, "A different text");
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("Someone saved this section while you were editing.");
    const after = await section();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.body).toContain("Signing it costs nothing.");
    const revisions = await portal.database.db
      .selectFrom("manual_revisions")
      .select(["revision", "note"])
      .where("section_id", "=", after.id)
      .orderBy("revision")
      .execute();
    expect(revisions.map((r) => r.note)).toEqual([
      "First edition of the manual",
      `Edit from revision ${before.revision}`,
    ]);

    const history = await (await get("/manual/tools/act-code-of-conduct/history", cookie)).text();
    // The words a screen reader says around an addition ("added: … end of addition") set aside.
    expect(history.replace(/<span class="sr-only">.*?<\/span>/g, "")).toMatch(
      /<ins[^>]*>[^<]*Signing it costs nothing\.[^<]*<\/ins>/,
    );

    // Saved again as it is: said so, and no revision that changes nothing.
    const again = await edit(after.revision, after.body);
    expect(again.headers.get("location")).toBe("/manual/tools/act-code-of-conduct?notice=unchanged");
    expect((await section()).revision).toBe(after.revision);
    const page = await (await get("/manual/tools/act-code-of-conduct?notice=unchanged", cookie)).text();
    expect(page).toContain("Nothing had changed, so no new revision was made.");
    // The same tags picked in another order are no change either.
    expect((await edit(after.revision, after.body, ["security-council", "training"])).status).toBe(302);
    const tagged = await section();
    expect(tagged.revision).toBe(after.revision + 1);
    const reordered = await edit(tagged.revision, after.body, ["training", "security-council"]);
    expect(reordered.headers.get("location")).toBe("/manual/tools/act-code-of-conduct?notice=unchanged");
    expect((await section()).revision).toBe(tagged.revision);
  });

  it("adds a section at the end of a chapter with a stable address, refusing a taken or reserved one", async () => {
    const cookie = await sessionCookieFor(portal, SECRETARIAT);
    const form = {
      title: "Atrocity prevention in national security strategies",
      body: "Text",
      language: "en",
      note: "New section",
    };
    const taken = await post("/manual/tools/new", cookie, { ...form, slug: "kigali-principles" });
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain("Another section already has this address.");
    expect((await post("/manual/tools/new", cookie, { ...form, slug: "history" })).status).toBe(400);
    const created = await post("/manual/tools/new", cookie, { ...form, slug: "national-security-strategies" });
    expect(created.headers.get("location")).toBe("/manual/tools/national-security-strategies?notice=created");
    const page = await (await get("/manual/tools/universal-periodic-review", cookie)).text();
    expect(page).toContain('href="/manual/tools/national-security-strategies"'); // the new last section follows
  });

  it("lets the secretariat reorder a chapter's sections", async () => {
    const order = async () =>
      (
        await portal.database.db
          .selectFrom("manual_sections as s")
          .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
          .select("s.slug")
          .where("c.slug", "=", "handover")
          .orderBy("s.position")
          .execute()
      ).map((row) => row.slug);
    const second = await portal.database.db
      .selectFrom("manual_sections")
      .select("id")
      .where("slug", "=", "your-first-months")
      .executeTakeFirstOrThrow();
    expect(
      (
        await post("/manual/handover", await sessionCookieFor(portal, GHANA), {
          section: String(second.id),
          direction: "up",
        })
      ).status,
    ).toBe(403);
    expect(await order()).toEqual(["before-you-leave", "your-first-months"]);
    const cookie = await sessionCookieFor(portal, SECRETARIAT);
    expect((await post("/manual/handover", cookie, { section: String(second.id), direction: "up" })).status).toBe(302);
    expect(await order()).toEqual(["your-first-months", "before-you-leave"]);
    // already first
    expect((await post("/manual/handover", cookie, { section: String(second.id), direction: "up" })).status).toBe(409);
  });

  it("says where a page sits in the same words on every page of the manual", async () => {
    const cookie = await sessionCookieFor(portal, GHANA);
    const trail = async (path: string) => {
      const nav =
        /<nav aria-label="You are here" class="breadcrumb">(.*?)<\/nav>/.exec(
          await (await get(path, cookie)).text(),
        )?.[1] ?? "";
      return [...nav.matchAll(/<a [^>]*href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((link) => `${link[2]} (${link[1]})`);
    };
    expect(await trail("/manual/tools")).toEqual(["Manual (/manual)"]);
    expect(await trail("/manual/tools/kigali-principles")).toEqual([
      "Manual (/manual)",
      "A compendium of tools (/manual/tools)",
    ]);
    expect(await trail("/manual/best-practices")).toEqual(["Manual (/manual)"]);
  });

  it("adds a chapter at the end of the manual, for the secretariat only", async () => {
    const form = {
      title: "Regional organisations",
      slug: "regional-organisations",
      summary: "How regional bodies prevent atrocities.",
      language: "en",
    };
    expect((await post("/manual/new", await sessionCookieFor(portal, GHANA), form)).status).toBe(403);
    const cookie = await sessionCookieFor(portal, SECRETARIAT);
    expect((await post("/manual/new", cookie, { ...form, slug: "tools" })).status).toBe(400); // taken
    const created = await post("/manual/new", cookie, form);
    expect(created.headers.get("location")).toBe("/manual/regional-organisations");
    const last = await portal.database.db
      .selectFrom("manual_chapters")
      .select("slug")
      .orderBy("position", "desc")
      .executeTakeFirstOrThrow();
    expect(last.slug).toBe("regional-organisations");
    // next chapter
    expect(await (await get("/manual/handover", cookie)).text()).toContain('href="/manual/regional-organisations"');
  });
});

describe("the secretariat's dashboard", () => {
  it("lists the best practices and activities waiting for its review, with counts, at no extra query", async () => {
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    const dashboard = async (cookie: string) => {
      const response = await get("/", cookie);
      const statements = Number(/sql;desc="(\d+)"/.exec(response.headers.get("server-timing") ?? "")?.[1]);
      const html = await response.text();
      return {
        statements,
        html,
        panel: /<section[^>]*aria-labelledby="review-heading".*?<\/section>/s.exec(html)?.[0],
      };
    };
    const proposed = await portal.database.db
      .selectFrom("activities")
      .select("id")
      .where("status", "=", "proposed")
      .execute();
    const before = await dashboard(secretariat);
    expect(before.panel).toContain("Waiting for your review");
    expect(before.panel).toContain("No best practice waits for review.");
    expect(before.panel).toContain(`${proposed.length} activit${proposed.length === 1 ? "y" : "ies"} proposed`);
    for (const { id } of proposed) expect(before.panel).toContain(`href="/work/activities/${id}"`);

    const sent = await post("/manual/best-practices/new", await sessionCookieFor(portal, GHANA), {
      title: "Atrocity-prevention briefings for new ambassadors",
      body: "What we did.",
      language: "en",
    });
    const id = /best-practices\/(\d+)/.exec(sent.headers.get("location") ?? "")?.[1];
    const after = await dashboard(secretariat);
    expect(after.panel).toContain("1 best practice submitted");
    expect(after.panel).toContain(`href="/manual/best-practices/${id}"`);
    expect(after.panel).toContain("from Ghana");

    // A focal point has no such panel; the secretariat's dashboard keeps within the dashboard's budget of five.
    const ghana = await dashboard(await sessionCookieFor(portal, GHANA));
    expect(ghana.panel).toBeUndefined();
    expect(after.statements).toBeGreaterThan(0);
    expect(after.statements).toBeLessThanOrEqual(5);
  });
});

describe("best practices", () => {
  it("are contributed for the person's own member, and reviewed by the secretariat only", async () => {
    const korea = await sessionCookieFor(portal, KOREA);
    const sent = await post("/manual/best-practices/new", korea, {
      title: "A national focal point network",
      body: "What we did.",
      language: "en",
      member: "ghana",
    });
    expect(sent.status).toBe(302);
    const id = Number(/best-practices\/(\d+)/.exec(sent.headers.get("location") ?? "")?.[1]);
    const row = await portal.database.db
      .selectFrom("best_practices as bp")
      .innerJoin("members as m", "m.id", "bp.member_id")
      .select(["m.slug", "bp.status"])
      .where("bp.id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ slug: "republic-of-korea", status: "submitted" });

    const ghana = await sessionCookieFor(portal, GHANA);
    expect((await get(`/manual/best-practices/${id}`, ghana)).status).toBe(404); // not Ghana's, not published
    expect(await (await get("/members/republic-of-korea", ghana)).text()).not.toContain(
      "A national focal point network",
    );
    expect(await (await get("/members/republic-of-korea", korea)).text()).toContain("A national focal point network");
    expect((await post(`/manual/best-practices/${id}`, korea, { intent: "publish" })).status).toBe(403);

    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    // Returning it says what to change, next to the note's box; until then nothing is decided.
    const unexplained = await post(`/manual/best-practices/${id}`, secretariat, { intent: "return", note: " " });
    expect(unexplained.status).toBe(400);
    expect(await unexplained.text()).toContain("Say what the member should add or change: it is all they will see.");
    expect(
      (
        await portal.database.db
          .selectFrom("best_practices")
          .select("status")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("submitted");
    expect((await post(`/manual/best-practices/${id}`, secretariat, { intent: "publish", note: "" })).status).toBe(302);
    expect(
      (await post(`/manual/best-practices/${id}`, secretariat, { intent: "return", note: "Too late" })).status,
    ).toBe(409); // decided already
    expect((await get(`/manual/best-practices/${id}`, ghana)).status).toBe(200);
  });
});

describe("revising a best practice", () => {
  it(
    "is for its member and the secretariat until it is published; " +
      "a returned one goes back for review without its note",
    async () => {
      const korea = await sessionCookieFor(portal, KOREA);
      const secretariat = await sessionCookieFor(portal, SECRETARIAT);
      const ghana = await sessionCookieFor(portal, GHANA);
      const sent = await post("/manual/best-practices/new", korea, {
        title: "Focal point briefings",
        body: "What we did.",
        language: "en",
      });
      const id = Number(/best-practices\/(\d+)/.exec(sent.headers.get("location") ?? "")?.[1]);
      expect(
        (await post(`/manual/best-practices/${id}`, secretariat, { intent: "return", note: "Say what worked." }))
          .status,
      ).toBe(302);

      const page = await (await get(`/manual/best-practices/${id}`, korea)).text();
      expect(page).toContain("Say what worked.");
      expect(page).toContain(`href="/manual/best-practices/${id}/edit"`);
      expect(await (await get(`/manual/best-practices/${id}/edit`, korea)).text()).toContain(
        "What the secretariat asked for: Say what worked.",
      );
      // Another member neither opens nor changes it.
      expect((await get(`/manual/best-practices/${id}/edit`, ghana)).status).toBe(404);
      expect(
        (await post(`/manual/best-practices/${id}/edit`, ghana, { title: "Hijacked", body: "x", language: "en" }))
          .status,
      ).toBe(404);

      const refused = await post(`/manual/best-practices/${id}/edit`, korea, {
        title: "",
        body: "What we did. What worked: short briefings.",
        language: "en",
      });
      expect(refused.status).toBe(400);
      const form = await refused.text();
      expect(form).toContain("This field is required.");
      expect(form).toContain("What we did. What worked: short briefings.");
      const tooLong = await post(`/manual/best-practices/${id}/edit`, korea, {
        title: "Briefings ".repeat(21),
        body: "What we did.",
        language: "en",
      });
      expect(tooLong.status).toBe(400);
      expect(await tooLong.text()).toContain("This is too long: keep it to 200 characters.");

      const revised = await post(`/manual/best-practices/${id}/edit`, korea, {
        title: "Focal point briefings",
        body: "What we did. What worked: short briefings.",
        language: "en",
        tags: "training",
      });
      expect(revised.headers.get("location")).toBe(`/manual/best-practices/${id}?notice=resubmitted`);
      const row = await portal.database.db
        .selectFrom("best_practices")
        .select(["status", "body", "tags", "review_note"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({
        status: "submitted",
        body: "What we did. What worked: short briefings.",
        tags: ["training"],
        review_note: "",
      });

      // Published, it is the manual's: its page offers no revision, and a posted one is refused.
      expect((await post(`/manual/best-practices/${id}`, secretariat, { intent: "publish", note: "" })).status).toBe(
        302,
      );
      expect(await (await get(`/manual/best-practices/${id}`, korea)).text()).not.toContain(
        `/manual/best-practices/${id}/edit`,
      );
      expect((await get(`/manual/best-practices/${id}/edit`, korea)).status).toBe(403);
      expect(
        (await post(`/manual/best-practices/${id}/edit`, secretariat, { title: "Changed", body: "x", language: "en" }))
          .status,
      ).toBe(403);
    },
  );
});

describe("search without JavaScript", () => {
  it("answers a plain GET with grouped, highlighted results, and asks who is searching", async () => {
    // signed out: to the sign-in page
    expect((await fetch(`${portal.baseUrl}/search?q=kigali`, { redirect: "manual" })).status).toBe(302);
    const html = await (await get("/search?q=kigali&tag=peacekeeping", await sessionCookieFor(portal, GHANA))).text();
    expect(html).toContain("<mark>Kigali</mark>");
    expect(html).toContain('href="/manual/tools/kigali-principles?highlight=kigali"');
    expect(html).not.toContain('id="results-activity"'); // activities carry no tags, so a tag filter leaves them out
  });

  it("points a tag chosen without words to everything with that tag in the manual", async () => {
    const html = await (await get("/search?tag=training", await sessionCookieFor(portal, GHANA))).text();
    expect(html).toContain('href="/manual?tag=training"');
    expect(html).toContain("Everything tagged “Training” in the manual");
  });

  it("answers whatever an edited address holds: never an error, and a page past the end says so", async () => {
    const cookie = await sessionCookieFor(portal, GHANA);
    const addresses = [
      `/search?q=${"kigali%20".repeat(1500)}`,
      "/search?q=kigali&kind=nonsense",
      "/search?q=kigali&tag=no-such-tag",
      "/search?q=kigali&tag=%3Cscript%3E",
      "/search?q=kigali&page=99999",
      "/search?q=kigali&page=-1",
      "/search?q=kigali&q=arria&kind=section&kind=event",
    ];
    for (const address of addresses) expect((await get(address, cookie)).status, address).toBe(200);
    // A NUL byte names nothing anyone typed: the server refuses the address as a bad request, before any page.
    for (const address of [
      "/search?q=%00",
      "/search?tag=%00",
      "/manual/tools/kigali-principles?highlight=kigali%00principles",
    ]) {
      expect((await get(address, cookie)).status, address).toBe(400);
    }
    const past = await (await get("/search?q=kigali&kind=section&page=40", cookie)).text();
    expect(past).toContain("This page is past the last result.");
    expect(past).toContain('href="/search?q=kigali&amp;kind=section">Back to the first page</a>');
  });

  it("says a search is too long next to the box, keeping what was typed, rather than dropping it", async () => {
    const long = `kigali ${"principles ".repeat(25)}`.trim();
    const html = await (
      await get(`/search?${new URLSearchParams({ q: long })}`, await sessionCookieFor(portal, GHANA))
    ).text();
    expect(html).toContain(
      '<p class="field-error" id="search-q-error">Your search is too long: shorten it to at most 200 characters.</p>',
    );
    expect(html).toContain(`value="${long}"`);
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain("<mark>");
  });
});
