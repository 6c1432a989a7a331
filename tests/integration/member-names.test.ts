// Members as the UN writes them in each reader's language: a French reader's directory says
// "République de Corée" and sorts "États-Unis d'Amérique" with E; the benchmark export in French is
// separated by ";"; the secretariat corrects a Spanish name and Spanish readers see it.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REGIONAL_GROUPS } from "../../db/schema";
import { SECRETARIAT } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
let secretariat: string;
beforeAll(async () => {
  portal = await startPortal();
  secretariat = await sessionCookieFor(portal, SECRETARIAT);
});
afterAll(() => portal?.stop());

const db = () => portal.database.db;
const get = (path: string, cookie: string) => fetch(portal.baseUrl + path, { headers: { Cookie: cookie } });
const readsIn = (locale: "en" | "fr" | "es") =>
  db().updateTable("people").set({ locale }).where("name", "=", "Claire Hartley").execute();

/** The members' names as a directory section lists them, in order. */
function namesInGroup(html: string, group: string): string[] {
  const start = html.indexOf(`id="group-${group}"`);
  const section = html.slice(start, html.indexOf("</section>", start));
  return [...section.matchAll(/<a [^>]*href="\/members\/[^"]+"[^>]*>([^<]+)<\/a>/g)].map((match) =>
    match[1]!.replace(/&#x27;|&#39;/g, "'"),
  );
}

describe("a French reader", () => {
  it("sees members named as the UN writes them in French, sorted as French sorts them", async () => {
    await readsIn("fr");
    const html = await (await get("/members", secretariat)).text();
    expect(html).toContain("République de Corée");
    expect(html).toContain("République démocratique du Congo");
    expect(html).not.toContain(">Republic of Korea<");
    const weog = namesInGroup(html, "weog");
    expect(weog).toContain("États-Unis d'Amérique");
    expect(weog).toEqual([...weog].sort(new Intl.Collator("fr").compare));
    // With E, between Espagne and Finlande, not after Uruguay as a byte order would put it.
    expect(weog.indexOf("États-Unis d'Amérique")).toBeGreaterThan(weog.indexOf("Espagne"));
    expect(weog.indexOf("États-Unis d'Amérique")).toBeLessThan(weog.indexOf("Finlande"));
    const african = namesInGroup(html, "african");
    expect(african.indexOf("Côte d'Ivoire")).toBeLessThan(african.indexOf("Gambie"));
  });

  it("finds a member by its French name and exports benchmark progress separated by ';'", async () => {
    await readsIn("fr");
    expect(await (await get("/members?q=Cor%C3%A9e", secretariat)).text()).toContain("République de Corée");
    const csv = await (await get("/work/benchmarks.csv", secretariat)).text();
    const [header, ...rows] = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(header!.split(";").length).toBe(8);
    expect(header).not.toContain(",");
    expect(rows.some((row) => row.split(";")[2] === "République de Corée")).toBe(true);
  });
});

describe("the secretariat", () => {
  it("corrects a member's Spanish name, which Spanish readers then see", async () => {
    await readsIn("es");
    const form = await (await get("/admin/members/republic-of-korea", secretariat)).text();
    expect(form).toContain('value="República de Corea"');
    const fields = {
      name: "Republic of Korea",
      nameFr: "République de Corée",
      nameEs: "República de Corea (la)",
      kind: "state",
      regionalGroup: "asia_pacific",
      capital: "Seoul",
      timeZone: "Asia/Seoul",
      joinedOn: "2011-11-08",
    };
    const empty = await postForm(
      portal,
      "/admin/members/republic-of-korea",
      { ...fields, nameEs: "" },
      { cookie: secretariat },
    );
    expect(empty.status).toBe(400);
    const saved = await postForm(portal, "/admin/members/republic-of-korea", fields, { cookie: secretariat });
    expect(saved.status).toBe(302);
    expect(await (await get("/members", secretariat)).text()).toContain("República de Corea (la)");
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "details"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: "member_updated", details: { changed: ["nameEs"] } });
    await readsIn("en");
    expect(await (await get("/members", secretariat)).text()).not.toContain("República de Corea (la)");
  });
});

