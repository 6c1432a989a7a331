// The network's contact list: a signed-in member downloads it as CSV (UTF-8, formulas guarded) and as
// vCards, or one person's vCard; a person may keep their phone or address out of it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GHANA, KOREA } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
let korea: string;
beforeAll(async () => {
  portal = await startPortal();
  korea = await sessionCookieFor(portal, KOREA);
});
afterAll(() => portal?.stop());

const db = () => portal.database.db;
const get = (path: string, cookie = korea) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" });
const personId = async (name: string) =>
  (await db().selectFrom("people").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;

describe("the contact list as a spreadsheet", () => {
  it("is UTF-8 with a byte-order mark, one row per active person, and a phone only where it is shared", async () => {
    const response = await get("/members/contacts.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="[\w-]+\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...rows] = csv.trimEnd().split("\r\n");
    expect(header).toBe(
      "Member,Regional group,Name,Role,Job title,Ministry or organisation,Email,Phone,Postal address,Time zone",
    );
    const active = await db()
      .selectFrom("people")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("status", "=", "active")
      .executeTakeFirstOrThrow();
    expect(rows.filter((row) => row.includes("@")).length).toBe(Number(active.n));
    const camille = rows.find((row) => row.includes("Camille Lefèvre"))!;
    expect(camille).toContain("+33 1 43 17 53 53");
    expect(camille).toContain("\"37 quai d'Orsay");
    const kagiso = rows.find((row) => row.includes("Kagiso Mosweu"))!;
    expect(kagiso).not.toContain("+267");
    expect(kagiso).toContain("Gaborone");
    expect(rows.find((row) => row.includes("Claire Hartley"))).toContain("Secretariat");
  });

  it("quotes as text a cell that a spreadsheet would run as a formula", async () => {
    await db()
      .updateTable("people")
      .set({ title: '=HYPERLINK("http://evil.example";"x")' })
      .where("name", "=", "Camille Lefèvre")
      .execute();
    const csv = await (await get("/members/contacts.csv")).text();
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"";""x"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it("is written in the reader's language, separated by ';' in French", async () => {
    await db().updateTable("people").set({ locale: "fr" }).where("name", "=", "Lee Seo-yeon").execute();
    const csv = await (await get("/members/contacts.csv")).text();
    await db().updateTable("people").set({ locale: "en" }).where("name", "=", "Lee Seo-yeon").execute();
    expect(csv.split("\r\n")[0]).toContain("Membre;Groupe régional;Nom");
    expect(csv).toContain("République de Corée");
  });
});

describe("vCards", () => {
  it("hold every active person, without a phone its owner keeps out", async () => {
    const response = await get("/members/contacts.vcf");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    const cards = await response.text();
    const csvRows = (await (await get("/members/contacts.csv")).text()).trimEnd().split("\r\n").length - 1;
    expect(cards.match(/BEGIN:VCARD\r\n/g)?.length).toBe(csvRows);
    expect(cards).toContain("FN:Camille Lefèvre\r\n");
    expect(cards).toContain("TEL;TYPE=WORK,VOICE:+33 1 43 17 53 53");
    expect(cards).not.toContain("+267");
  });

  it("for one person, found only while they are in the list", async () => {
    const id = await personId("Kagiso Mosweu");
    const response = await get(`/people/${id}/vcard.vcf`);
    expect(response.status).toBe(200);
    const card = await response.text();
    expect(card.match(/BEGIN:VCARD/g)?.length).toBe(1);
    expect(card).toContain("FN:Kagiso Mosweu");
    await db().updateTable("people").set({ status: "deactivated" }).where("id", "=", id).execute();
    expect((await get(`/people/${id}/vcard.vcf`)).status).toBe(404);
    await db().updateTable("people").set({ status: "active" }).where("id", "=", id).execute();
    expect((await get("/people/999999/vcard.vcf")).status).toBe(404);
    expect((await get("/people/abc/vcard.vcf")).status).toBe(404);
  });

  it("are the same file for every reader until a person, a member or an address changes", async () => {
    const other = await sessionCookieFor(portal, GHANA);
    const first = await (await get("/members/contacts.vcf")).text();
    expect(await (await get("/members/contacts.vcf", other)).text()).toBe(first);
    const id = await personId("Kagiso Mosweu");
    const person = await db().selectFrom("people").select("user_id").where("id", "=", id).executeTakeFirstOrThrow();
    const botswana = await db()
      .selectFrom("members")
      .select(["id", "name"])
      .where("slug", "=", "botswana")
      .executeTakeFirstOrThrow();
    await db()
      .updateTable("User")
      .set({ email: "kagiso.new@miac-botswana.example.org" })
      .where("id", "=", person.user_id)
      .execute();
    expect(await (await get("/members/contacts.vcf", other)).text()).toContain("kagiso.new@miac-botswana.example.org");
    await db().updateTable("members").set({ name: "Republic of Botswana" }).where("id", "=", botswana.id).execute();
    expect(await (await get("/members/contacts.csv")).text()).toContain("Republic of Botswana");
    expect(await (await get("/members/contacts.vcf")).text()).toContain("ORG:Republic of Botswana");
    await db().updateTable("members").set({ name: botswana.name }).where("id", "=", botswana.id).execute();
  });

  it("are not for anyone signed out", async () => {
    for (const path of [
      "/members/contacts.csv",
      "/members/contacts.vcf",
      `/people/${await personId("Kagiso Mosweu")}/vcard.vcf`,
    ]) {
      const response = await get(path, "");
      expect(response.status).not.toBe(200);
      expect(await response.text()).not.toContain("Kagiso");
    }
  });
});

describe("a person's choice", () => {
  it("leaves their phone out of the member page and the exports once unticked in their profile", async () => {
    const before = await (await get("/members/republic-of-korea")).text();
    expect(before).toContain("+82 2 2100 2114");
    const saved = await postForm(
      portal,
      "/profile",
      {
        name: "Lee Seo-yeon",
        title: "Director, Human Rights and Social Affairs Division",
        ministry: "Ministry of Foreign Affairs",
        timeZone: "Asia/Seoul",
        locale: "en",
        phone: "+82 2 2100 2114",
        postalAddress: "60 Sajik-ro 8-gil, Jongno-gu",
        shareAddress: "on",
      },
      { cookie: korea },
    );
    expect(saved.status).toBe(302);
    const page = await (await get("/members/republic-of-korea")).text();
    expect(page).not.toContain("+82 2 2100 2114");
    expect(page).toContain("60 Sajik-ro 8-gil");
    expect(await (await get("/members/contacts.csv")).text()).not.toContain("+82 2 2100 2114");
    expect(await (await get("/members/contacts.vcf")).text()).not.toContain("+82 2 2100 2114");
    const kept = await db()
      .selectFrom("people")
      .select(["phone", "share_phone"])
      .where("name", "=", "Lee Seo-yeon")
      .executeTakeFirstOrThrow();
    expect(kept).toEqual({ phone: "+82 2 2100 2114", share_phone: false });
  });

  it("is explained by a privacy notice linked from the directory and the profile", async () => {
    expect(await (await get("/members")).text()).toContain('href="/privacy"');
    expect(await (await get("/profile")).text()).toContain('href="/privacy"');
    const notice = await (await get("/privacy", "")).text();
    expect(notice).toContain("What the portal keeps");
    expect(notice).toContain("Who sees it");
  });
});
