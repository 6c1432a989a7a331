// The turnover import against a real database: every line's errors with its number and nothing
// written; a French Excel file (BOM, ";") accepted; the rows become handovers and invitations in one
// transaction, undone whole when one row fails as it is written.
import { describe, expect, it } from "vitest";
import { SECRETARIAT, viewerFor } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite } from "../helpers/resend";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});
const db = () => resend.database.db;
const turnover = () => import("~/members/turnover.server");

const peopleCount = async () =>
  Number(
    (
      await db()
        .selectFrom("people")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

const HEADER = "member,name,email,role,language,starts_on";

describe("the turnover import", () => {
  it("reports every line's errors with its number and writes nothing", async () => {
    const { importTurnover } = await turnover();
    const before = await peopleCount();
    const csv = [
      HEADER,
      "ghana,Ama Owusu,ama.owusu@mfa-ghana.example.org,focal_point,en,2027-01-15",
      "Atlantis,Nobody,not-an-address,chief,de,15/01/2027",
      "ghana,Kofi Boateng,kwame.mensah@mfa-ghana.example.org,focal_point,en,2027-01-15",
      "",
      "botswana,Wanjiru Kamau,ama.owusu@mfa-ghana.example.org,alternate,en,2027-02-01",
    ].join("\n");
    const outcome = await importTurnover(db(), await viewerFor(db(), SECRETARIAT), csv);
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { line: 3, errors: ["member", "email", "role", "language", "startsOn"] },
        { line: 4, errors: ["emailTaken", "seatTwice"] },
        { line: 6, errors: ["emailTwice"] },
      ],
    });
    expect(await peopleCount()).toBe(before);
  });

  it("reads a French Excel file (BOM, semicolons, quotes), imports handovers and invitations at once", async () => {
    const { checkTurnover, importTurnover } = await turnover();
    const csv =
      "\uFEFFmember;name;email;role;language;starts_on\r\n" +
      'Côte d\'Ivoire;"Koné; Aminata";aminata.kone@diplomatie-ci.example.org;focal_point;fr;2027-01-10\r\n' +
      "Nigéria;Moussa Diop;moussa.diop@mfa-nigeria.example.org;alternate;fr;2027-01-10\r\n";
    const checked = await checkTurnover(db(), csv, "fr");
    expect(checked.errors).toEqual([]);
    expect(checked.rows.map((row) => [row.line, row.memberName, row.name, row.role])).toEqual([
      [2, "Côte d'Ivoire", "Koné; Aminata", "focal_point"],
      [3, "Nigéria", "Moussa Diop", "alternate"],
    ]);
    expect(checked.rows[0]!.predecessor).not.toBeNull();

    expect(await importTurnover(db(), await viewerFor(db(), SECRETARIAT), csv)).toEqual({ ok: true, count: 2 });
    const invited = await db()
      .selectFrom("people as p")
      .innerJoin("invitations as i", "i.person_id", "p.id")
      .select(["p.name", "p.status", "p.is_alternate as alternate", "i.handover_from as handoverFrom"])
      .where("p.name", "in", ["Koné; Aminata", "Moussa Diop"])
      .orderBy("p.name")
      .execute();
    expect(invited.map(({ name, status, alternate }) => [name, status, alternate])).toEqual([
      ["Koné; Aminata", "invited", false],
      ["Moussa Diop", "invited", true],
    ]);
    // The new focal point succeeds the member's, who is told.
    expect(invited[0]!.handoverFrom).not.toBeNull();
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where(
        "person_id",
        "in",
        db().selectFrom("people").select("id").where("name", "in", ["Koné; Aminata", "Moussa Diop"]),
      )
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["handover_started", "invitation_sent"]);
  });

  it("undoes every row when one fails as it is written", async () => {
    const { importTurnover } = await turnover();
    const secretariat = await viewerFor(db(), SECRETARIAT);
    const before = await peopleCount();
    // Someone takes the second row's address between the check and the write: a trigger stands in for them.
    const { sql } = await import("kysely");
    await sql`
      create function take_address() returns trigger language plpgsql as $$
      begin
        if new.email = 'late.comer@mfa-botswana.example.org' then
          raise exception using errcode = 'unique_violation', message = 'taken';
        end if;
        return new;
      end $$
    `.execute(db());
    await sql`create trigger take_address before insert on "User" for each row execute function take_address()`.execute(
      db(),
    );
    const csv = [
      HEADER,
      "uruguay,Sofía Pereira,sofia.pereira@mrree-uruguay.example.org,alternate,es,2027-03-01",
      "botswana,Late Comer,late.comer@mfa-botswana.example.org,alternate,en,2027-03-01",
    ].join("\n");
    await expect(importTurnover(db(), secretariat, csv)).rejects.toThrow();
    expect(await peopleCount()).toBe(before);
  });
});
