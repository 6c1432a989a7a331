import type { TFunction } from "i18next";
import { zoneName } from "~/calendar/time";
import { formatDateTime } from "~/lib/format";
import { inReaderLanguage } from "~/members/names";
import type { NotificationKind } from "./categories";

/** The sentences a notice may add to its email, named by its `detail` fact. */
export type NoticeDetail =
  | "handover_invited"
  | "handover_stepped_down"
  | "security_calendar_feed"
  | "security_retention"
  | "security_passkey_added"
  | "security_passkeys_reset"
  | "best_practice_returned"
  | "best_practice_published"
  | "activity_returned";

/** One line saying what happened, in the reader's language, from the facts stored with it. */
export function describeNotification(
  t: TFunction<"notifications">,
  kind: string,
  params: Record<string, string>,
  locale: string,
): string {
  // The stored facts are plain strings; the key's placeholders are not known to the type checker.
  return String(t(`kinds.${kind as NotificationKind}`, inReaderLanguage(params, locale) as never));
}

/** The sentence a notice names in its `detail` fact (what a handover means for the reader…), if any. */
export function describeDetail(
  t: TFunction<"notifications">,
  params: Record<string, string>,
  locale: string,
): string[] {
  const facts = inReaderLanguage(params, locale);
  return params.detail ? [String(t(`details.${params.detail as NoticeDetail}`, facts as never))] : [];
}

/** For a notice about an event or a Global Call: when it takes place, in the reader's zone, which it names. */
export function describeEventTime(
  t: TFunction<"notifications">,
  params: Record<string, string>,
  locale: string,
  timeZone: string,
): string | null {
  if (!params.startsAt) return null;
  const time = formatDateTime(locale, params.startsAt, timeZone);
  return String(t("eventTime", { time, zone: zoneName(locale, params.startsAt, timeZone) }));
}
