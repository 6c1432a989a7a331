import { useTranslation } from "react-i18next";
import type { EventType } from "../../db/schema";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";

export interface PublicEvent {
  id: number;
  title: string;
  language: string;
  type: EventType;
  startsAt: Date | string;
  timeZone: string;
  location: string;
}

/** Public events with their local time where they take place (a visitor has no time zone of their own here). */
export function PublicEventList({ events, empty }: { events: PublicEvent[]; empty: string }) {
  const { t } = useTranslation(["public", "calendar"]);
  const locale = useLocale();
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <ul className="feature-list">
      {events.map((event) => (
        <li key={event.id}>
          <strong lang={event.language}>{event.title}</strong>
          <p>
            <span className="tag">{t(`calendar:types.${event.type}`)}</span>{" "}
            {t("public:events.when", {
              date: formatDateTime(locale, event.startsAt, event.timeZone),
              zone: event.timeZone,
            })}
            {event.location ? (
              <>
                {" · "}
                <span lang={event.language}>{event.location}</span>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
