// vCard 3.0 (RFC 2426), as address books read it: Outlook, Apple Contacts, Google, Thunderbird.
// Text values are escaped, lines end in CRLF and are folded at 75 bytes without splitting a character.

export interface Contact {
  name: string;
  title: string;
  ministry: string;
  /** The member, or the secretariat, the person works for. */
  organisation: string;
  email: string;
  /** Empty when unknown or not shared. */
  phone: string;
  postalAddress: string;
  /** Focal point, alternate, secretariat: in the reader's words. */
  role: string;
}

const SPECIAL = /[\\;,\n]/;
const SPECIALS = /[\\;,]|\r?\n/g;
const ESCAPED: Record<string, string> = { "\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r\n": "\\n" };

/**
 * A text value with its backslashes, semicolons, commas and line breaks escaped, in one pass (most
 * values have none of them).
 */
const escape = (value: string) => (SPECIAL.test(value) ? value.replace(SPECIALS, (found) => ESCAPED[found]!) : value);

/** A character's length in UTF-8, from its code point. */
const utf8Bytes = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * A content line folded at 75 bytes (UTF-8), continuation lines starting with a space. Most lines are
 * short enough as they are: 25 UTF-16 units never take more than 75 bytes (three bytes at most each), and
 * the rest are measured whole; a long line is measured character by character (an encoder per character
 * made the network's vCards take 100 ms).
 */
function fold(line: string): string {
  if (line.length <= 25 || Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let at = 0; at < line.length;) {
    const codePoint = line.codePointAt(at)!;
    const size = utf8Bytes(codePoint);
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(line.slice(start, at));
      start = at;
      bytes = 0;
    }
    bytes += size;
    at += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join("\r\n ");
}

/** The family name is the last word of the name, the given names the rest (as the portal keeps one name). */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  return `${escape(words[words.length - 1]!)};${escape(words.slice(0, -1).join(" "))};;;`;
}

/** A content line, folded, with its line break. */
const line = (name: string, value: string) => fold(`${name}:${value}`) + "\r\n";

// Written as one string, without the arrays a filter, a map and a join made for each card.
export function toVCard(contact: Contact): string {
  const organisation = `${escape(contact.organisation)}${contact.ministry ? `;${escape(contact.ministry)}` : ""}`;
  return (
    "BEGIN:VCARD\r\nVERSION:3.0\r\n" +
    line("FN", escape(contact.name)) +
    line("N", structuredName(contact.name)) +
    line("ORG", organisation) +
    (contact.title ? line("TITLE", escape(contact.title)) : "") +
    line("ROLE", escape(contact.role)) +
    line("EMAIL;TYPE=INTERNET,WORK", escape(contact.email)) +
    (contact.phone ? line("TEL;TYPE=WORK,VOICE", escape(contact.phone)) : "") +
    (contact.postalAddress ? line("ADR;TYPE=WORK", `;;${escape(contact.postalAddress)};;;;`) : "") +
    "END:VCARD\r\n"
  );
}

export function toVCards(contacts: Contact[]): string {
  let cards = "";
  for (const contact of contacts) cards += toVCard(contact);
  return cards;
}
