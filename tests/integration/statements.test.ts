// Joint statements against a running portal and its real database: who may see a draft, the workflow
// refusing every illegal transition, and no lost update when people change the text at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StatementStage } from "../../db/schema";
import { STAGES } from "~/statements/workflow";
import { CONFIRMED } from "~/statements/route-helpers.server";
import { docxDocumentXml } from "../helpers/docx";
import { reached, waitForEmails } from "../helpers/emails";
import { queueDrained } from "../helpers/queue";
import { readingEnglish } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
const cookies: Record<string, string> = {};
const PEOPLE = {
  penholder: "andres.solano@rree-costarica.example.org", // Costa Rica holds the pen
  korea: "seoyeon.lee@mofa-korea.example.org",
  ghana: "kwame.mensah@mfa-ghana.example.org",
  outsider: "camille.lefevre@diplomatie-france.example.org", // France is not in the group
  secretariat: "claire.hartley@secretariat.example.org",
  uninvolved: "mette.kjaergaard@um-denmark.example.org", // Denmark takes no part in the test drafts
};
type Who = keyof typeof PEOPLE;

beforeAll(async () => {
  portal = await startPortal();
  // Stepped up: this file tests the workflow; tests/integration/confirmation.test.ts tests the confirmation.
  for (const [who, email] of Object.entries(PEOPLE)) {
    cookies[who] = await sessionCookieFor(portal, email, { steppedUp: true });
  }
  await readingEnglish(portal.database.db, [PEOPLE.penholder]);
});
afterAll(() => portal.stop());

const get = (path: string, who: Who) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookies[who]! }, redirect: "manual" });
/** A form as the person sends it after confirming on the confirmation screen, where the act asks for it. */
const post = (path: string, who: Who, body: Record<string, string | number>) => {
  const act = CONFIRMED[String(body.intent)]?.act;
  return postForm(portal, path, act ? { ...body, _confirm: act } : body, { cookie: cookies[who]! });
};
const db = () => portal.database.db;

const FIRST_TEXT = [
  "The members of the group are gravely concerned by reports of hate speech and attacks against civilians.",
  "We call on all parties to respect international humanitarian law and to protect civilians.",
  "We encourage the Special Adviser to brief the Security Council without delay.",
].join("\n\n");

/** A fresh draft by Costa Rica with Korea and Ghana in the group; returns its id and paragraph ids. */
async function newDraft(title = "Joint statement on the protection of civilians in a test situation") {
  const response = await post("/statements/new", "penholder", {
    title,
    kind: "joint_statement",
    language: "en",
    topic: "",
    occasion: "",
    group: "republic-of-korea",
    text: FIRST_TEXT,
  });
  expect(response.status).toBe(302);
  const id = Number(/\/statements\/(\d+)/.exec(response.headers.get("location") ?? "")?.[1]);
  await db()
    .insertInto("statement_members")
    .values({ statement_id: id, member_id: await memberId("ghana") })
    .execute();
  const paragraphs = await db()
    .selectFrom("statement_paragraphs")
    .select(["id", "body"])
    .where("statement_id", "=", id)
    .orderBy("position")
    .execute();
  return { id, paragraphs: paragraphs.map((p) => p.id) };
}

