// Reading the library: a file's owner (what decides who may read it), the files of one owner for
// its page, the library list a person may see, and a file to download.
import { sql, type Expression, type SqlBool } from "kysely";
import type { Locale } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { constant } from "~/lib/sql";
import { memberNameSql } from "~/members/names.server";
import { activityState } from "~/program/policy";
import type { LibraryFilter } from "./forms.server";
import type { OwnerRef } from "./owners";
import { libraryFileReadable, libraryFileReadableByKind, type LibraryOwner } from "./policy";

export interface OwnerRecord {
  facts: LibraryOwner;
  /** The owner's page, where its files are listed. */
  href: string;
  title: string;
}

/** The owner a reference names, as the policy and the pages need it; null if there is none. */
export async function ownerOf(db: DB, ref: OwnerRef, locale: Locale): Promise<OwnerRecord | null> {
  switch (ref.kind) {
    case "manual_section": {
      const row = await db
        .selectFrom("manual_sections as s")
        .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
        .select(["s.title", sql<string>`'/manual/' || c.slug || '/' || s.slug`.as("href")])
        .where("s.id", "=", ref.id)
        .executeTakeFirst();
      return row ? { facts: { kind: ref.kind }, ...row } : null;
    }
    case "best_practice": {
      const row = await db
        .selectFrom("best_practices")
        .select(["title", "member_id", "status"])
        .where("id", "=", ref.id)
        .executeTakeFirst();
      return row
        ? {
            facts: { kind: ref.kind, memberId: row.member_id, status: row.status },
            href: `/manual/best-practices/${ref.id}`,
            title: row.title,
          }
        : null;
    }
    case "activity": {
      const row = await db
        .selectFrom("activities as a")
        .leftJoin("people as p", "p.id", "a.proposed_by")
        .select(["a.title", "a.status", "a.archived_at", "p.member_id as memberId"])
        .where("a.id", "=", ref.id)
        .executeTakeFirst();
      return row
        ? { facts: { kind: ref.kind, state: activityState(row) }, href: `/work/activities/${ref.id}`, title: row.title }
        : null;
    }
    case "benchmark_report": {
      const row = await db
        .selectFrom("benchmark_reports as r")
        .innerJoin("benchmarks as b", "b.id", "r.benchmark_id")
        .innerJoin("members as m", "m.id", "r.member_id")
        .select([
          "r.member_id",
          "r.benchmark_id",
          sql<string>`b.title || ' — ' || ${memberNameSql("m", locale)} || ', ' || r.reported_on`.as("title"),
        ])
        .where("r.id", "=", ref.id)
        .executeTakeFirst();
      return row
        ? {
            facts: { kind: ref.kind, memberId: row.member_id },
            href: `/work/benchmarks/${row.benchmark_id}`,
            title: row.title,
          }
        : null;
    }
    case "situation_group": {
      const row = await db
        .selectFrom("situation_groups as g")
        .select((eb) => [
          "g.title",
          eb
            .selectFrom("situation_group_members as gm")
            .select(sql<number[]>`coalesce(array_agg(gm.member_id), '{}')`.as("ids"))
            .whereRef("gm.group_id", "=", "g.id")
            .as("memberIds"),
        ])
        .where("g.id", "=", ref.id)
        .executeTakeFirst();
      return row
        ? {
            facts: { kind: ref.kind, group: { memberIds: row.memberIds ?? [] } },
            href: `/groups/${ref.id}`,
            title: row.title,
          }
        : null;
    }
    case "event": {
      const row = await db
        .selectFrom("events as e")
        .select((eb) => [
          "e.title",
          "e.type",
          eb
            .selectFrom("event_registrations as r")
            .select(sql<number[]>`coalesce(array_agg(r.person_id), '{}')`.as("ids"))
            .whereRef("r.event_id", "=", "e.id")
            .where("r.status", "=", "registered")
            .where("r.cancelled_at", "is", null)
            .as("registered"),
        ])
        .where("e.id", "=", ref.id)
        .executeTakeFirst();
      return row
        ? {
            facts: { kind: ref.kind, type: row.type, registered: row.registered ?? [] },
            href: `/calendar/${ref.id}`,
            title: row.title,
          }
        : null;
    }
    case "annual_meeting": {
      const row = await db.selectFrom("annual_meetings").select("title").where("id", "=", ref.id).executeTakeFirst();
      return row ? { facts: { kind: ref.kind }, href: `/annual-meetings/${ref.id}`, title: row.title } : null;
    }
  }
}

const fileColumns = [
  "f.id",
  "f.title",
  "f.description",
  "f.language",
  "f.filename",
  "f.content_type as contentType",
  "f.size",
  "f.uploaded_at as uploadedAt",
  "f.uploaded_by as uploadedBy",
  "p.name as uploaderName",
] as const;

/** One owner's files, newest first, for its page (which has decided that the viewer reads the owner). */
export function filesOf(db: DB, owner: OwnerRef) {
  return db
    .selectFrom("library_files as f")
    .leftJoin("people as p", "p.id", "f.uploaded_by")
    .select(fileColumns)
    .where("f.owner_kind", "=", owner.kind)
    .where("f.owner_id", "=", owner.id)
    .orderBy("f.uploaded_at", "desc")
    .orderBy("f.id", "desc")
    .execute();
}
export type LibraryFileRow = Awaited<ReturnType<typeof filesOf>>[number];

