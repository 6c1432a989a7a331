import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import { useLocale } from "~/components/use-locale";
import { formatCalendarDate, formatDateTime } from "~/lib/format";
import type { ActionQueue } from "./action-queue.server";

type Kind = keyof ActionQueue;

/** One kind of thing waiting: its heading and its items, each linking to where it is done; nothing if none waits. */
function Waiting({ kind, count, children }: { kind: Kind; count: number; children: ReactNode }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <>
      <h3 id={`action-${kind}`}>{t(`dashboard.actions.${kind}`)}</h3>
      <ul className="feature-list" aria-labelledby={`action-${kind}`}>
        {children}
      </ul>
    </>
  );
}

/** The dashboard's first card: everything that waits for this person to act, soonest first within each kind. */
export function ActionPanel({ actions, timeZone }: { actions: ActionQueue; timeZone: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (moment: string | Date) => `${formatDateTime(locale, moment, timeZone)} (${timeZone})`;
  const total = Object.values(actions).reduce((sum, items) => sum + items.length, 0);
  return (
    <section className="card card-wide" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t("dashboard.actions.heading")}</h2>
      {total === 0 ? <p>{t("dashboard.actions.none")}</p> : null}
      <Waiting kind="amendments" count={actions.amendments.length}>
        {actions.amendments.map((statement) => (
          <li key={statement.id}>
            <ListLink to={`/statements/${statement.id}`} lang={statement.language}>
              {statement.title}
            </ListLink>
            <p>{t("dashboard.actions.pending", { count: statement.pending })}</p>
          </li>
        ))}
      </Waiting>
      <Waiting kind="signatures" count={actions.signatures.length}>
        {actions.signatures.map((statement) => (
          <li key={statement.id}>
            <ListLink to={`/statements/${statement.id}#signatures`} lang={statement.language}>
              {statement.title}
            </ListLink>
          </li>
        ))}
      </Waiting>
      <Waiting kind="silences" count={actions.silences.length}>
        {actions.silences.map((statement) => (
          <li key={statement.id}>
            <ListLink to={`/statements/${statement.id}`} lang={statement.language}>
              {statement.title}
            </ListLink>
            <p>{t("dashboard.actions.silenceEnds", { deadline: when(statement.deadline ?? "") })}</p>
          </li>
        ))}
      </Waiting>
      <Waiting kind="benchmarks" count={actions.benchmarks.length}>
        {actions.benchmarks.map((benchmark) => (
          <li key={benchmark.id}>
            <ListLink to={`/work/benchmarks/${benchmark.id}#report`} lang={benchmark.language}>
              {benchmark.title}
            </ListLink>
            <p>{t("dashboard.actions.reportBy", { date: formatCalendarDate(locale, benchmark.deadline) })}</p>
          </li>
        ))}
      </Waiting>
      <Waiting kind="calls" count={actions.calls.length}>
        {actions.calls.map((call) => (
          <li key={call.id}>
            <ListLink to={`/calendar/${call.id}#rsvp`} lang={call.language}>
              {call.title}
            </ListLink>
            <p>{t("dashboard.actions.callAt", { time: when(call.startsAt) })}</p>
          </li>
        ))}
      </Waiting>
    </section>
  );
}
