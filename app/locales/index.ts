// Every translation, by language and namespace. The server holds them all; the browser fetches
// only the namespaces of the page it shows, in its language (see routes/locales.$lng.$ns.ts).
import enAdmin from "./en/admin.json";
import enChannels from "./en/channels.json";
import enAuth from "./en/auth.json";
import enCalendar from "./en/calendar.json";
import enCommon from "./en/common.json";
import enEmails from "./en/emails.json";
import enGroups from "./en/groups.json";
import enInquiries from "./en/inquiries.json";
import enLibrary from "./en/library.json";
import enMeetings from "./en/meetings.json";
import enManual from "./en/manual.json";
import enMembers from "./en/members.json";
import enNotifications from "./en/notifications.json";
import enProgram from "./en/program.json";
import enPublic from "./en/public.json";
import enStatements from "./en/statements.json";
import enTranslations from "./en/translations.json";
import esAdmin from "./es/admin.json";
import esChannels from "./es/channels.json";
import esAuth from "./es/auth.json";
import esCalendar from "./es/calendar.json";
import esCommon from "./es/common.json";
import esEmails from "./es/emails.json";
import esGroups from "./es/groups.json";
import esInquiries from "./es/inquiries.json";
import esLibrary from "./es/library.json";
import esMeetings from "./es/meetings.json";
import esManual from "./es/manual.json";
import esMembers from "./es/members.json";
import esNotifications from "./es/notifications.json";
import esProgram from "./es/program.json";
import esPublic from "./es/public.json";
import esStatements from "./es/statements.json";
import esTranslations from "./es/translations.json";
import frAdmin from "./fr/admin.json";
import frChannels from "./fr/channels.json";
import frAuth from "./fr/auth.json";
import frCalendar from "./fr/calendar.json";
import frCommon from "./fr/common.json";
import frEmails from "./fr/emails.json";
import frGroups from "./fr/groups.json";
import frInquiries from "./fr/inquiries.json";
import frLibrary from "./fr/library.json";
import frMeetings from "./fr/meetings.json";
import frManual from "./fr/manual.json";
import frMembers from "./fr/members.json";
import frNotifications from "./fr/notifications.json";
import frProgram from "./fr/program.json";
import frPublic from "./fr/public.json";
import frStatements from "./fr/statements.json";
import frTranslations from "./fr/translations.json";

export const resources = {
  en: {
    common: enCommon,
    auth: enAuth,
    members: enMembers,
    admin: enAdmin,
    emails: enEmails,
    program: enProgram,
    calendar: enCalendar,
    statements: enStatements,
    manual: enManual,
    library: enLibrary,
    meetings: enMeetings,
    groups: enGroups,
    notifications: enNotifications,
    translations: enTranslations,
    inquiries: enInquiries,
    public: enPublic,
    channels: enChannels,
  },
  fr: {
    common: frCommon,
    auth: frAuth,
    members: frMembers,
    admin: frAdmin,
    emails: frEmails,
    program: frProgram,
    calendar: frCalendar,
    statements: frStatements,
    manual: frManual,
    library: frLibrary,
    meetings: frMeetings,
    groups: frGroups,
    notifications: frNotifications,
    translations: frTranslations,
    inquiries: frInquiries,
    public: frPublic,
    channels: frChannels,
  },
  es: {
    common: esCommon,
    auth: esAuth,
    members: esMembers,
    admin: esAdmin,
    emails: esEmails,
    program: esProgram,
    calendar: esCalendar,
    statements: esStatements,
    manual: esManual,
    library: esLibrary,
    meetings: esMeetings,
    groups: esGroups,
    notifications: esNotifications,
    translations: esTranslations,
    inquiries: esInquiries,
    public: esPublic,
    channels: esChannels,
  },
} as const;

export type Namespace = keyof (typeof resources)["en"];
