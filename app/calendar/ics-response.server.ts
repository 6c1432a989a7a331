import { i18nFor } from "~/i18n/i18next.server";
import type { Locale } from "~/i18n/config";
import { calendarFile, type IcsEvent } from "./ics.server";

/** An iCalendar response, with event types named in the reader's language. */
export async function icsResponse(
  events: IcsEvent[],
  locale: Locale,
  filename: string,
  calName?: string,
): Promise<Response> {
  const t = (await i18nFor(locale)).getFixedT(locale, "calendar");
  const labels = {
    type: (type: string) => t(`types.${type}` as "types.training"),
    join: t("event.online"),
    dialIn: t("event.dialIn"),
  };
  const body = calendarFile(events, labels, calName);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
