// vCards as address books read them: escaped text, CRLF, lines folded at 75 bytes between characters.
import { describe, expect, it } from "vitest";
import { toVCard, type Contact } from "~/members/vcard";

const camille: Contact = {
  name: "Camille Lefèvre",
  title: "Deputy Director, Human Rights; Humanitarian Affairs",
  ministry: "Ministry for Europe and Foreign Affairs",
  organisation: "France",
  email: "camille.lefevre@diplomatie-france.example.org",
  phone: "+33 1 43 17 53 53",
  postalAddress: "37 quai d'Orsay\n75007 Paris",
  role: "Focal point",
};

describe("a vCard", () => {
  it("names the person, escapes backslashes, commas, semicolons and line breaks, and ends lines in CRLF", () => {
    const card = toVCard(camille);
    expect(card.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Camille Lefèvre\r\nN:Lefèvre;Camille;;;\r\n")).toBe(true);
    expect(card).toContain("TITLE:Deputy Director\\, Human Rights\\; Humanitarian Affairs");
    expect(card).toContain("ADR;TYPE=WORK:;;37 quai d'Orsay\\n75007 Paris;;;;");
    expect(card).toContain("TEL;TYPE=WORK,VOICE:+33 1 43 17 53 53");
    expect(card.endsWith("END:VCARD\r\n")).toBe(true);
    expect(card.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const windows = toVCard({
      ...camille,
      ministry: "Ministry\\Europe",
      postalAddress: "37 quai d'Orsay\r\n75007 Paris",
    });
    expect(windows).toContain("ORG:France;Ministry\\\\Europe\r\n");
    expect(windows).toContain("ADR;TYPE=WORK:;;37 quai d'Orsay\\n75007 Paris;;;;");
  });

  it("leaves out a phone and an address it was not given", () => {
    const card = toVCard({ ...camille, phone: "", postalAddress: "" });
    expect(card).not.toContain("TEL");
    expect(card).not.toContain("ADR");
  });

  it("folds a long line at 75 bytes without cutting a character in two", () => {
    const card = toVCard({ ...camille, ministry: "Ministère de l'Europe et des Affaires étrangères, ".repeat(4) });
    const lines = card.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    const unfolded = card.replace(/\r\n /g, "");
    expect(unfolded).toContain("ORG:France;Ministère de l'Europe et des Affaires étrangères\\, Ministère");
  });

  it("never splits a character of four bytes (or a surrogate pair) across a fold", () => {
    const name = "Ō𝒜é".repeat(30);
    const card = toVCard({ ...camille, name });
    for (const line of card.split("\r\n")) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(card.replace(/\r\n /g, "")).toContain(`FN:${name}\r\n`);
  });
});
