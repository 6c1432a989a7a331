// The audit log's "Details" column: what an entry's stored facts mean, in the reader's language.
import type { TFunction } from "i18next";
import { isLocale, LANGUAGE_NAMES } from "~/i18n/config";

type Details = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" ? value : "");

const PROFILE_FIELDS = ["name", "title", "ministry", "timeZone", "locale"] as const;
type ProfileField = (typeof PROFILE_FIELDS)[number];
const isProfileField = (value: unknown): value is ProfileField => PROFILE_FIELDS.includes(value as ProfileField);

/** The member form's own labels name what the secretariat changed in a member. */
const MEMBER_FIELD_LABELS = {
  name: "newMember.name",
  nameFr: "newMember.nameFr",
  nameEs: "newMember.nameEs",
  kind: "newMember.kind",
  regionalGroup: "newMember.group",
  capital: "newMember.capital",
  timeZone: "newMember.timeZone",
  joinedOn: "newMember.joinedOn",
} as const;
const isMemberField = (value: unknown): value is keyof typeof MEMBER_FIELD_LABELS =>
  typeof value === "string" && value in MEMBER_FIELD_LABELS;

/** One line about an entry, or "" when its action and the other columns say it all. */
export function describeAuditDetails(t: TFunction<"admin">, action: string, details: Details): string {
  switch (action) {
    case "sign_in_link_requested":
      return t("audit.details.forAddress", { email: text(details.email) });
    case "invitation_sent":
      return details.role === "secretariat"
        ? t("audit.details.asSecretariat")
        : t(details.alternate ? "audit.details.asAlternate" : "audit.details.asFocalPoint");
    case "handover_started": {
      const facts = { successor: text(details.successor), predecessor: text(details.predecessor) };
      if (!details.predecessor) return t("audit.details.handoverVacant", facts);
      return t(details.when === "now" ? "audit.details.handoverNow" : "audit.details.handoverOnAcceptance", facts);
    }
    case "handover_completed":
      return t("audit.details.handedOverTo", { successor: text(details.successor) });
    case "profile_updated": {
      const changed = Array.isArray(details.changed) ? details.changed.filter(isProfileField) : [];
      return t("audit.details.changed", { fields: changed.map((field) => t(`audit.fields.${field}`)).join(", ") });
    }
    case "member_updated": {
      const changed = Array.isArray(details.changed) ? details.changed.filter(isMemberField) : [];
      return t("audit.details.changed", { fields: changed.map((field) => t(MEMBER_FIELD_LABELS[field])).join(", ") });
    }
    case "language_changed":
      return isLocale(details.locale) ? t("audit.details.language", { language: LANGUAGE_NAMES[details.locale] }) : "";
    default:
      return "";
  }
}
