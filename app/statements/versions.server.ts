// Reading the text's versions: the list, one version's paragraphs, what changed since a version, and a
// version as printed or downloaded. Every version is immutable (a trigger refuses updates).
import type { Locale, VersionParagraph } from "../../db/schema";
import { ensureVisible, found } from "~/auth/policy";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";
import { versionDiff } from "./diff";
import { seesDrafting } from "./policy";
import { loadStatement, type StatementReader } from "./queries.server";

export async function listVersions(db: DB, statementId: number, locale: Locale) {
  return db
    .selectFrom("statement_versions as v")
    .leftJoin("people as p", "p.id", "v.created_by")
    .leftJoin("amendments as a", "a.id", "v.amendment_id")
    .leftJoin("members as m", "m.id", "a.member_id")
    .select([
      "v.number",
      "v.reason",
      "v.amendment_id as amendmentId",
      "v.created_at as createdAt",
      "p.name as createdBy",
      memberNameSql<string | null>("m", locale).as("amendmentMember"),
    ])
    .where("v.statement_id", "=", statementId)
    .orderBy("v.number", "desc")
    .execute();
}

export async function versionText(db: DB, statementId: number, number: number): Promise<VersionParagraph[] | null> {
  const row = await db
    .selectFrom("statement_versions")
    .select("paragraphs")
    .where("statement_id", "=", statementId)
    .where("number", "=", number)
    .executeTakeFirst();
  return row?.paragraphs ?? null;
}

/** What changed in the text between a version and the latest: the paragraphs that differ, word by word. */
export async function changesSince(db: DB, statementId: number, basedOn: number) {
  const rows = await db
    .selectFrom("statement_versions as v")
    .innerJoin("statements as s", "s.id", "v.statement_id")
    .select(["v.number", "v.paragraphs"])
    .where("v.statement_id", "=", statementId)
    .where((eb) => eb.or([eb("v.number", "=", basedOn), eb("v.number", "=", eb.ref("s.current_version"))]))
    .execute();
  const from = rows.find((row) => row.number === basedOn)?.paragraphs ?? [];
  const latest = rows.reduce(
    (best, row) => (row.number > best.number ? row : best),
    rows[0] ?? { number: basedOn, paragraphs: [] },
  );
  return {
    current: latest.number,
    changes: versionDiff(from, latest.paragraphs).filter((paragraph) => paragraph.change !== "same"),
  };
}

/**
 * A version's text for print, .docx and plain text; the published text ends with who delivers it for whom.
 * In another `language`, each paragraph reads in its version made from that very text (the original's
 * words where there is none), and the frame and the co-signatories' names are in that language.
 */
export async function exportableVersion(
  db: DB,
  statementId: number,
  number: number | null,
  viewer: StatementReader,
  asked?: Locale,
) {
  const { statement, role } = await loadStatement(db, statementId, viewer);
  const language = (asked ?? statement.language) as Locale;
  const translated = language !== statement.language;
  const wanted = number ?? statement.current_version;
  // Earlier versions are part of the drafting: only the group and the secretariat see them.
  ensureVisible(wanted === statement.current_version || seesDrafting(role));
  const current = wanted === statement.current_version;
  const [version, statuses, versions, names] = await Promise.all([
    db
      .selectFrom("statement_versions")
      .select(["paragraphs", "created_at as createdAt"])
      .where("statement_id", "=", statementId)
      .where("number", "=", wanted)
      .executeTakeFirst(),
    // A draft's current text carries each paragraph's status; an earlier version's statuses were not kept.
    current && statement.stage !== "published"
      ? db.selectFrom("statement_paragraphs").select(["id", "status"]).where("statement_id", "=", statementId).execute()
      : [],
    translated
      ? db
          .selectFrom("statement_paragraph_translations as t")
          .innerJoin("statement_paragraphs as p", "p.id", "t.paragraph_id")
          .select(["t.paragraph_id as id", "t.body", "t.source_body as sourceBody"])
          .where("p.statement_id", "=", statementId)
          .where("t.language", "=", language)
          .execute()
      : [],
    translated
      ? db
          .selectFrom("members as m")
          .select(["m.id", memberNameSql("m", language).as("name")])
          .where(
            "m.id",
            "in",
            statement.signatures.map((signature) => signature.memberId).concat(statement.penholder_member_id),
          )
          .execute()
      : [],
  ]);
  const { paragraphs, createdAt } = found(version);
  const statusOf = new Map(statuses.map((row) => [row.id, row.status]));
  const versionOf = new Map(versions.map((row) => [row.id, row]));
  const nameOf = new Map(names.map((row) => [row.id, row.name]));
  // A version made from the paragraph as this version of the text reads it; else the original's words.
  const inLanguage = (paragraph: VersionParagraph) => {
    const made = versionOf.get(paragraph.id);
    return made && made.sourceBody === paragraph.body
      ? { ...paragraph, body: made.body, language }
      : { ...paragraph, language: statement.language as Locale };
  };
  const isFinal = statement.stage === "published" && current;
  // Co-signatories in the alphabetical order of the text's own language, as the text names them.
  const collator = new Intl.Collator(language);
  const cosignatories = statement.signatures
    .filter((signature) => signature.signedAt)
    .map((signature) => nameOf.get(signature.memberId) ?? signature.textName)
    .sort(collator.compare);
  return {
    statement: {
      ...statement,
      penholderTextName: nameOf.get(statement.penholder_member_id) ?? statement.penholderTextName,
    },
    language,
    number: wanted,
    createdAt,
    paragraphs: paragraphs.map((paragraph) => ({
      ...inLanguage(paragraph),
      status: statusOf.get(paragraph.id) ?? null,
    })),
    isFinal,
    cosignatories,
  };
}