describe("a notice naming a member", () => {
  it("names it in each reader's language, whoever's language it was sent in", async () => {
    const { notifyStatement } = await import("~/statements/notify.server");
    const group = await db()
      .selectFrom("statement_members as g")
      .innerJoin("people as p", "p.member_id", "g.member_id")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select(["g.statement_id as statementId", "p.id", "u.email"])
      .where("p.status", "=", "active")
      .orderBy("g.statement_id")
      .limit(2)
      .execute();
    const [reader, other] = group;
    const korea = await db()
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "republic-of-korea")
      .executeTakeFirstOrThrow();
    await notifyStatement(db(), {
      kind: "silence_broken",
      statementId: reader!.statementId,
      actorId: null,
      memberId: korea.id,
    });
    await db().updateTable("people").set({ locale: "fr" }).where("id", "=", reader!.id).execute();
    const french = await (await get("/notifications", await sessionCookieFor(portal, reader!.email))).text();
    expect(french).toContain("République de Corée");
    await db().updateTable("people").set({ locale: "es" }).where("id", "=", other!.id).execute();
    const spanish = await (await get("/notifications", await sessionCookieFor(portal, other!.email))).text();
    expect(spanish).toContain("República de Corea");
  });
});

describe("the order of members by name", () => {
  const LANGUAGES = [
    ["name", "en-x-icu", "name_order_en"],
    ["name_fr", "fr-x-icu", "name_order_fr"],
    ["name_es", "es-x-icu", "name_order_es"],
  ] as const;

  /** In each language, the members as its collation sorts their names, and as their kept places sort them. */
  async function orders() {
    return Promise.all(
      LANGUAGES.map(async ([name, collation, place]) => {
        const { rows } = await sql<{ byName: string[]; byPlace: string[] }>`
          select array_agg(${sql.id(name)} order by ${sql.id(name)} collate ${sql.id(collation)}) as "byName",
            array_agg(${sql.id(name)} order by ${sql.id(place)}, ${sql.id(name)} collate ${sql.id(collation)})
              as "byPlace"
          from members`.execute(db());
        return rows[0]!;
      }),
    );
  }

  it("keeps every member in its place as one is added or renamed, in every language", async () => {
    for (const { byName, byPlace } of await orders()) expect(byPlace).toEqual(byName);
    const { id } = await db()
      .insertInto("members")
      .values({
        slug: "order-test",
        name: "Aaland Test",
        name_fr: "Éire Test",
        name_es: "Ñandú Test",
        kind: "state",
        regional_group: "weog",
        time_zone: "Europe/Dublin",
        joined_on: "2026-01-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const [english, french, spanish] = await orders();
    for (const { byName, byPlace } of [english!, french!, spanish!]) expect(byPlace).toEqual(byName);
    expect(english!.byPlace[0]).toBe("Aaland Test");
    // "Éire" with E in French, "Ñandú" after every N in Spanish.
    expect(french!.byPlace.indexOf("Éire Test")).toBeLessThan(french!.byPlace.indexOf("Finlande"));
    expect(spanish!.byPlace.indexOf("Ñandú Test")).toBeGreaterThan(spanish!.byPlace.indexOf("Nueva Zelandia"));

    await db().updateTable("members").set({ name_es: "Zzz Test" }).where("id", "=", id).execute();
    const renamed = await orders();
    for (const { byName, byPlace } of renamed) expect(byPlace).toEqual(byName);
    expect(renamed[2]!.byPlace.at(-1)).toBe("Zzz Test");
    await db().deleteFrom("members").where("id", "=", id).execute();
  });
});

describe("the public list of members", () => {
  it("names the members by regional group, organisations last, in the reader's language and order", async () => {
    const { membersByRegion } = await import("~/public/queries.server");
    const regions = await membersByRegion(db(), "fr");
    // The UN's regional groups in their order, then the organisations.
    expect(regions.map((region) => region.group)).toEqual([...REGIONAL_GROUPS, "organisation"]);
    const asia = regions.find((region) => region.group === "asia_pacific")!.names;
    expect(asia).toContain("République de Corée");
    for (const { names } of regions) expect(names).toEqual([...names].sort(new Intl.Collator("fr").compare));

    const page = await (await fetch(portal.baseUrl + "/about/members")).text();
    expect(page).toContain("Republic of Korea");
    expect(page).not.toContain("Lee Seo-yeon");
  });
});
