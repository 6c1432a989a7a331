// Dates and times for people: in their language and their time zone, through Intl.
// Building an Intl.DateTimeFormat is costly, so each (language, style, zone) is built once.

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Each language's clock: French and Spanish readers read 24-hour times whatever a browser's or
 * server's ICU data prefers; English keeps the portal's usage (Intl's own for "en").
 */
const HOUR_CYCLES: Record<string, Intl.DateTimeFormatOptions["hourCycle"]> = { fr: "h23", es: "h23" };

export function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let built = formatters.get(key);
  if (!built) {
    const hourCycle = HOUR_CYCLES[locale];
    const showsTime = options.hour !== undefined || options.timeStyle !== undefined;
    built = new Intl.DateTimeFormat(locale, hourCycle && showsTime ? { hourCycle, ...options } : options);
    formatters.set(key, built);
  }
  return built;
}

export function formatDate(locale: string, date: Date | string, timeZone = "UTC"): string {
  return formatter(locale, { dateStyle: "long", timeZone }).format(new Date(date));
}

export function formatDateTime(locale: string, date: Date | string, timeZone = "UTC"): string {
  return formatter(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(new Date(date));
}

/** "Tue 14:05" in the given zone: what time it is for someone right now. */
export function formatLocalTime(locale: string, now: Date | string, timeZone: string): string {
  return formatter(locale, { weekday: "short", hour: "2-digit", minute: "2-digit", timeZone }).format(new Date(now));
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number format of a language, built once per (language, options): building one costs as much as 60 uses. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let built = numberFormats.get(key);
  if (!built) numberFormats.set(key, (built = new Intl.NumberFormat(locale, options)));
  return built;
}

/** Calendar dates as written, per language: a list of a hundred deadlines repeats few of them. */
const calendarDates = new Map<string, string>();
const REMEMBERED_DATES = 5000;

/** A calendar date ('YYYY-MM-DD') has no time zone: format it as the date it names. */
export function formatCalendarDate(locale: string, isoDate: string): string {
  const key = `${locale}|${isoDate}`;
  let text = calendarDates.get(key);
  if (text === undefined) {
    if (calendarDates.size >= REMEMBERED_DATES) calendarDates.clear();
    text = formatter(locale, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${isoDate}T00:00:00Z`));
    calendarDates.set(key, text);
  }
  return text;
}

/** 'YYYY-MM-DD' of an instant in a time zone. */
export function isoDateIn(date: Date, timeZone: string): string {
  return formatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
