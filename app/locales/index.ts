// Every translation, by language and namespace. The server holds them all; the browser fetches
// only the namespaces of the page it shows, in its language (see routes/locales.$lng.$ns.ts).
import enAdmin from "./en/admin.json";
import enAuth from "./en/auth.json";
import enCommon from "./en/common.json";
import enEmails from "./en/emails.json";
import enMembers from "./en/members.json";
import enProgram from "./en/program.json";
import esAdmin from "./es/admin.json";
import esAuth from "./es/auth.json";
import esCommon from "./es/common.json";
import esEmails from "./es/emails.json";
import esMembers from "./es/members.json";
import esProgram from "./es/program.json";
import frAdmin from "./fr/admin.json";
import frAuth from "./fr/auth.json";
import frCommon from "./fr/common.json";
import frEmails from "./fr/emails.json";
import frMembers from "./fr/members.json";
import frProgram from "./fr/program.json";
import enCalendar from "./en/calendar.json";
import esCalendar from "./es/calendar.json";
import frCalendar from "./fr/calendar.json";

export const resources = {
  en: { common: enCommon, auth: enAuth, members: enMembers, admin: enAdmin, emails: enEmails, program: enProgram, calendar: enCalendar },
  fr: { common: frCommon, auth: frAuth, members: frMembers, admin: frAdmin, emails: frEmails, program: frProgram, calendar: frCalendar },
  es: { common: esCommon, auth: esAuth, members: esMembers, admin: esAdmin, emails: esEmails, program: esProgram, calendar: esCalendar },
} as const;

export type Namespace = keyof (typeof resources)["en"];
