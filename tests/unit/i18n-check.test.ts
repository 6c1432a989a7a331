import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { i18nFor } from "~/i18n/i18next.server";
import { hardCodedStrings, missingTranslations } from "../../scripts/lib/i18n-check";

describe("translations", () => {
  it("exist for every key in English, French and Spanish", () => {
    expect(missingTranslations()).toEqual([]);
  });

  it("catch a key missing from one language or with other placeholders", () => {
    const problems = missingTranslations({
      en: { common: { a: "Hello {{name}}", b: "Bye" } },
      fr: { common: { a: "Bonjour {{nom}}" } },
      es: { common: { a: "Hola {{name}}", b: "Adiós" } },
    });
    expect(problems).toContain('fr/common: missing "b" (present in en, es)');
    expect(problems).toContain('common: "a" uses different {{placeholders}} across languages');
  });

  it("give every plural form a language's rules ask for, and never write a plural as (s)", () => {
    const problems = missingTranslations({
      en: { common: { n_one: "{{count}} support", n_other: "{{count}} supports", w: "{{count}} objections" } },
      fr: { common: { n_one: "{{count}} soutien", n_other: "{{count}} soutiens", w: "objection(s)" } },
      es: {
        common: {
          n_one: "{{count}} apoyo",
          n_many: "{{count}} de apoyos",
          n_other: "{{count}} apoyos",
          w: "objeciones",
        },
      },
    });
    expect(problems).toContain('fr/common: "n" needs the plural forms n_one, n_many, n_other');
    expect(problems).not.toContain('es/common: "n" needs the plural forms n_one, n_many, n_other');
    expect(problems).not.toContain('en/common: "n" needs the plural forms n_one, n_other');
    expect(problems).toContain('fr/common: "w" writes a plural as "(s)": use plural forms (_one, _other…)');
    expect(problems).toContain('en/common: "w" says a {{count}} without plural forms (_one, _other…)');
  });

  it("say counts through plural rules in French and Spanish, a million included", async () => {
    const [fr, es] = await Promise.all([i18nFor("fr"), i18nFor("es")]);
    const french = fr.getFixedT("fr", "statements");
    const spanish = es.getFixedT("es", "statements");
    expect(french("amendments.support", { count: 1 })).toBe("1 soutien");
    expect(french("amendments.support", { count: 3 })).toBe("3 soutiens");
    expect(french("amendments.objections", { count: 1_000_000 })).toBe("1000000 d’objections");
    expect(spanish("amendments.objections", { count: 1 })).toBe("1 objeción");
    expect(spanish("amendments.objections", { count: 2 })).toBe("2 objeciones");
  });
});

describe("hard-coded UI text", () => {
  it("is absent from the app and the emails", () => {
    expect(hardCodedStrings()).toEqual([]);
  });

  it("is found in JSX text and in attributes people read", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "i18n-scan-"));
    writeFileSync(
      path.join(dir, "page.tsx"),
      [
        "export const A = () => <p>{t('ok')}</p>;",
        "export const B = () => <p>Sign in to continue</p>;",
        'export const C = () => <input placeholder="Your email" />;',
        "export const D = () => <p>Français</p>; // i18n-exempt",
      ].join("\n"),
    );
    const problems = hardCodedStrings([dir]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"Sign in to continue" is not translated');
    expect(problems[1]).toContain('"Your email" is not translated');
  });
});
