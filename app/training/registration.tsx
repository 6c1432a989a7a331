// A training's registration on its event page: the seats, the reader's own place and the one button
// that fits it (plain forms: they work without JavaScript), and for the organiser who registered and
// who waits. Imported by the event page alone, so it travels in that page's own script.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { Registrant } from "./queries.server";
import type { TrainingPanel } from "./panel.server";

export function RegistrationSection({ training, timeZone }: { training: TrainingPanel; timeZone: string }) {
  const { t } = useTranslation("calendar");
  const { capacity, registered, waiting, seatsLeft, mine, position, offers } = training;
  return (
    <section aria-labelledby="registration-heading" className="card section-gap" id="registration">
      <h2 id="registration-heading">{t("training.heading")}</h2>
      <p>
        {capacity === null
          ? t("training.unlimited", { count: registered })
          : t("training.seatsLeft", { count: seatsLeft ?? 0, capacity })}
        {waiting ? ` ${t("training.waitingCount", { count: waiting })}` : null}
      </p>
      {mine ? (
        <p className="notice">
          <strong>
            {mine === "registered" ? t("training.youAreRegistered") : t("training.youAreWaiting", { position })}
          </strong>
        </p>
      ) : null}
      {!training.open ? <p>{t("training.closed")}</p> : null}
      {offers.register ? (
        <Form method="post">
          <input type="hidden" name="intent" value="register" />
          <button type="submit">{t(seatsLeft === 0 ? "training.joinWaitingList" : "training.register")}</button>
        </Form>
      ) : null}
      {offers.cancel ? (
        <Form method="post">
          <input type="hidden" name="intent" value="unregister" />
          <button type="submit" className="button-secondary">
            {t("training.cancel")}
          </button>
        </Form>
      ) : null}
      {training.registrants ? <Registrants list={training.registrants} timeZone={timeZone} /> : null}
    </section>
  );
}

/** The organiser's lists, each in the order people signed up (the waiting list moves up in it). */
function Registrants({ list, timeZone }: { list: Registrant[]; timeZone: string }) {
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const groups = [
    { status: "registered", people: list.filter((person) => person.status === "registered") },
    { status: "waiting", people: list.filter((person) => person.status === "waiting") },
  ] as const;
  return (
    <>
      {groups.map(({ status, people }) => (
        <div key={status}>
          <h3 id={`registrants-${status}`}>{t(`training.list.${status}`, { count: people.length })}</h3>
          {people.length ? (
            <ol aria-labelledby={`registrants-${status}`}>
              {people.map((person) => (
                <li key={person.id}>
                  {person.name}
                  {person.memberName ? ` (${person.memberName})` : ""}{" "}
                  <span className="meta">
                    {t("training.list.since", { time: formatDateTime(locale, person.registeredAt, timeZone) })}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p>{t("training.list.none")}</p>
          )}
        </div>
      ))}
    </>
  );
}
