// What the calendar's pages show, shaped on the server: the month grid laid out in the reader's
// zone, the agenda, and an event with what the reader may do on it (asked of the policy).
import { remindedRecently } from "~/lib/reminders";
import { RSVP_RESPONSES, type Locale, type RsvpResponse } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import { found } from "~/auth/policy";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { shownToReader } from "~/translations/reader.server";
import { trainingPanel } from "~/training/panel.server";
import type { CalendarQuery } from "./forms.server";
import { can, factsOf } from "./policy";
import { agendaFrom, eventsBetween, eventTrail, getEvent, rsvpList } from "./queries.server";
import { daysCovered, instantToZoned, monthWeeks, zonedToInstant } from "./time";

/** Midnight at the start of a day in a zone (a zone's midnight may not exist: then the next minute that does). */
function startOfDay(date: string, zone: string): Date {
  return zonedToInstant(date, "00:00", zone) ?? zonedToInstant(date, "01:00", zone) ?? new Date(`${date}T00:00:00Z`);
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A busy day shows its first events and links to the rest in the agenda. */
const SHOWN_PER_DAY = 4;
export type MonthDays = Record<string, { shown: { id: number; continued: boolean }[]; more: number }>;

/**
 * The month grid (weeks from Monday, in the reader's zone) or a page of the agenda. The grid is laid
 * out here so the page carries only the events it shows.
 */
export async function calendarPage(db: DB, viewer: Viewer, query: CalendarQuery) {
  const zone = viewer.timeZone;
  const at = now();
  const filter = { type: query.type, group: query.group };
  const base = {
    query,
    timeZone: zone,
    today: instantToZoned(at, zone).date,
    schedulesCalls: can(viewer, "create", { type: "global_call" }),
  };
  if (query.view === "agenda") {
    const from = query.from ? startOfDay(query.from, zone) : at;
    const { events, hasNext } = await agendaFrom(db, viewer.locale, from, filter, query.page);
    return { ...base, month: null, weeks: [], days: {} as MonthDays, events, hasNext };
  }
  const month = query.month ?? base.today.slice(0, 7);
  const weeks = monthWeeks(month);
  const from = startOfDay(weeks[0]![0]!, zone);
  const to = startOfDay(nextDay(weeks[weeks.length - 1]![6]!), zone);
  const all = await eventsBetween(db, viewer.locale, from, to, filter);
  const days: MonthDays = {};
  const shownIds = new Set<number>();
  for (const event of all) {
    daysCovered(event.startsAt, event.endsAt, zone).forEach((day, index) => {
      const cell = (days[day] ??= { shown: [], more: 0 });
      if (cell.shown.length < SHOWN_PER_DAY) {
        cell.shown.push({ id: event.id, continued: index > 0 });
        shownIds.add(event.id);
      } else cell.more++;
    });
  }
  return { ...base, month, weeks, days, events: all.filter((event) => shownIds.has(event.id)), hasNext: false };
}

export type CalendarPage = Awaited<ReturnType<typeof calendarPage>>;

/**
 * An event as its page shows it to the reader: texts rendered, the video link and dial-in only
 * for those who may join, the answers only for those who may see them, and what they may do.
 */
export async function eventPage(db: DB, viewer: Viewer, id: number, locale: Locale) {
  const [event, { history, rsvp, subscription }] = await Promise.all([
    getEvent(db, id, viewer.locale),
    eventTrail(db, id, viewer.id),
  ]);
  const shown = found(event);
  const { title, description, agenda, minutes, online_url, dial_in, ...rest } = shown;
  // Title, agenda and description in the reader's language where translated.
  const inLocale = await shownToReader(
    db,
    viewer,
    locale,
    { id, facts: { kind: "event" } },
    { language: shown.language, fields: { title, agenda, description } },
  );
  const texts = inLocale.shown;
  const at = now();
  const facts = factsOf(shown);
  const offers = {
    edit: can(viewer, "edit", facts, at),
    cancel: can(viewer, "cancel", facts, at),
    rsvp: can(viewer, "rsvp", facts, at),
    postMinutes: can(viewer, "postMinutes", facts, at),
    setPublic: can(viewer, "setPublic", facts, at),
    remindUnanswered: can(viewer, "remindUnanswered", facts, at),
  };
  const joins = can(viewer, "seeJoinDetails", facts, at);
  const answers = can(viewer, "seeAnswers", facts, at) ? await rsvpList(db, id, viewer.locale) : null;
  const training = shown.type === "training" ? await trainingPanel(db, viewer, shown, viewer.locale, at) : null;
  return {
    event: {
      ...rest,
      title: texts.title.text,
      titleLang: texts.title.lang,
      onlineUrl: joins ? online_url : null,
      dialIn: joins ? dial_in : "",
      descriptionHtml: texts.description.text ? renderMarkdown(texts.description.text) : "",
      descriptionLang: texts.description.lang,
      agendaHtml: texts.agenda.text ? renderMarkdown(texts.agenda.text) : "",
      agendaLang: texts.agenda.lang,
      // The form to post them starts from the text as it stands.
      minutes: offers.postMinutes ? minutes : "",
      minutesHtml: minutes ? renderMarkdown(minutes) : "",
    },
    translation: inLocale.status,
    history,
    rsvp,
    subscription,
    answers: answers && { list: answers, counts: countAnswers(answers) },
    training,
    /** When the last reminder to those who have not answered went out, while it holds the next back. */
    remindedAt: remindedRecently(shown.lastReminderAt, at) ? shown.lastReminderAt : null,
    offers,
    started: shown.starts_at <= at,
    timeZone: viewer.timeZone,
  };
}

export type EventPage = Awaited<ReturnType<typeof eventPage>>;

function countAnswers(answers: { response: RsvpResponse }[]): Record<RsvpResponse, number> {
  const counts = Object.fromEntries(RSVP_RESPONSES.map((response) => [response, 0])) as Record<RsvpResponse, number>;
  for (const answer of answers) counts[answer.response]++;
  return counts;
}
