// Pairing's use cases: the secretariat pairs a newcomer with a mentor, sets up a regional pairing, or
// ends one. One function, one transaction each, with its audit entry and the notices to the people
// paired recorded with the change (delivered by the queue).
import type { RegionalGroup } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import type { Outcome } from "~/members/commands.server";
import { tellPaired } from "./notify.server";
import { can, isNewcomer, mayMentor } from "./policy";
import { appointedAt } from "./queries.server";

/** The people a pairing names, as the rules need them; the newcomer's row locked, so two pairings cannot race. */
async function peopleFacts(trx: DB, ids: number[]) {
  return trx
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.role",
      "p.status",
      "p.activated_at as activatedAt",
      appointedAt.as("appointedAt"),
      "m.id as memberId",
      "m.regional_group as regionalGroup",
    ])
    .where("p.id", "in", ids.length ? ids : [-1])
    .orderBy("p.id")
    .forNoKeyUpdate("p")
    .execute();
}

/** Pairs a newcomer with an experienced focal point of another member; both are told. */
export async function pairWithMentor(
  db: DB,
  viewer: Viewer,
  input: { newcomer: number; mentor: number },
): Promise<Outcome<{ pairingId: number }>> {
  ensure(can(viewer, "pair", null));
  return db.transaction().execute(async (trx) => {
    const at = now();
    const people = await peopleFacts(trx, [input.newcomer, input.mentor]);
    const newcomer = found(people.find((person) => person.id === input.newcomer));
    if (!isNewcomer(newcomer, at)) return { ok: false, field: "newcomer", error: "members:pairing.errors.notNewcomer" };
    const mentor = people.find((person) => person.id === input.mentor);
    if (!mentor || !mayMentor(mentor, at) || mentor.memberId === newcomer.memberId)
      return { ok: false, field: "mentor", error: "members:pairing.errors.notMentor" };
    const current = await trx
      .selectFrom("pairing_people as pp")
      .innerJoin("pairings as g", "g.id", "pp.pairing_id")
      .select("g.id")
      .where("pp.person_id", "=", newcomer.id)
      .where("pp.role", "=", "newcomer")
      .where("g.ended_at", "is", null)
      .executeTakeFirst();
    if (current) return { ok: false, field: "mentor", error: "members:pairing.errors.alreadyPaired" };
    const pairing = await trx
      .insertInto("pairings")
      .values({ kind: "mentor", created_by: viewer.id, created_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("pairing_people")
      .values([
        { pairing_id: pairing.id, person_id: mentor.id, role: "mentor" },
        { pairing_id: pairing.id, person_id: newcomer.id, role: "newcomer" },
      ])
      .execute();
    await recordAudit(trx, {
      action: "pairing_made",
      actor: viewer,
      personId: newcomer.id,
      memberId: newcomer.memberId,
      subject: { kind: "pairing", id: pairing.id },
      details: { mentorId: mentor.id },
    });
    await tellPaired(trx, pairing.id);
    return { ok: true, pairingId: pairing.id };
  });
}

/** Gathers a few focal points of one regional group's members under a name; each is told. */
export async function setUpRegionalPairing(
  db: DB,
  viewer: Viewer,
  input: { name: string; group: RegionalGroup; people: number[] },
): Promise<Outcome<{ pairingId: number }>> {
  ensure(can(viewer, "pair", null));
  const ids = [...new Set(input.people)];
  if (ids.length < 2) return { ok: false, field: "people", error: "members:pairing.errors.fewPeople" };
  return db.transaction().execute(async (trx) => {
    const people = await peopleFacts(trx, ids);
    const fits = people.filter(
      (person) =>
        person.role === "focal_point" && person.status !== "deactivated" && person.regionalGroup === input.group,
    );
    if (fits.length !== ids.length) return { ok: false, field: "people", error: "members:pairing.errors.notOfGroup" };
    const pairing = await trx
      .insertInto("pairings")
      .values({
        kind: "regional",
        name: input.name,
        regional_group: input.group,
        created_by: viewer.id,
        created_at: now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("pairing_people")
      .values(ids.map((id) => ({ pairing_id: pairing.id, person_id: id, role: "peer" as const })))
      .execute();
    await recordAudit(trx, {
      action: "pairing_made",
      actor: viewer,
      subject: { kind: "pairing", id: pairing.id },
      details: { name: input.name, people: ids.length },
    });
    await tellPaired(trx, pairing.id);
    return { ok: true, pairingId: pairing.id };
  });
}

/** Ends a pairing: it stays on record, its people no longer see each other as paired. */
export async function endPairing(db: DB, viewer: Viewer, pairingId: number): Promise<void> {
  ensure(can(viewer, "pair", null));
  await db.transaction().execute(async (trx) => {
    const pairing = found(
      await trx
        .selectFrom("pairings")
        .select(["id", "ended_at as endedAt"])
        .where("id", "=", pairingId)
        .forNoKeyUpdate()
        .executeTakeFirst(),
    );
    ensure(can(viewer, "end", { personIds: [], ended: pairing.endedAt !== null }));
    await trx
      .updateTable("pairings")
      .set({ ended_at: now(), ended_by: viewer.id })
      .where("id", "=", pairing.id)
      .execute();
    await recordAudit(trx, { action: "pairing_ended", actor: viewer, subject: { kind: "pairing", id: pairing.id } });
  });
}
