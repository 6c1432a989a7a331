import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
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
