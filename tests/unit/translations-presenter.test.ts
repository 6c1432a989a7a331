// A translatable thing as its reader sees it: their language where translated, else the original
// marked with its language; a translation made from an earlier original is outdated.
import { describe, expect, it } from "vitest";
import { changesSinceTranslation, inReaderLanguage, summaryOf, type FieldTranslation } from "~/translations/presenters";

const original = {
  language: "en" as const,
  fields: { title: "Early warning", body: "Share assessments with the network." },
};
const french = (field: string, text: string, sourceText: string): FieldTranslation => ({
  field,
  locale: "fr",
  text,
  sourceText,
});

describe("inReaderLanguage", () => {
  it("shows a French reader the French translation", () => {
    const shown = inReaderLanguage("fr", original, [
      french("title", "Alerte précoce", "Early warning"),
      french("body", "Partager les évaluations avec le réseau.", "Share assessments with the network."),
    ]);
    expect(shown.title).toEqual({ text: "Alerte précoce", lang: "fr", isOriginal: false, outdated: false });
    expect(shown.body.text).toBe("Partager les évaluations avec le réseau.");
    expect(summaryOf(shown)).toEqual({ translated: true, outdated: false });
  });

  it("shows the original, marked with its language, where no translation into the reader's exists", () => {
    const shown = inReaderLanguage("es", original, [french("title", "Alerte précoce", "Early warning")]);
    expect(shown.title).toEqual({ text: "Early warning", lang: "en", isOriginal: true, outdated: false });
    expect(shown.body).toEqual({ text: original.fields.body, lang: "en", isOriginal: true, outdated: false });
    expect(summaryOf(shown)).toEqual({ translated: false, outdated: false });
  });

  it("mixes a translated title with an original body, each with its language", () => {
    const shown = inReaderLanguage("fr", original, [french("title", "Alerte précoce", "Early warning")]);
    expect([shown.title.lang, shown.body.lang]).toEqual(["fr", "en"]);
  });

  it("shows the original to a reader of the original's language, whatever translations exist", () => {
    const shown = inReaderLanguage("en", original, [french("title", "Alerte précoce", "Early warning")]);
    expect(shown.title).toEqual({ text: "Early warning", lang: "en", isOriginal: true, outdated: false });
  });

  it("flags a translation outdated when the original changed after it, and says what changed", () => {
    const translations = [french("body", "Partager les évaluations.", "Share assessments.")];
    const shown = inReaderLanguage("fr", original, translations);
    expect(shown.body).toEqual({ text: "Partager les évaluations.", lang: "fr", isOriginal: false, outdated: true });
    expect(summaryOf(shown).outdated).toBe(true);
    const [change] = changesSinceTranslation(original, translations);
    expect(change!.field).toBe("body");
    const added = change!.parts.filter((part) => part.change === "added").map((part) => part.value);
    expect(added.join(" ")).toContain("network");
  });
});
