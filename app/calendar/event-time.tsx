import { useTranslation } from "react-i18next";
import { formatClock, formatSpan, sameLocalTime, zoneName } from "./time";

/**
 * When an event happens, in the reader's zone, with the event's own local time beside it when the
 * two differ ("10:00–11:30 EDT · 23:00 in Seoul").
 */
export function EventTime({
  locale,
  start,
  end,
  viewerZone,
  eventZone,
  location,
  compact = false,
}: {
  locale: string;
  start: string | Date;
  end: string | Date;
  viewerZone: string;
  eventZone: string;
  /** Where it takes place: its city names the event's own time. */
  location: string;
  compact?: boolean;
}) {
  const { t } = useTranslation("calendar");
  const local = sameLocalTime(start, viewerZone, eventZone)
    ? null
    : eventZone === "UTC"
      ? `${formatClock(locale, start, "UTC")} UTC`
      : t("event.localTime", {
          time: formatClock(locale, start, eventZone),
          zone: zoneName(locale, start, eventZone),
          city: placeOf(location, eventZone),
        });
  return (
    <span className="event-time">
      <time dateTime={new Date(start).toISOString()}>
        {compact ? formatClock(locale, start, viewerZone) : formatSpan(locale, start, end, viewerZone)}
      </time>
      {local ? <span className="event-local"> · {local}</span> : null}
    </span>
  );
}

/**
 * The city an event's own time is told in: the last part of its location ("Palais des Nations, Geneva"
 * → "Geneva"). A zone is named after one city of many (Geneva keeps "Europe/Zurich"), so the zone's
 * city is only for an event with no place (online, or none given).
 */
export function placeOf(location: string, zone: string): string {
  const city = location.split(",").pop()?.trim();
  return city && !ONLINE.test(city) ? city : cityOf(zone);
}

const ONLINE = /^(online|en ligne|en l[ií]nea|virtual|remote)$/i;

/** "America/New_York" → "New York": the place a zone is named after. */
export function cityOf(zone: string): string {
  return (zone.split("/").pop() ?? zone).replace(/_/g, " ");
}
