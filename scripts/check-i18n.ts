// npm run lint (second half): translations complete, no hard-coded UI text.
import { hardCodedStrings, missingTranslations } from "./lib/i18n-check";

const problems = [...missingTranslations(), ...hardCodedStrings()];
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
console.log("Translations complete in every language; no hard-coded UI text found.");
