// The network's contact list as files: a CSV for spreadsheets (the shared CSV writer, formulas
// guarded) and vCards for address books, in the reader's language.
import type { Locale } from "~/i18n/config";
import { i18nFor } from "~/i18n/i18next.server";
import { toCsv } from "~/lib/csv";
import type { DB } from "~/lib/db.server";
import { keptValues } from "~/lib/kept.server";
import { revisionsOf } from "~/lib/revisions.server";
import { DIRECTORY_GROUPS } from "./directory";
import { contactList } from "./queries.server";
import { toVCards, type Contact } from "./vcard";

type Row = Awaited<ReturnType<typeof contactList>>[number];

/**
 * The words a contact list repeats on every row (roles, regional groups, the secretariat), looked up
 * once per file: a lookup per row was a third of the time to write the network's list.
 */
async function labelsFor(locale: Locale) {
  const t = (await i18nFor(locale)).getFixedT(locale, ["members", "common"]);
  const groups = Object.fromEntries(DIRECTORY_GROUPS.map((group) => [group, t(`common:regionalGroups.${group}`)]));
  const roles = {
    secretariat: t("common:shell.secretariat"),
    alternate: t("members:member.alternate"),
    focalPoint: t("members:member.focalPoint"),
  };
  return {
    t,
    secretariatOrganisation: t("members:contacts.secretariatOrganisation"),
    group: (row: Row) => (row.group ? groups[row.group]! : ""),
    role: (row: Row) =>
      row.role === "secretariat" ? roles.secretariat : row.isAlternate ? roles.alternate : roles.focalPoint,
  };
}
type Labels = Awaited<ReturnType<typeof labelsFor>>;

const asContact = (row: Row, labels: Labels): Contact => ({
  name: row.name,
  title: row.title,
  ministry: row.ministry,
  organisation: row.member ?? labels.secretariatOrganisation,
  email: row.email,
  phone: row.phone,
  postalAddress: row.postalAddress,
  role: labels.role(row),
});

/** Every table the contact list is read from (migrations 0420 and 0461 keep their revisions). */
const CONTACT_TABLES = ["people", "members", "User"] as const;

/**
 * The network's files, kept per format and language: every member who downloads one gets the same bytes,
 * made again only once a person, a member or a sign-in address has been written since (at ten times
 * today's network, a download of the vCards took 9 ms to read and write, a kept one 2.5 ms).
 */
const keptFiles = keptValues<Buffer<ArrayBuffer>>(6);

async function keptFile(db: DB, format: "csv" | "vcf", locale: Locale, write: (rows: Row[], labels: Labels) => string) {
  const revisions = await revisionsOf(db, CONTACT_TABLES);
  return keptFiles(db, [format, locale, revisions], async () => {
    const [rows, labels] = await Promise.all([contactList(db, locale), labelsFor(locale)]);
    return Buffer.from(write(rows, labels));
  });
}

/** The network's contact list for a spreadsheet. */
export function contactsCsv(db: DB, locale: Locale): Promise<Buffer<ArrayBuffer>> {
  return keptFile(db, "csv", locale, (rows, { t, ...labels }) =>
    toCsv(
      [
        [
          t("members:contacts.member"),
          t("members:contacts.group"),
          t("members:contacts.name"),
          t("members:contacts.role"),
          t("members:contacts.title"),
          t("members:contacts.ministry"),
          t("members:contacts.email"),
          t("members:contacts.phone"),
          t("members:contacts.postalAddress"),
          t("members:contacts.timeZone"),
        ],
        ...rows.map((row) => [
          row.member ?? labels.secretariatOrganisation,
          labels.group(row),
          row.name,
          labels.role(row),
          row.title,
          row.ministry,
          row.email,
          row.phone,
          row.postalAddress,
          row.timeZone,
        ]),
      ],
      locale,
    ),
  );
}

/** Every contact's vCard in one file. */
export function contactsVCards(db: DB, locale: Locale): Promise<Buffer<ArrayBuffer>> {
  return keptFile(db, "vcf", locale, (rows, labels) => toVCards(rows.map((row) => asContact(row, labels))));
}

/** One person's vCard, undefined if they are not in the list. */
export async function personVCard(db: DB, locale: Locale, personId: number): Promise<string | undefined> {
  const [rows, labels] = await Promise.all([contactList(db, locale, personId), labelsFor(locale)]);
  return rows.length === 0 ? undefined : toVCards(rows.map((row) => asContact(row, labels)));
}

/** The headers of a downloaded file of the contact list. */
export function download(
  body: Buffer<ArrayBuffer> | string,
  type: "text/csv" | "text/vcard",
  filename: string,
): Response {
  // Sent as bytes: a text body is first copied into a well-formed string and then encoded.
  return new Response(typeof body === "string" ? Buffer.from(body) : body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
