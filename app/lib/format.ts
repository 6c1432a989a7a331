// Dates and times for people: in their language and their time zone, through Intl.

export function formatDate(locale: string, date: Date | string, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone }).format(new Date(date));
}

export function formatDateTime(locale: string, date: Date | string, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(date));
}

/** "Tue 14:05" in the given zone: what time it is for someone right now. */
export function formatLocalTime(locale: string, now: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(now));
}

/** A calendar date ('YYYY-MM-DD') has no time zone: format it as the date it names. */
export function formatCalendarDate(locale: string, isoDate: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
}
