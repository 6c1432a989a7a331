import type { TFunction } from "i18next";
import type { NotificationKind } from "./categories";

/** One line saying what happened, in the reader's language, from the facts stored with it. */
export function describeNotification(t: TFunction<"notifications">, kind: string, params: Record<string, string>): string {
  // The stored facts are plain strings; the key's placeholders are not known to the type checker.
  return String(t(`kinds.${kind as NotificationKind}`, params as never));
}
