import { describe, expect, it } from "vitest";
import { inReaderLanguage, memberName, memberNameFacts, nameCollator } from "~/members/names";
import { members } from "../../db/seed-data/network";

const korea = { name: "Republic of Korea", nameFr: "République de Corée", nameEs: "República de Corea" };

describe("a member's name", () => {
  it("is the one the UN writes in the reader's language", () => {
    expect(memberName(korea, "en")).toBe("Republic of Korea");
    expect(memberName(korea, "fr")).toBe("République de Corée");
    expect(memberName(korea, "es")).toBe("República de Corea");
  });

  it("is seeded in French and Spanish for every member", () => {
    for (const member of members) {
      expect(member.nameFr.trim(), member.slug).not.toBe("");
      expect(member.nameEs.trim(), member.slug).not.toBe("");
    }
    const eu = members.find((member) => member.slug === "european-union")!;
    expect([eu.nameFr, eu.nameEs]).toEqual(["Union européenne", "Unión Europea"]);
  });

  it("sorts as the reader's language does: accented letters with their base letter", () => {
    const french = ["Uruguay", "États-Unis d'Amérique", "Croatie", "Côte d'Ivoire", "Espagne", "Émirats arabes unis"];
    expect(french.sort(nameCollator("fr").compare)).toEqual([
      "Côte d'Ivoire",
      "Croatie",
      "Émirats arabes unis",
      "Espagne",
      "États-Unis d'Amérique",
      "Uruguay",
    ]);
  });

  it("is stored with a notice in three languages and read back in each reader's", () => {
    const facts = { statement: "Joint letter", ...memberNameFacts("member", korea) };
    expect(inReaderLanguage(facts, "fr")).toMatchObject({ member: "République de Corée", statement: "Joint letter" });
    expect(inReaderLanguage(facts, "es").member).toBe("República de Corea");
    expect(inReaderLanguage(facts, "en").member).toBe("Republic of Korea");
    expect(inReaderLanguage({ member: "Ghana" }, "fr").member).toBe("Ghana");
  });
});
