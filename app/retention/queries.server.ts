// The retention period, and the stepped-down people it concerns: warned and waiting, or to be warned.
import type { Locale } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";
import { reductionDate } from "./policy";

export async function retentionMonths(db: DB): Promise<number> {
  const row = await db.selectFrom("network_settings").select("retention_months").executeTakeFirstOrThrow();
  return row.retention_months;
}

/** Stepped-down people whose details are still kept, soonest reduced first, with the date of it. */
export async function keptDetails(db: DB, locale: Locale, months: number) {
  const rows = await db
    .selectFrom("people as p")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.name",
      memberNameSql<string | null>("m", locale).as("member"),
      "p.deactivated_at as deactivatedAt",
      "p.retention_warned_at as warnedAt",
    ])
    .where("p.status", "=", "deactivated")
    .where("p.deactivated_at", "is not", null)
    .where("p.details_reduced_at", "is", null)
    .orderBy("p.deactivated_at")
    .limit(100)
    .execute();
  return rows.map((row) => ({
    ...row,
    reducedOn: reductionDate({ deactivatedAt: row.deactivatedAt!, warnedAt: row.warnedAt }, months),
  }));
}

export async function reducedCount(db: DB): Promise<number> {
  const row = await db
    .selectFrom("people")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("details_reduced_at", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
