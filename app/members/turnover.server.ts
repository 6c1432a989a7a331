// A year's turnover at once: the secretariat uploads a CSV of new focal points and alternates; every
// row is checked (all errors, each with its line), nothing is written until all rows pass, then the
// rows become invitations (alternates) and handovers (a member's new focal point) in ONE transaction,
// through the same steps as inviting one person or handing over one seat.
import { z } from "zod";
import type { Locale } from "../../db/schema";
import { ensure } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { parseCsv } from "~/lib/csv";
import type { DB } from "~/lib/db.server";
import { fields, isCalendarDate } from "~/lib/forms.server";
import { handoverSteps, invitationSteps } from "./commands.server";
import { can } from "./policy";

/** The template's columns, in its order. */
export const TURNOVER_COLUMNS = ["member", "name", "email", "role", "language", "starts_on"] as const;
/** At most this many people in one file, and this many bytes: a year's turnover is a few dozen. */
export const TURNOVER_MAX_ROWS = 300;
export const TURNOVER_MAX_BYTES = 100_000;

const ROLES: Record<string, "focal_point" | "alternate"> = {
  focal_point: "focal_point",
  "focal point": "focal_point",
  "point focal": "focal_point",
  "punto focal": "focal_point",
  alternate: "alternate",
  suppléant: "alternate",
  suplente: "alternate",
};

export interface TurnoverRow {
  line: number;
  memberId: number;
  memberSlug: string;
  memberName: string;
  name: string;
  email: string;
  role: "focal_point" | "alternate";
  locale: Locale;
  startsOn: string;
  /** For a focal point: who holds the seat now, and hands it over. */
  predecessor: string | null;
}

/** A line's problems (line 0: the file as a whole), as message keys of the `admin` namespace's `turnover.errors`. */
export interface TurnoverError {
  line: number;
  errors: string[];
}

const email = fields.email();
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").trim().toLowerCase();

/** Checks every row of the file; the rows are good to import only when no line has an error. */
export async function checkTurnover(db: DB, text: string, locale: Locale) {
  const [header = [], ...lines] = parseCsv(text);
  const columns = header.map((name) => fold(name).replace(/\s+/g, "_"));
  const missing = TURNOVER_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length) return { rows: [], errors: [{ line: 1, errors: ["columns"] }] };
  const data = lines
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  if (data.length === 0) return { rows: [], errors: [{ line: 0, errors: ["empty"] }] };
  if (data.length > TURNOVER_MAX_ROWS) return { rows: [], errors: [{ line: 0, errors: ["tooMany"] }] };
  const [members, known] = await Promise.all([
    db
      .selectFrom("members as m")
      .leftJoin("people as p", (join) =>
        join
          .onRef("p.member_id", "=", "m.id")
          .on("p.status", "=", "active")
          .on("p.is_alternate", "=", false)
          .on("p.role", "=", "focal_point"),
      )
      .select(["m.id", "m.slug", "m.name", "m.name_fr", "m.name_es", "p.name as holder"])
      .orderBy("m.id")
      .orderBy("p.activated_at", "desc")
      .execute(),
    db
      .selectFrom("User as u")
      .innerJoin("people as p", "p.user_id", "u.id")
      .select("u.email")
      .where("p.status", "in", ["active", "invited"])
      .execute(),
  ]);
  const memberByName = new Map<string, (typeof members)[number]>();
  for (const member of members)
    for (const name of [member.slug, member.name, member.name_fr, member.name_es])
      if (!memberByName.has(fold(name))) memberByName.set(fold(name), member);
  const taken = new Set(known.map((row) => row.email));
  const seen = new Set<string>();
  const newSeats = new Set<number>();
  const rows: TurnoverRow[] = [];
  const errors: TurnoverError[] = [];
  for (const { line, cells } of data) {
    const value = (column: (typeof TURNOVER_COLUMNS)[number]) => (cells[columns.indexOf(column)] ?? "").trim();
    const problems: string[] = [];
    const member = memberByName.get(fold(value("member")));
    if (!member) problems.push("member");
    const name = value("name");
    if (name === "" || name.length > 200) problems.push("name");
    const address = email.safeParse(value("email"));
    if (!address.success) problems.push("email");
    else if (taken.has(address.data)) problems.push("emailTaken");
    else if (seen.has(address.data)) problems.push("emailTwice");
    const role = ROLES[fold(value("role"))];
    if (!role) problems.push("role");
    if (member && role === "focal_point") {
      if (newSeats.has(member.id)) problems.push("seatTwice");
      newSeats.add(member.id);
    }
    const language = z.enum(["en", "fr", "es"]).safeParse(fold(value("language")));
    if (!language.success) problems.push("language");
    const startsOn = value("starts_on");
    if (!isCalendarDate(startsOn)) problems.push("startsOn");
    if (address.success) seen.add(address.data);
    if (problems.length) errors.push({ line, errors: problems });
    else
      rows.push({
        line,
        memberId: member!.id,
        memberSlug: member!.slug,
        memberName: { en: member!.name, fr: member!.name_fr, es: member!.name_es }[locale],
        name,
        email: address.data!,
        role: role!,
        locale: language.data!,
        startsOn,
        predecessor: role === "focal_point" ? member!.holder : null,
      });
  }
  return { rows: errors.length ? [] : rows, errors };
}

/** Thrown inside the import's transaction to undo every row when one fails at write time. */
class RowRefused extends Error {
  constructor(readonly line: number) {
    super(`line ${line} refused`);
  }
}

/**
 * Imports a checked file: every row, or none. A row that fails as it is written (an address taken
 * meanwhile) undoes the whole import and is reported with its line.
 */
export async function importTurnover(db: DB, viewer: Viewer, text: string) {
  ensure(can(viewer, "invite", null));
  const { rows, errors } = await checkTurnover(db, text, viewer.locale);
  if (errors.length) return { ok: false as const, errors };
  try {
    await db.transaction().execute(async (trx) => {
      for (const row of rows) {
        const person = { name: row.name, email: row.email, title: "", locale: row.locale };
        const outcome =
          row.role === "focal_point"
            ? await handoverSteps(trx, viewer, row.memberId, { ...person, when: "acceptance" })
            : await invitationSteps(trx, viewer, {
                ...person,
                role: "focal_point",
                member: row.memberSlug,
                isAlternate: true,
              });
        if (!outcome.ok) throw new RowRefused(row.line);
      }
    });
  } catch (error) {
    if (error instanceof RowRefused)
      return { ok: false as const, errors: [{ line: error.line, errors: ["emailTaken"] }] };
    throw error;
  }
  return { ok: true as const, count: rows.length };
}
