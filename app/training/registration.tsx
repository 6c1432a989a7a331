// A training's registration on its event page: the seats, the reader's own place and the one button
// that fits it (plain forms: they work without JavaScript), for the organiser who registered and who
// waits, and the materials. Imported by the event page alone, so it travels in that page's own script
// (the library's own file list would add a shared script to a page at its budget).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { LibraryPanelData } from "~/library/panel.server";
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

/**
 * The training's materials: library files to download; the organiser attaches more on the library's
 * upload page, and deletes through the library (which brings them back here).
 */
export function MaterialsSection({ panel }: { panel: LibraryPanelData }) {
  const { t } = useTranslation("calendar");
  return (
    <section aria-labelledby="materials-heading" className="card section-gap" id="files">
      <h2 id="materials-heading">{t("training.materials.heading")}</h2>
      {panel.files.length ? (
        <ul className="file-list">
          {panel.files.map((file) => (
            <li key={file.id}>
              <a href={`/library/${file.id}`} download={file.filename}>
                {file.title}
              </a>{" "}
              <span className="meta">{file.filename}</span>
              {file.canDelete ? (
                <form method="post" action={`/library/${file.id}`}>
                  <button
                    type="submit"
                    name="intent"
                    value="delete"
                    className="button-secondary"
                    aria-label={t("training.materials.delete", { title: file.title })}
                  >
                    {t("training.materials.deleteShort")}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("training.materials.none")}</p>
      )}
      {panel.canAttach ? (
        <p>
          <a href={`/library/upload?owner=${panel.owner}`}>{t("training.materials.attach")}</a>
        </p>
      ) : null}
    </section>
  );
}
