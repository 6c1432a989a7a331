// The network's contact list as files: a CSV for spreadsheets (the shared CSV writer, formulas
// guarded) and vCards for address books, in the reader's language.
import type { Locale } from "~/i18n/config";
import { i18nFor } from "~/i18n/i18next.server";
import { toCsv } from "~/lib/csv";
import type { DB } from "~/lib/db.server";
import { contactList } from "./queries.server";
import { toVCards, type Contact } from "./vcard";

type Row = Awaited<ReturnType<typeof contactList>>[number];
const fixedT = async (locale: Locale) => (await i18nFor(locale)).getFixedT(locale, ["members", "common"]);
type T = Awaited<ReturnType<typeof fixedT>>;

const roleOf = (row: Row, t: T) =>
  row.role === "secretariat"
    ? t("common:shell.secretariat")
    : row.isAlternate
      ? t("members:member.alternate")
      : t("members:member.focalPoint");

const asContact = (row: Row, t: T): Contact => ({
  name: row.name,
  title: row.title,
  ministry: row.ministry,
  organisation: row.member ?? t("members:contacts.secretariatOrganisation"),
  email: row.email,
  phone: row.phone,
  postalAddress: row.postalAddress,
  role: roleOf(row, t),
});

export async function contactsCsv(db: DB, locale: Locale): Promise<string> {
  const [rows, t] = await Promise.all([contactList(db, locale), fixedT(locale)]);
  return toCsv(
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
        row.member ?? t("members:contacts.secretariatOrganisation"),
        row.group ? t(`common:regionalGroups.${row.group}`) : "",
        row.name,
        roleOf(row, t),
        row.title,
        row.ministry,
        row.email,
        row.phone,
        row.postalAddress,
        row.timeZone,
      ]),
    ],
    locale,
  );
}

/** Every contact's vCard in one file, or one person's (undefined if they are not in the list). */
export async function contactsVCard(db: DB, locale: Locale, personId?: number): Promise<string | undefined> {
  const [rows, t] = await Promise.all([contactList(db, locale, personId), fixedT(locale)]);
  if (rows.length === 0) return undefined;
  return toVCards(rows.map((row) => asContact(row, t)));
}

/** The headers of a downloaded file of the contact list. */
export function download(body: string, type: "text/csv" | "text/vcard", filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