export const LIBRARY_PAGE_SIZE = 25;

/**
 * Each file's owner as [title, page], from one look-up per row: the list's statement is planned on every
 * request, and half as many sub-queries to plan is a millisecond less.
 */
const ownerTitleAndPage = sql<[string, string] | null>`case f.owner_kind
  when 'manual_section' then (select json_build_array(s.title, '/manual/' || c.slug || '/' || s.slug)
    from manual_sections s join manual_chapters c on c.id = s.chapter_id where s.id = f.owner_id)
  when 'best_practice' then (select json_build_array(bp.title, '/manual/best-practices/' || bp.id)
    from best_practices bp where bp.id = f.owner_id)
  when 'activity' then (select json_build_array(a.title, '/work/activities/' || a.id) from activities a
    where a.id = f.owner_id)
  when 'benchmark_report' then (select json_build_array(b.title, '/work/benchmarks/' || b.id)
    from benchmark_reports r join benchmarks b on b.id = r.benchmark_id where r.id = f.owner_id)
  when 'situation_group' then (select json_build_array(g.title, '/groups/' || g.id) from situation_groups g
    where g.id = f.owner_id)
  when 'event' then (select json_build_array(e.title, '/calendar/' || e.id) from events e where e.id = f.owner_id)
  else (select json_build_array(m.title, '/annual-meetings/' || m.id) from annual_meetings m
    where m.id = f.owner_id) end`;

/**
 * One page of the files the viewer may read, newest first, with their owners' titles and pages, and the
 * total: two statements side by side, so the page stops reading at its last file while the count goes on
 * (kind by kind: libraryFileReadableByKind).
 */
export async function listLibrary(db: DB, viewer: Viewer, filter: LibraryFilter) {
  const columns = { ownerKind: sql.ref("f.owner_kind"), ownerId: sql.ref("f.owner_id") };
  const files = (readable: Expression<SqlBool>) => {
    let query = db.selectFrom("library_files as f").where(readable);
    if (filter.language) query = query.where("f.language", "=", filter.language);
    if (filter.kind) query = query.where("f.owner_kind", "=", filter.kind);
    return query;
  };
  // A list of one kind's files is read by that kind's rule alone, and counted by it.
  const byKind = libraryFileReadableByKind(viewer, columns);
  const rules = filter.kind ? [byKind[filter.kind]] : Object.values(byKind);
  const counts = rules.map((readable) => sql<string>`(${files(readable).select((eb) => eb.fn.countAll().as("n"))})`);
  const [rows, counted] = await Promise.all([
    files(filter.kind ? byKind[filter.kind] : libraryFileReadable(viewer, columns))
      .leftJoin("people as p", "p.id", "f.uploaded_by")
      .select(fileColumns)
      .select(["f.owner_kind as ownerKind", ownerTitleAndPage.as("owner")])
      .orderBy("f.uploaded_at", "desc")
      .orderBy("f.id", "desc")
      // The first page, which most views are, without an offset to bind: one plan kept for it (see constant).
      .limit(constant(LIBRARY_PAGE_SIZE))
      .$if(filter.page > 1, (query) => query.offset((filter.page - 1) * LIBRARY_PAGE_SIZE))
      .execute(),
    db.selectNoFrom(sql<string>`${sql.join(counts, sql` + `)}`.as("total")).executeTakeFirstOrThrow(),
  ]);
  return {
    // A file whose owner is gone is not readable, so every listed file has its owner.
    files: rows.map(({ owner, ...file }) => ({ ...file, ownerTitle: owner![0], ownerHref: owner![1] })),
    total: Number(counted.total),
  };
}

/** A file's record with where its bytes are, or null. */
export function libraryFile(db: DB, id: number) {
  return db
    .selectFrom("library_files")
    .select([
      "id",
      "owner_kind",
      "owner_id",
      "filename",
      "content_type",
      "size",
      "storage",
      "storage_key",
      "uploaded_by",
      "title",
    ])
    .where("id", "=", id)
    .executeTakeFirst();
}

/** The files of a benchmark's reports the viewer may read (their member's; all for the secretariat), by report. */
export async function benchmarkReportFiles(db: DB, benchmarkId: number, viewer: Viewer) {
  let query = db
    .selectFrom("library_files as f")
    .innerJoin("benchmark_reports as r", (join) =>
      join.onRef("r.id", "=", "f.owner_id").on("f.owner_kind", "=", "benchmark_report"),
    )
    .select(["f.id", "f.title", "f.filename", "f.language", "r.id as reportId"])
    .where("r.benchmark_id", "=", benchmarkId);
  if (viewer.role !== "secretariat") query = query.where("r.member_id", "=", viewer.memberId);
  const rows = await query.orderBy("f.uploaded_at").orderBy("f.id").execute();
  const byReport = new Map<number, typeof rows>();
  for (const row of rows) byReport.set(row.reportId, [...(byReport.get(row.reportId) ?? []), row]);
  return byReport;
}