async function memberId(slug: string) {
  return (await db().selectFrom("members").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

async function state(id: number) {
  return db()
    .selectFrom("statements")
    .select(["stage", "current_version"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

async function propose(id: number, paragraph: number, who: Who, body: string, basedOn?: number) {
  return post(`/statements/${id}/paragraphs/${paragraph}`, who, {
    intent: "propose",
    kind: "replace",
    body,
    rationale: "Closer to agreed language.",
    basedOn: basedOn ?? (await state(id)).current_version,
  });
}

async function pendingAmendment(id: number, paragraph: number) {
  await propose(id, paragraph, "korea", "We call on all parties to respect international humanitarian law.");
  return (
    await db()
      .selectFrom("amendments")
      .select("id")
      .where("statement_id", "=", id)
      .where("status", "=", "pending")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow()
  ).id;
}

describe("who may see a draft", () => {
  it("answers 404 to a member outside the drafting group, in pages, history, exports and actions alike", async () => {
    const { id, paragraphs } = await newDraft("Draft the French focal point must not see");
    const paths = [
      `/statements/${id}`,
      `/statements/${id}/paragraphs/${paragraphs[0]}`,
      `/statements/${id}/history`,
      `/statements/${id}/versions/1`,
      `/statements/${id}/versions/1/docx`,
      `/statements/${id}/versions/1/txt`,
    ];
    for (const path of paths) {
      const response = await get(path, "outsider");
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain("hate speech");
      expect((await get(path, "korea")).status, path).toBe(200);
      expect((await get(path, "secretariat")).status, path).toBe(200);
    }
    const list = await (await get("/statements", "outsider")).text();
    expect(list).not.toContain("Draft the French focal point must not see");
    expect(await (await get("/statements", "korea")).text()).toContain("Draft the French focal point must not see");
    expect((await propose(id, paragraphs[0]!, "outsider", "Changed by an outsider")).status).toBe(404);
    expect((await post(`/statements/${id}`, "outsider", { intent: "break_silence", reason: "x" })).status).toBe(404);
    expect((await fetch(`${portal.baseUrl}/statements/${id}/versions/1/docx`, { redirect: "manual" })).status).toBe(
      302,
    );
    expect(await db().selectFrom("amendments").select("id").where("statement_id", "=", id).execute()).toEqual([]);
  });

  it("shows the seeded drafts only to their groups, and a published text to the whole network", async () => {
    const outsiderList = await (await get("/statements", "outsider")).text();
    expect(outsiderList).not.toContain("restraint in the use of the veto"); // France is not in that group
    expect(outsiderList).toContain("interactive dialogue on the Responsibility to Protect"); // published
    const published = await db()
      .selectFrom("statements")
      .select("id")
      .where("stage", "=", "published")
      .executeTakeFirstOrThrow();
    const page = await get(`/statements/${published.id}`, "outsider");
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Denmark, on behalf of");
    // The drafting itself (history, earlier versions) stays with the group.
    expect((await get(`/statements/${published.id}/history`, "outsider")).status).toBe(404);
  });
});

describe("the workflow", () => {
  const tomorrow = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

  /** Every action of the workflow, as the person entitled to it would send it. */
  function attempts(id: number, paragraph: number, amendment: number, version: number) {
    const onParagraph = `/statements/${id}/paragraphs/${paragraph}`;
    const onStatement = `/statements/${id}`;
    return [
      {
        action: "propose",
        who: "korea",
        path: onParagraph,
        body: { intent: "propose", kind: "replace", body: "New words.", rationale: "Why.", basedOn: version },
      },
      {
        action: "comment",
        who: "ghana",
        path: onParagraph,
        body: { intent: "comment", amendment, stance: "support", body: "" },
      },
      {
        action: "accept",
        who: "penholder",
        path: onParagraph,
        body: { intent: "accept", amendment, basedOn: version },
      },
      { action: "reject", who: "penholder", path: onParagraph, body: { intent: "reject", amendment, reason: "No." } },
      { action: "set_status", who: "penholder", path: onParagraph, body: { intent: "set_status", status: "agreed" } },
      {
        action: "edit",
        who: "penholder",
        path: onParagraph,
        body: { intent: "edit", body: "Rewritten.", basedOn: version },
      },
      {
        action: "add_paragraph",
        who: "penholder",
        path: onStatement,
        body: { intent: "add_paragraph", body: "Added.", basedOn: version },
      },
      {
        action: "start_silence",
        who: "penholder",
        path: onStatement,
        body: {
          intent: "start_silence",
          deadlineDate: tomorrow,
          deadlineTime: "12:00",
          acceptedDeadline: `${tomorrow}T12:00`,
        },
      },
      {
        action: "break_silence",
        who: "korea",
        path: onStatement,
        body: { intent: "break_silence", reason: "We need more time." },
      },
      { action: "open_signature", who: "penholder", path: onStatement, body: { intent: "open_signature" } },
      { action: "invite", who: "penholder", path: onStatement, body: { intent: "invite", members: "france" } },
      { action: "sign", who: "korea", path: onStatement, body: { intent: "sign" } },
      {
        action: "publish",
        who: "penholder",
        path: onStatement,
        body: {
          intent: "publish",
          deliveredOn: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10),
          venue: "New York",
        },
      },
    ] as const;
  }

  // Which stage each action belongs to; every other stage must refuse it.
  const ALLOWED: Record<string, StatementStage> = {
    propose: "drafting",
    comment: "drafting",
    accept: "drafting",
    reject: "drafting",
    set_status: "drafting",
    edit: "drafting",
    add_paragraph: "drafting",
    start_silence: "drafting",
    break_silence: "silence",
    open_signature: "adopted",
    invite: "signature",
    sign: "signature",
    publish: "signature",
  };

  it("refuses every illegal transition with 409 and changes nothing", async () => {
    const { id, paragraphs } = await newDraft();
    const amendment = await pendingAmendment(id, paragraphs[1]!);
    // Korea is invited to co-sign, so only the stage can stand in the way of its signature.
    await db()
      .insertInto("statement_signatures")
      .values({ statement_id: id, member_id: await memberId("republic-of-korea") })
      .execute();
    for (const stage of STAGES) {
      const future = new Date(Date.now() + 86_400_000);
      await db()
        .updateTable("statements")
        .set({
          stage,
          silence_deadline: stage === "silence" ? future : null,
          delivered_on: stage === "published" ? "2026-07-01" : null,
          venue: stage === "published" ? "New York" : null,
        })
        .where("id", "=", id)
        .execute();
      const before = await state(id);
      const snapshot = async () => ({
        statement: await state(id),
        paragraphs: await db()
          .selectFrom("statement_paragraphs")
          .select(["body", "status"])
          .where("statement_id", "=", id)
          .orderBy("id")
          .execute(),
        amendments: await db()
          .selectFrom("amendments")
          .select(["status"])
          .where("statement_id", "=", id)
          .orderBy("id")
          .execute(),
        comments: (
          await db().selectFrom("amendment_comments").select("id").where("amendment_id", "=", amendment).execute()
        ).length,
        signatures: await db()
          .selectFrom("statement_signatures")
          .select(["member_id", "signed_at"])
          .where("statement_id", "=", id)
          .orderBy("member_id")
          .execute(),
        // A refused command records nothing: no audit entry, no notification.
        audit: (
          await db()
            .selectFrom("audit_log")
            .select("id")
            .where("subject_kind", "=", "statement")
            .where("subject_id", "=", id)
            .execute()
        ).length,
        notifications: (
          await db().selectFrom("notifications").select("id").where("link", "=", `/statements/${id}`).execute()
        ).length,
      });
      const unchanged = await snapshot();
      for (const attempt of attempts(id, paragraphs[1]!, amendment, before.current_version)) {
        if (ALLOWED[attempt.action] === stage) continue;
        const response = await post(attempt.path, attempt.who, attempt.body);
        expect(response.status, `${attempt.action} while ${stage}`).toBe(409);
        expect(await snapshot(), `${attempt.action} while ${stage}`).toEqual(unchanged);
      }
    }
  });

  it("refuses workflow actions to those not entitled to them with 403", async () => {
    const { id, paragraphs } = await newDraft();
    const amendment = await pendingAmendment(id, paragraphs[0]!);
    const version = (await state(id)).current_version;
    // A drafter may not decide, edit or start a silence procedure; the secretariat does not draft.
    expect(
      (
        await post(`/statements/${id}/paragraphs/${paragraphs[0]}`, "korea", {
          intent: "accept",
          amendment,
          basedOn: version,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post(`/statements/${id}/paragraphs/${paragraphs[0]}`, "ghana", {
          intent: "edit",
          body: "Mine now.",
          basedOn: version,
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await post(`/statements/${id}`, "korea", {
          intent: "start_silence",
          deadlineDate: tomorrow,
          deadlineTime: "12:00",
          acceptedDeadline: `${tomorrow}T12:00`,
        })
      ).status,
    ).toBe(403);
    expect((await propose(id, paragraphs[0]!, "secretariat", "The secretariat's words")).status).toBe(403);
    expect(await state(id)).toEqual({ stage: "drafting", current_version: version });
  });

  it(
    "starts silence only with a future deadline and no bracketed paragraph; " + "a break returns the text to drafting",
    async () => {
      const { id, paragraphs } = await newDraft();
      const path = `/statements/${id}`;
      const past = await post(path, "penholder", {
        intent: "start_silence",
        deadlineDate: "2020-01-01",
        deadlineTime: "12:00",
        acceptedDeadline: "2020-01-01T12:00",
      });
      expect(past.status).toBe(409);
      expect(await past.text()).toContain("Choose a deadline in the future.");
      await post(`/statements/${id}/paragraphs/${paragraphs[2]}`, "penholder", {
        intent: "set_status",
        status: "bracketed",
      });
      const bracketed = await post(path, "penholder", {
        intent: "start_silence",
        deadlineDate: tomorrow,
        deadlineTime: "12:00",
        acceptedDeadline: `${tomorrow}T12:00`,
      });
      expect(bracketed.status).toBe(409);
      expect(await bracketed.text()).toContain("still bracketed");
      await post(`/statements/${id}/paragraphs/${paragraphs[2]}`, "penholder", {
        intent: "set_status",
        status: "agreed",
      });

      const since = Number(
        (
          await db()
            .selectFrom("emails")
            .select((eb) => eb.fn.max("id").as("id"))
            .executeTakeFirst()
        )?.id ?? 0,
      );
      expect(
        (
          await post(path, "penholder", {
            intent: "start_silence",
            deadlineDate: tomorrow,
            deadlineTime: "12:00",
            acceptedDeadline: `${tomorrow}T12:00`,
          })
        ).status,
      ).toBe(302);
      const deadline = (
        await db().selectFrom("statements").select("silence_deadline").where("id", "=", id).executeTakeFirstOrThrow()
      ).silence_deadline!;
      // 12:00 in San José (UTC-6) is 18:00 UTC.
      expect(new Date(deadline).toISOString()).toBe(`${tomorrow}T18:00:00.000Z`);
      const emails = await waitForEmails(
        () =>
          db()
            .selectFrom("emails")
            .selectAll()
            .where("id", ">", since)
            .where("purpose", "=", "statement_silence_started")
            .execute(),
        reached(PEOPLE.korea, PEOPLE.ghana),
      );
      const korea = emails.find((email) => email.recipient === PEOPLE.korea)!;
      expect(korea.text).toContain("(Asia/Seoul)"); // the deadline in the recipient's own time zone
      // 18:00 UTC is already the next morning in Seoul.
      const seoulDay = new Intl.DateTimeFormat("en", { day: "numeric", timeZone: "Asia/Seoul" }).format(
        new Date(`${tomorrow}T18:00:00.000Z`),
      );
      expect(korea.text).toContain(seoulDay);
      expect(emails.some((email) => email.recipient === PEOPLE.penholder)).toBe(false); // not to the one who acted
      for (const email of emails) expect(email.text).not.toContain("hate speech"); // never the draft's text

      const broken = await post(path, "ghana", {
        intent: "break_silence",
        reason: "Our capital needs to review paragraph 3.",
      });
      expect(broken.status).toBe(302);
      expect(await state(id)).toMatchObject({ stage: "drafting" });
      const events = await db()
        .selectFrom("statement_events")
        .select(["kind", "reason"])
        .where("statement_id", "=", id)
        .orderBy("id")
        .execute();
      expect(events.map((e) => e.kind)).toEqual(["created", "silence_started", "silence_broken"]);
      expect(events[2]!.reason).toBe("Our capital needs to review paragraph 3.");
    },
  );

  it("starts silence for no less than 24 hours, and warns of a deadline at night for some member", async () => {
    const { id } = await newDraft("Joint statement whose silence is timed with care");
    const path = `/statements/${id}`;
    // Twelve hours from now, on the penholder's clock in San José.
    const [soonDate, soonTime] = new Date(Date.now() + 12 * 3_600_000)
      .toLocaleString("sv-SE", { timeZone: "America/Costa_Rica" })
      .slice(0, 16)
      .split(" ") as [string, string];
    const soon = await post(path, "penholder", {
      intent: "start_silence",
      deadlineDate: soonDate,
      deadlineTime: soonTime,
      acceptedDeadline: `${soonDate}T${soonTime}`,
    });
    expect(soon.status).toBe(409);
    expect(await soon.text()).toContain("lasts at least 24 hours");

    // 17:00 in San José is 23:00 in Accra: Ghana is named, and nothing starts until the penholder accepts.
    const evening = { intent: "start_silence", deadlineDate: tomorrow, deadlineTime: "17:00" };
    const warned = await post(path, "penholder", evening);
    expect(warned.status).toBe(409);
    const page = await warned.text();
    expect(page).toContain("This deadline falls at night or on a weekend for some members");
    expect(page).toMatch(/Ghana: [^<]*\(night/);
    expect(page).not.toMatch(/Republic of Korea: [^<]*\(night/);
    expect(page).toContain(`value="${tomorrow}T17:00"`);
    expect(await state(id)).toMatchObject({ stage: "drafting" });
    // Accepting another deadline than the one shown does not count.
    const other = await post(path, "penholder", { ...evening, acceptedDeadline: `${tomorrow}T16:00` });
    expect(other.status).toBe(409);
    const started = await post(path, "penholder", { ...evening, acceptedDeadline: `${tomorrow}T17:00` });
    expect(started.status).toBe(302);
    expect(await state(id)).toMatchObject({ stage: "silence" });
  });

  it("refuses to break silence once the deadline has passed, and leaves adopting to the deadline's job", async () => {
    const { id } = await newDraft();
    await post(`/statements/${id}`, "penholder", {
      intent: "start_silence",
      deadlineDate: tomorrow,
      deadlineTime: "12:00",
      acceptedDeadline: `${tomorrow}T12:00`,
    });
    // Time moves on: the deadline is now behind us.
    await db()
      .updateTable("statements")
      .set({ silence_deadline: new Date(Date.now() - 60_000) })
      .where("id", "=", id)
      .execute();
    const late = await post(`/statements/${id}`, "korea", { intent: "break_silence", reason: "Too late?" });
    expect(late.status).toBe(409);
    expect(await late.text()).toContain("deadline has passed: the text is adopted.");
    // The refused request wrote nothing; the text reads adopted (tests/integration/statement-silence.test.ts).
    expect(await state(id)).toMatchObject({ stage: "silence" });
    expect(await (await get(`/statements/${id}`, "korea")).text()).toContain(
      "Silence was kept: the text is adopted and locked.",
    );
  });
});

describe("choosing members for a statement", () => {
  it("offers the penholder the members not in its drafting group on a page of its own, and nobody else", async () => {
    const { id } = await newDraft("Joint statement whose drafting group grows");
    const page = await get(`/statements/${id}/members?list=group`, "penholder");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Add members to the drafting group");
    expect(html).toContain('value="denmark"');
    expect(html).not.toContain('value="ghana"'); // already in the group

    expect((await get(`/statements/${id}/members?list=group`, "korea")).status).toBe(403);
    expect((await get(`/statements/${id}/members?list=group`, "outsider")).status).toBe(404);
    expect((await get(`/statements/${id}/members?list=everyone`, "penholder")).status).toBe(404);

    const empty = await post(`/statements/${id}/members?list=group`, "penholder", { intent: "add_members" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Add members to the drafting group");
    expect(
      (
        await post(`/statements/${id}/members?list=group`, "penholder", { intent: "add_members", members: "denmark" })
      ).headers.get("location"),
    ).toBe(`/statements/${id}?notice=membersAdded#group`);
  });
});

describe("no lost updates", () => {
  it(
    "lets exactly one of N parallel accepts based on the same version win; " +
      "the others are refused with what changed",
    async () => {
      const { id, paragraphs } = await newDraft();
      const amendments: number[] = [];
      for (const [index, paragraph] of [
        paragraphs[0],
        paragraphs[1],
        paragraphs[2],
        paragraphs[0],
        paragraphs[1],
      ].entries()) {
        await propose(id, paragraph!, index % 2 ? "korea" : "ghana", `Parallel wording number ${index}.`);
        amendments.push(
          (
            await db()
              .selectFrom("amendments")
              .select("id")
              .where("statement_id", "=", id)
              .orderBy("id", "desc")
              .executeTakeFirstOrThrow()
          ).id,
        );
      }
      const basedOn = (await state(id)).current_version;
      const responses = await Promise.all(
        amendments.map((amendment, index) =>
          post(
            `/statements/${id}/paragraphs/` +
              `${[paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[0], paragraphs[1]][index]}`,
            "penholder",
            { intent: "accept", amendment, basedOn },
          ),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([302, 409, 409, 409, 409]);
      const refused = await responses.find((response) => response.status === 409)!.text();
      expect(refused).toContain("The text changed while you were working");
      expect(refused).toContain("Parallel wording number");

      expect(await state(id)).toEqual({ stage: "drafting", current_version: basedOn + 1 });
      const versions = await db()
        .selectFrom("statement_versions")
        .select(["number", "amendment_id"])
        .where("statement_id", "=", id)
        .orderBy("number")
        .execute();
      expect(versions.map((v) => v.number)).toEqual([1, 2]);
      const decided = await db()
        .selectFrom("amendments")
        .select(["id", "status"])
        .where("statement_id", "=", id)
        .orderBy("id")
        .execute();
      expect(decided.filter((a) => a.status === "accepted").map((a) => a.id)).toEqual([versions[1]!.amendment_id]);
      // nothing lost: the others wait for a decision
      expect(decided.filter((a) => a.status === "pending")).toHaveLength(4);
    },
  );

  it(
    "refuses a stale edit of a paragraph without overwriting, " + "and flags amendments whose paragraph changed",
    async () => {
      const { id, paragraphs } = await newDraft();
      const amendment = await pendingAmendment(id, paragraphs[1]!);
      const basedOn = (await state(id)).current_version;
      const path = `/statements/${id}/paragraphs/${paragraphs[1]}`;
      const [first, second] = await Promise.all([
        post(path, "penholder", {
          intent: "edit",
          body: "We call on all parties to protect civilians, first edit.",
          basedOn,
        }),
        post(path, "penholder", {
          intent: "edit",
          body: "We call on all parties to protect civilians, second edit.",
          basedOn,
        }),
      ]);
      expect([first.status, second.status].sort()).toEqual([302, 409]);
      const body = (
        await db()
          .selectFrom("statement_paragraphs")
          .select("body")
          .where("id", "=", paragraphs[1]!)
          .executeTakeFirstOrThrow()
      ).body;
      expect(body).toMatch(/, (first|second) edit\.$/);

      // Korea still reads the old version: proposing against it is refused with what changed.
      const stale = await propose(id, paragraphs[1]!, "korea", "Another wording.", basedOn);
      expect(stale.status).toBe(409);
      expect(await stale.text()).toContain("You worked on version");

      const page = await (await get(path, "ghana")).text();
      expect(page).toContain("The paragraph has changed since this amendment was proposed.");
      expect(page).toContain(`id="amendment-${amendment}"`);
    },
  );
});

describe("amendments, versions and exports", () => {
  it("records the accepted amendment as a version with a word diff, and exports any version", async () => {
    const { id, paragraphs } = await newDraft();
    const since = Number(
      (
        await db()
          .selectFrom("emails")
          .select((eb) => eb.fn.max("id").as("id"))
          .executeTakeFirst()
      )?.id ?? 0,
    );
    const invited = await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .select(["recipient", "text"])
          .where("purpose", "=", "statement_group_invited")
          .where("subject", "like", "%protection of civilians in a test situation%")
          .execute(),
      reached(PEOPLE.korea),
    );
    // invited to draft when the draft was started
    expect(invited.map((email) => email.recipient)).toContain(PEOPLE.korea);
    expect(invited.map((email) => email.recipient)).not.toContain(PEOPLE.penholder);
    expect(invited[0]!.text).not.toContain("hate speech");
    expect(
      (
        await propose(
          id,
          paragraphs[1]!,
          "korea",
          "We call on all parties to respect international humanitarian law and to protect civilians everywhere.",
        )
      ).status,
    ).toBe(302);
    const proposed = await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .select(["recipient", "text"])
          .where("id", ">", since)
          .where("purpose", "=", "statement_amendment_proposed")
          .execute(),
      reached(PEOPLE.penholder, PEOPLE.ghana),
    );
    expect(proposed.map((email) => email.recipient)).toEqual(expect.arrayContaining([PEOPLE.penholder, PEOPLE.ghana]));
    expect(proposed.map((email) => email.recipient)).not.toContain(PEOPLE.korea);
    for (const email of proposed) expect(email.text).not.toContain("everywhere");

    const amendment = (
      await db().selectFrom("amendments").select("id").where("statement_id", "=", id).executeTakeFirstOrThrow()
    ).id;
    const paragraphPage = await (await get(`/statements/${id}/paragraphs/${paragraphs[1]}`, "ghana")).text();
    // The words a screen reader says around an addition ("added: … end of addition") set aside.
    const unspoken = (html: string) => html.replace(/<span class="sr-only">.*?<\/span>/g, "");
    expect(unspoken(paragraphPage)).toMatch(/<ins[^>]*>\s*everywhere/);
    await post(`/statements/${id}/paragraphs/${paragraphs[1]}`, "ghana", {
      intent: "comment",
      amendment,
      stance: "support",
      body: "Good.",
    });
    expect(
      (
        await post(`/statements/${id}/paragraphs/${paragraphs[1]}`, "penholder", {
          intent: "accept",
          amendment,
          basedOn: 1,
        })
      ).status,
    ).toBe(302);

    const history = await (await get(`/statements/${id}/history?from=1&to=2`, "korea")).text();
    expect(history).toContain("Amendment by Republic of Korea accepted");
    expect(unspoken(history)).toMatch(/<ins[^>]*>\s*everywhere/);

    const first = await (await get(`/statements/${id}/versions/1/txt`, "korea")).text();
    const second = await (await get(`/statements/${id}/versions/2/txt`, "korea")).text();
    expect(first).toContain(
      "2. We call on all parties to respect international humanitarian law and to protect civilians.",
    );
    expect(second).toContain("protect civilians everywhere.");
    expect(second).toContain("Draft — version 2. Not for circulation.");
    // A draft opens with its confidentiality, version and date, written in the text's language.
    const created = await db()
      .selectFrom("statement_versions")
      .select("created_at")
      .where("statement_id", "=", id)
      .where("number", "=", 2)
      .executeTakeFirstOrThrow();
    const day = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(created.created_at);
    expect(second.split("\n")[0]).toBe(`Draft — confidential to the drafting group. Version 2 of ${day}.`);
    // The current text carries each paragraph's status; an earlier version's were not kept.
    expect(second).toContain("1. (Open) The members of the group are gravely concerned");
    expect(first).not.toContain("(Open)");
    const printed = await (await get(`/statements/${id}/versions/2`, "korea")).text();
    expect(printed).toContain("Draft — confidential to the drafting group. Version 2");
    expect(printed).toContain('class="print-status">(Open)');
    const docx = await get(`/statements/${id}/versions/2/docx`, "korea");
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect(docx.headers.get("content-disposition")).toContain("-v2.docx");
    const xml = docxDocumentXml(Buffer.from(await docx.arrayBuffer()));
    expect(xml).toContain("protect civilians everywhere.");
    expect(xml).toContain("Draft — confidential to the drafting group. Version 2");
    expect(xml).toMatch(/<w:t[^>]*>\(Open\) <\/w:t>/);
  });

  it("shows a published text as published: co-signatories in alphabetical order, no drafting aside", async () => {
    const seeded = await db()
      .selectFrom("statements")
      .select(["id", "current_version"])
      .where("stage", "=", "published")
      .executeTakeFirstOrThrow();
    const closing = "Denmark, on behalf of Australia, Botswana, Costa Rica, Ghana, Guatemala, and Republic of Korea";
    const text = await (await get(`/statements/${seeded.id}/versions/${seeded.current_version}/txt`, "korea")).text();
    expect(text).toContain(closing);
    expect(text).not.toContain("(Agreed)");
    // Korea drafted it, yet its page reads as the network's: no statuses, counts or amendment links.
    const page = await (await get(`/statements/${seeded.id}`, "korea")).text();
    expect(page).toContain(closing);
    expect(page).not.toContain('class="paragraph-link"');
    expect(page).not.toContain("paragraph-status");
  });

  it("keeps versions immutable, even against a direct update", async () => {
    const { id } = await newDraft();
    await expect(
      db()
        .updateTable("statement_versions")
        .set({ reason: "rewritten history" })
        .where("statement_id", "=", id)
        .execute(),
    ).rejects.toThrow(/immutable/);
    expect(
      (
        await db()
          .selectFrom("statement_versions")
          .select("reason")
          .where("statement_id", "=", id)
          .executeTakeFirstOrThrow()
      ).reason,
    ).toBe("");
  });

  it("ends the published text with the penholder on behalf of the members that signed", async () => {
    const { id } = await newDraft("Joint letter signed and published in the test");
    expect((await get(`/statements/${id}`, "uninvolved")).status).toBe(404);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await post(`/statements/${id}`, "penholder", {
      intent: "start_silence",
      deadlineDate: inTwoDays,
      deadlineTime: "12:00",
      acceptedDeadline: `${inTwoDays}T12:00`,
    });
    await db()
      .updateTable("statements")
      .set({ silence_deadline: new Date(Date.now() - 1000) })
      .where("id", "=", id)
      .execute();
    expect((await post(`/statements/${id}`, "penholder", { intent: "open_signature" })).status).toBe(302);
    expect(
      (await post(`/statements/${id}`, "penholder", { intent: "invite", members: "republic-of-korea" })).status,
    ).toBe(302);
    expect((await post(`/statements/${id}`, "penholder", { intent: "invite", members: "france" })).status).toBe(302);
    // France was invited from outside the group: it may read the text it is asked to sign.
    expect((await get(`/statements/${id}`, "outsider")).status).toBe(200);
    expect((await post(`/statements/${id}`, "outsider", { intent: "sign" })).status).toBe(302);
    expect((await post(`/statements/${id}`, "korea", { intent: "sign" })).status).toBe(302);
    expect((await post(`/statements/${id}`, "ghana", { intent: "sign" })).status).toBe(409); // not invited
    expect((await post(`/statements/${id}`, "korea", { intent: "withdraw" })).status).toBe(302);
    expect(
      (
        await post(`/statements/${id}`, "penholder", {
          intent: "publish",
          deliveredOn: "2026-11-20",
          venue: "Human Rights Council, Geneva",
        })
      ).status,
    ).toBe(302);
    expect((await post(`/statements/${id}`, "korea", { intent: "sign" })).status).toBe(409); // too late: published

    const notices = await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .select(["recipient", "purpose"])
          .where("subject", "like", "%Joint letter signed and published in the test%")
          .execute(),
      (rows) =>
        reached(
          PEOPLE.korea,
          PEOPLE.ghana,
          PEOPLE.outsider,
        )(rows.filter((email) => email.purpose === "statement_published")) &&
        reached(
          PEOPLE.korea,
          PEOPLE.outsider,
        )(rows.filter((email) => email.purpose === "statement_signature_requested")),
    );
    const to = (purpose: string) =>
      notices.filter((email) => email.purpose === purpose).map((email) => email.recipient);
    expect(to("statement_signature_requested")).toEqual(expect.arrayContaining([PEOPLE.outsider, PEOPLE.korea]));
    expect(to("statement_signature_requested")).not.toContain(PEOPLE.ghana);
    // group and signatories
    expect(to("statement_published")).toEqual(expect.arrayContaining([PEOPLE.korea, PEOPLE.ghana, PEOPLE.outsider]));
    expect(to("statement_published")).not.toContain(PEOPLE.uninvolved);
    const text = await (await get(`/statements/${id}/versions/1/txt`, "secretariat")).text();
    expect(text).toContain("Costa Rica, on behalf of France");
    expect(text).not.toContain("Republic of Korea");
    // The delivery date in the text's language; a published text carries no draft header.
    expect(text).toContain("Delivered on November 20, 2026, Human Rights Council, Geneva.");
    expect(text).not.toContain("confidential");
    // Published: the whole network reads it, with the list of who signed and when.
    const published = await get(`/statements/${id}`, "uninvolved");
    expect(published.status).toBe(200);
    expect(await published.text()).toMatch(/France<\/th><td>Signed by Camille Lefèvre on /);
  });
});

describe("email preferences", () => {
  it(
    "keeps a new amendment out of the inbox of someone who chose a daily digest: " +
      "it waits in their centre and goes in the next digest",
    async () => {
      const { setPreferences } = await import("~/notifications/preferences.server");
      const { dispatchDigests } = await import("~/notifications/delivery.server");
      const ghana = (
        await db()
          .selectFrom("people")
          .innerJoin("User", "User.id", "people.user_id")
          .select("people.id")
          .where("User.email", "=", PEOPLE.ghana)
          .executeTakeFirstOrThrow()
      ).id;
      await setPreferences(db(), ghana, { amendments: "daily" });
      const title = "Joint statement on amendments read in a daily digest";
      const { id, paragraphs } = await newDraft(title);
      const since = Number(
        (
          await db()
            .selectFrom("emails")
            .select((eb) => eb.fn.max("id").as("id"))
            .executeTakeFirst()
        )?.id ?? 0,
      );
      expect(
        (
          await propose(
            id,
            paragraphs[0]!,
            "korea",
            "The members of the group are deeply concerned by reports of attacks.",
          )
        ).status,
      ).toBe(302);

      // The penholder keeps the default (at once); Ghana's waits, even once the queue has run dry.
      const immediate = await waitForEmails(
        () =>
          db()
            .selectFrom("emails")
            .select("recipient")
            .where("id", ">", since)
            .where("purpose", "=", "statement_amendment_proposed")
            .execute(),
        reached(PEOPLE.penholder),
      );
      expect(immediate.map((email) => email.recipient)).toContain(PEOPLE.penholder);
      await queueDrained(db());
      expect(
        await db()
          .selectFrom("emails")
          .select("recipient")
          .where("id", ">", since)
          .where("purpose", "=", "statement_amendment_proposed")
          .where("recipient", "=", PEOPLE.ghana)
          .execute(),
      ).toEqual([]);
      const waiting = await db()
        .selectFrom("notifications")
        .select(["kind", "email_cadence", "emailed_at"])
        .where("person_id", "=", ghana)
        .where("link", "=", `/statements/${id}`)
        .execute();
      expect(waiting).toEqual([{ kind: "amendment_proposed", email_cadence: "daily", emailed_at: null }]);
      const centre = await (await get("/notifications", "ghana")).text();
      expect(centre).toContain(`Republic of Korea proposed an amendment to “${title}”`);

      // Two days on, Accra has passed 08:00: the digest takes the amendment.
      expect(await dispatchDigests(db(), new Date(Date.now() + 2 * 86_400_000))).toBeGreaterThanOrEqual(1);
      const digest = await waitForEmails(
        () =>
          db()
            .selectFrom("emails")
            .select(["recipient", "text"])
            .where("id", ">", since)
            .where("purpose", "=", "digest_daily")
            .where("recipient", "=", PEOPLE.ghana)
            .execute(),
        (rows) => rows.length > 0,
      );
      expect(digest).toHaveLength(1);
      expect(digest[0]!.text).toContain(`Republic of Korea proposed an amendment to “${title}”`);
    },
  );
});

describe("the audit log", () => {
  it("records each act on a statement in its own words, in the name of the member who acted", async () => {
    const { id, paragraphs } = await newDraft("Joint statement whose every step is audited");
    const onStatement = `/statements/${id}`;
    const onParagraph = (paragraph: number) => `/statements/${id}/paragraphs/${paragraph}`;
    const version = async () => (await state(id)).current_version;
    const steps: [Who, string, Record<string, string | number>][] = [
      ["secretariat", onStatement, { intent: "add_members", members: "denmark" }],
      ["penholder", onStatement, { intent: "remove_member", member: "denmark" }],
      ["penholder", onStatement, { intent: "add_paragraph", body: "We will meet again.", basedOn: 1 }],
      ["penholder", onParagraph(paragraphs[0]!), { intent: "edit", body: "Reworded.", basedOn: 2 }],
      ["penholder", onParagraph(paragraphs[0]!), { intent: "set_status", status: "agreed" }],
    ];
    for (const [who, path, body] of steps)
      expect((await post(path, who, body)).status, body.intent as string).toBe(302);
    const first = await pendingAmendment(id, paragraphs[1]!);
    await post(onParagraph(paragraphs[1]!), "ghana", {
      intent: "comment",
      amendment: first,
      stance: "support",
      body: "",
    });
    await post(onParagraph(paragraphs[1]!), "penholder", {
      intent: "accept",
      amendment: first,
      basedOn: await version(),
    });
    const second = await pendingAmendment(id, paragraphs[2]!);
    await post(onParagraph(paragraphs[2]!), "penholder", { intent: "reject", amendment: second, reason: "No." });
    const silence = {
      intent: "start_silence",
      deadlineDate: "2099-01-01",
      deadlineTime: "12:00",
      acceptedDeadline: "2099-01-01T12:00",
    };
    await post(onStatement, "penholder", silence);
    await post(onStatement, "ghana", { intent: "break_silence", reason: "Accra needs a day." });
    await post(onStatement, "penholder", silence);
    await db()
      .updateTable("statements")
      .set({ silence_deadline: new Date(Date.now() - 1000) })
      .where("id", "=", id)
      .execute();
    for (const [who, body] of [
      ["penholder", { intent: "open_signature" }],
      ["penholder", { intent: "invite", members: "republic-of-korea" }],
      ["korea", { intent: "sign" }],
      ["korea", { intent: "withdraw" }],
      ["korea", { intent: "sign" }],
      ["penholder", { intent: "publish", deliveredOn: "2026-01-15", venue: "New York" }],
    ] as const)
      expect((await post(onStatement, who, body)).status, body.intent).toBe(302);

    const entries = await db()
      .selectFrom("audit_log as a")
      .leftJoin("members as m", "m.id", "a.member_id")
      .select(["a.action", "a.actor_id", "m.slug"])
      .where("a.subject_kind", "=", "statement")
      .where("a.subject_id", "=", id)
      .orderBy("a.id")
      .execute();
    expect(entries.map((entry) => `${entry.action} ${entry.slug ?? "-"}`)).toEqual([
      "statement_created costa-rica",
      "group_member_added -", // the secretariat acts in no member's name
      "group_member_removed costa-rica",
      "paragraph_added costa-rica",
      "paragraph_edited costa-rica",
      "paragraph_status_set costa-rica",
      "amendment_proposed republic-of-korea",
      "amendment_commented ghana",
      "amendment_accepted costa-rica",
      "amendment_proposed republic-of-korea",
      "amendment_rejected costa-rica",
      "silence_started costa-rica",
      "silence_broken ghana",
      "silence_started costa-rica",
      "text_adopted -", // the deadline acted, nobody did
      "signature_opened costa-rica",
      "cosignatories_invited costa-rica",
      "statement_signed republic-of-korea",
      "signature_withdrawn republic-of-korea",
      "statement_signed republic-of-korea",
      "statement_published costa-rica",
    ]);
    expect(entries.find((entry) => entry.action === "text_adopted")?.actor_id).toBeNull();
    expect(entries.filter((entry) => entry.actor_id === null)).toHaveLength(1);
    // The secretariat reads them on its audit page, in words.
    const page = await (await get("/admin/audit", "secretariat")).text();
    expect(page).toContain("Text adopted at the silence deadline");
    expect(page).toContain("Amendment proposed");
  });
});

describe("bad input", () => {
  const NUL = "\u0000";

  it("answers a missing statement, paragraph or version for any id in the address, never an error", async () => {
    const { id, paragraphs } = await newDraft();
    for (const bad of ["abc", "0", "-1", "1.5", "99999999999999999999", "2147483648", "1e3", "%00", "1%00"]) {
      for (const path of [
        `/statements/${bad}`,
        `/statements/${bad}/history`,
        `/statements/${bad}/versions/1`,
        `/statements/${id}/versions/${bad}`,
        `/statements/${id}/versions/${bad}/docx`,
        `/statements/${id}/versions/${bad}/txt`,
        `/statements/${bad}/paragraphs/${paragraphs[0]}`,
        `/statements/${id}/paragraphs/${bad}`,
      ]) {
        // A NUL byte in an address is refused as a bad request before any page: it names nothing.
        expect((await get(path, "penholder")).status, path).toBe(bad.includes("%00") ? 400 : 404);
      }
      const signed = await post(`/statements/${bad}`, "penholder", { intent: "sign" });
      expect(signed.status, bad).toBe(bad.includes("%00") ? 400 : 404);
    }
  });

  it("reads odd query strings as the plain page", async () => {
    const { id } = await newDraft();
    for (const path of [
      "/statements?stage=bogus&page=abc",
      "/statements?stage=bogus&page=99999999999999999999",
      `/statements/${id}/history?from=abc&to=`,
      `/statements/${id}/history?from=-4&to=99999999999999999999`,
    ]) {
      expect((await get(path, "penholder")).status, path).toBe(200);
    }
  });

  it("gives a form back with a message next to the field and everything typed, never an error", async () => {
    const { id, paragraphs } = await newDraft();
    const amendment = await pendingAmendment(id, paragraphs[0]!);
    const signing = await newDraft("Joint letter open for signature, sent odd forms");
    await db().updateTable("statements").set({ stage: "signature" }).where("id", "=", signing.id).execute();
    const onStatement = `/statements/${id}`;
    const onParagraph = `/statements/${id}/paragraphs/${paragraphs[0]}`;
    const long = (words: string) => `${words} ${"and more ".repeat(300)}`;
    // The form, what was sent, what must come back typed, and whether a field's message shows
    // (a hidden field or a fixed choice has no message: no person types it).
    const cases: { path: string; body: Record<string, string>; kept?: string; message?: boolean }[] = [
      {
        path: "/statements/new",
        body: { title: `A title${NUL}`, kind: "joint_statement", language: "en", text: "Kept text." },
        kept: "Kept text.",
        message: true,
      },
      {
        path: "/statements/new",
        body: { title: "Kept title", kind: "manifesto", language: "xx", text: "Some text." },
        kept: "Kept title",
        message: true,
      },
      {
        path: "/statements/new",
        body: { title: "Kept title", kind: "joint_statement", language: "en", text: "x", group: "a".repeat(5000) },
        kept: "Kept title",
        message: true,
      },
      {
        path: onStatement,
        body: {
          intent: "start_silence",
          deadlineDate: "2026-02-30",
          deadlineTime: "12:00",
          acceptedDeadline: "2026-02-30T12:00",
        },
        kept: "2026-02-30",
        message: true,
      },
      {
        path: onStatement,
        body: { intent: "start_silence", deadlineDate: "2099-01-01", deadlineTime: "25:99" },
        kept: "25:99",
        message: true,
      },
      {
        path: onStatement,
        body: { intent: "add_paragraph", body: `Words${NUL}`, reason: "Kept reason", basedOn: "1" },
        kept: "Kept reason",
        message: true,
      },
      {
        path: onStatement,
        body: { intent: "add_paragraph", body: "Kept words", basedOn: "99999999999999999999" },
        kept: "Kept words",
      },
      { path: onStatement, body: { intent: "add_paragraph", body: "Kept words", basedOn: "abc" }, kept: "Kept words" },
      { path: onStatement, body: { intent: "break_silence", reason: "" } },
      { path: onStatement, body: { intent: "remove_member", member: NUL } },
      { path: onStatement, body: { intent: "no_such_thing" } },
      {
        path: `/statements/${signing.id}`,
        body: { intent: "publish", deliveredOn: "2025-13-45", venue: "Kept venue" },
        kept: "Kept venue",
        message: true,
      },
      {
        path: `/statements/${signing.id}/members?list=signatories`,
        body: { intent: "invite", members: `france${NUL}` },
        message: true,
      },
      {
        path: onParagraph,
        body: { intent: "propose", kind: "bogus", body: "Kept amendment", rationale: "Why", basedOn: "1" },
        kept: "Kept amendment",
      },
      {
        path: onParagraph,
        body: { intent: "propose", kind: "replace", body: "Kept amendment", rationale: NUL, basedOn: "1" },
        kept: "Kept amendment",
        message: true,
      },
      {
        path: onParagraph,
        body: { intent: "comment", amendment: String(amendment), stance: "support", body: long("Kept comment") },
        kept: "Kept comment",
        message: true,
      },
      {
        path: onParagraph,
        body: { intent: "reject", amendment: String(amendment), reason: long("Kept reason") },
        kept: "Kept reason",
        message: true,
      },
      { path: onParagraph, body: { intent: "comment", amendment: "1e30", stance: "support", body: "x" } },
      { path: onParagraph, body: { intent: "comment", amendment: String(amendment), stance: "maybe", body: "x" } },
      { path: onParagraph, body: { intent: "set_status", status: "half-agreed" } },
    ];
    for (const { path, body, kept, message } of cases) {
      const response = await post(path, "penholder", body);
      const label = `${path} ${JSON.stringify(body).slice(0, 100)}`;
      expect(response.status, label).toBe(400);
      const html = await response.text();
      const messages = [
        "This field is required",
        "Check this value",
        "invisible control character",
        "Choose one of the options",
        "Enter a date",
        "too long",
      ];
      if (message) expect(html, label).toMatch(new RegExp(messages.join("|")));
      if (kept) expect(html, label).toContain(kept);
    }
    expect(await state(id)).toEqual({ stage: "drafting", current_version: 1 });
    expect((await post(onStatement, "penholder", { reason: "no intent" })).status).toBe(400);
  });
});

describe("one read rule", () => {
  it("lets the SQL filter and the policy agree on who sees each statement", async () => {
    const { viewerFor } = await import("../helpers/people");
    const { visibleStatementIds } = await import("~/statements/queries.server");
    const { can } = await import("~/statements/policy");
    const statements = await db().selectFrom("statements").select(["id", "stage", "penholder_member_id"]).execute();
    const [groups, invitations] = await Promise.all([
      db().selectFrom("statement_members").select(["statement_id", "member_id"]).execute(),
      db().selectFrom("statement_signatures").select(["statement_id", "member_id"]).execute(),
    ]);
    const people = await db()
      .selectFrom("people")
      .innerJoin("User", "User.id", "people.user_id")
      .select("User.email")
      .where("people.status", "=", "active")
      .execute();
    expect(statements.length).toBeGreaterThan(3);
    for (const { email } of people) {
      const viewer = await viewerFor(db(), email);
      const bySql = (await visibleStatementIds(db(), viewer).execute()).map((row) => row.id).sort((a, b) => a - b);
      const byPolicy = statements
        .filter((statement) =>
          can(
            viewer,
            "view",
            {
              penholderMemberId: statement.penholder_member_id,
              stage: statement.stage,
              silenceDeadline: null,
              groupMemberIds: groups.filter((g) => g.statement_id === statement.id).map((g) => g.member_id),
              invitedMemberIds: invitations.filter((i) => i.statement_id === statement.id).map((i) => i.member_id),
            },
            new Date(),
          ),
        )
        .map((statement) => statement.id)
        .sort((a, b) => a - b);
      expect(bySql, email).toEqual(byPolicy);
    }
  });
});
