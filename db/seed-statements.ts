// Seeds the joint statements of db/seed-data/statements.ts: their first texts, the amendments and
// discussion, a version for every accepted amendment, and each statement's stage. Into an empty table only.
import type { DB } from "./connection";
import { statements } from "./seed-data/statements";

const HOUR = 60 * 60 * 1000;

export async function seedStatements(db: DB, now = new Date()): Promise<{ statements: number }> {
  const existing = await db.selectFrom("statements").select("id").limit(1).execute();
  if (existing.length) return { statements: 0 };
  const [members, focalPoints] = await Promise.all([
    db.selectFrom("members").select(["id", "slug"]).execute(),
    db
      .selectFrom("people")
      .select(["id", "member_id"])
      .where("role", "=", "focal_point")
      .where("is_alternate", "=", false)
      .orderBy("id")
      .execute(),
  ]);
  const memberId = new Map(members.map((m) => [m.slug, m.id]));
  const focalPointOf = new Map<number, number>();
  for (const person of focalPoints)
    if (person.member_id && !focalPointOf.has(person.member_id)) focalPointOf.set(person.member_id, person.id);
  const idOf = (slug: string) => memberId.get(slug)!;
  const personOf = (slug: string) => focalPointOf.get(idOf(slug)) ?? null;

  for (const [index, seed] of statements.entries()) {
    await db.transaction().execute(async (trx) => {
      let clock = now.getTime() - (30 - index * 5) * 24 * HOUR;
      const tick = () => new Date((clock += 7 * HOUR));
      const penholderPerson = personOf(seed.penholder);
      const { id } = await trx
        .insertInto("statements")
        .values({
          title: seed.title,
          kind: seed.kind,
          topic: seed.topic,
          occasion: seed.occasion,
          penholder_member_id: idOf(seed.penholder),
          created_by: penholderPerson,
          created_at: tick(),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("statement_members")
        .values(
          [seed.penholder, ...seed.group].map((slug) => ({
            statement_id: id,
            member_id: idOf(slug),
            added_by: penholderPerson,
          })),
        )
        .execute();
      const paragraphs = await trx
        .insertInto("statement_paragraphs")
        .values(
          seed.paragraphs.map((paragraph, position) => ({
            statement_id: id,
            position: position + 1,
            body: paragraph.body,
            status: paragraph.status,
          })),
        )
        .returning(["id", "body", "position"])
        .execute();
      if (seed.translations) {
        const { language, member, paragraphs: versions } = seed.translations;
        await trx
          .insertInto("statement_paragraph_translations")
          .values(
            versions.map((body, index) => ({
              paragraph_id: paragraphs[index]!.id,
              language,
              body,
              source_body: paragraphs[index]!.body,
              translated_by: personOf(member),
              updated_at: tick(),
            })),
          )
          .execute();
      }
      let version = 1;
      const snapshot = async (amendmentId: number | null) => {
        const text = await trx
          .selectFrom("statement_paragraphs")
          .select(["id", "body"])
          .where("statement_id", "=", id)
          .where("removed_at", "is", null)
          .orderBy("position")
          .orderBy("id")
          .execute();
        await trx
          .insertInto("statement_versions")
          .values({
            statement_id: id,
            number: version,
            paragraphs: text,
            amendment_id: amendmentId,
            created_by: penholderPerson,
            created_at: new Date(clock),
          })
          .execute();
      };
      await snapshot(null);
      await trx
        .insertInto("statement_events")
        .values({
          statement_id: id,
          kind: "created",
          person_id: penholderPerson,
          member_id: idOf(seed.penholder),
          at: new Date(clock),
        })
        .execute();

      for (const amendment of seed.amendments) {
        const target = paragraphs[amendment.paragraph]!;
        const current = await trx
          .selectFrom("statement_paragraphs")
          .select(["body", "position"])
          .where("id", "=", target.id)
          .executeTakeFirstOrThrow();
        const { id: amendmentId } = await trx
          .insertInto("amendments")
          .values({
            statement_id: id,
            paragraph_id: target.id,
            kind: amendment.kind,
            body: amendment.body,
            rationale: amendment.rationale,
            original: current.body,
            based_on_version: version,
            member_id: idOf(amendment.member),
            proposed_by: personOf(amendment.member),
            created_at: tick(),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        for (const comment of amendment.comments) {
          await trx
            .insertInto("amendment_comments")
            .values({
              amendment_id: amendmentId,
              member_id: idOf(comment.member),
              person_id: personOf(comment.member),
              stance: comment.stance,
              body: comment.body,
              created_at: tick(),
            })
            .execute();
        }
        if (amendment.status === "pending") continue;
        await trx
          .updateTable("amendments")
          .set({
            status: amendment.status,
            decided_by: penholderPerson,
            decided_at: tick(),
            decision_reason: amendment.decisionReason ?? null,
          })
          .where("id", "=", amendmentId)
          .execute();
        if (amendment.status !== "accepted") continue;
        if (amendment.kind === "replace")
          await trx
            .updateTable("statement_paragraphs")
            .set({ body: amendment.body })
            .where("id", "=", target.id)
            .execute();
        else if (amendment.kind === "delete")
          await trx
            .updateTable("statement_paragraphs")
            .set({ removed_at: new Date(clock) })
            .where("id", "=", target.id)
            .execute();
        else {
          await trx
            .updateTable("statement_paragraphs")
            .set((eb) => ({ position: eb("position", "+", 1) }))
            .where("statement_id", "=", id)
            .where("position", ">", current.position)
            .execute();
          await trx
            .insertInto("statement_paragraphs")
            .values({ statement_id: id, position: current.position + 1, body: amendment.body })
            .execute();
        }
        version += 1;
        await snapshot(amendmentId);
      }

      const stage = { current_version: version, stage: seed.stage, updated_at: new Date(clock) };
      const event = (
        kind: "silence_started" | "adopted" | "signature_opened" | "published",
        at: Date,
        extra: { deadline?: Date } = {},
      ) =>
        trx
          .insertInto("statement_events")
          .values({
            statement_id: id,
            kind,
            person_id: kind === "adopted" ? null : penholderPerson,
            member_id: kind === "adopted" ? null : idOf(seed.penholder),
            at,
            ...extra,
          })
          .execute();
      if (seed.stage === "silence") {
        const deadline = new Date(now.getTime() + (seed.silenceDays ?? 5) * 24 * HOUR);
        await trx
          .updateTable("statements")
          .set({ ...stage, silence_deadline: deadline })
          .where("id", "=", id)
          .execute();
        await event("silence_started", tick(), { deadline });
      } else if (seed.stage === "published") {
        const deliveredAt = new Date(`${seed.deliveredOn}T15:00:00Z`);
        const adoptedAt = new Date(deliveredAt.getTime() - 10 * 24 * HOUR);
        await event("silence_started", new Date(adoptedAt.getTime() - 3 * 24 * HOUR), { deadline: adoptedAt });
        await event("adopted", adoptedAt);
        await event("signature_opened", new Date(adoptedAt.getTime() + HOUR));
        if (seed.signatories?.length) {
          await trx
            .insertInto("statement_signatures")
            .values(
              seed.signatories.map((signatory, order) => ({
                statement_id: id,
                member_id: idOf(signatory.member),
                invited_by: penholderPerson,
                invited_at: new Date(adoptedAt.getTime() + 2 * HOUR),
                signed_by: signatory.signed ? personOf(signatory.member) : null,
                signed_at: signatory.signed ? new Date(adoptedAt.getTime() + (order + 3) * 20 * HOUR) : null,
              })),
            )
            .execute();
        }
        await event("published", deliveredAt);
        await trx
          .updateTable("statements")
          .set({
            ...stage,
            silence_deadline: adoptedAt,
            adopted_at: adoptedAt,
            delivered_on: seed.deliveredOn!,
            venue: seed.venue!,
            published_at: deliveredAt,
            updated_at: deliveredAt,
          })
          .where("id", "=", id)
          .execute();
      } else {
        await trx.updateTable("statements").set(stage).where("id", "=", id).execute();
      }
    });
  }
  return { statements: statements.length };
}
