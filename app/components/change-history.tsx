import type { ActivityChange } from "../../db/schema";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";

export interface ChangeEntry {
  id: number;
  at: Date | string;
  kind: string;
  changes: ActivityChange[];
  personName: string | null;
}

/**
 * Who changed what, and when ("Start: … → …"), for anything that keeps a history of changes; each
 * capability says how an entry and a change read in its own words.
 */
export function ChangeHistory<Entry extends ChangeEntry>({
  heading,
  history,
  timeZone,
  describeEntry,
  describeChange,
}: {
  heading: string;
  history: Entry[];
  timeZone: string;
  describeEntry: (entry: Entry) => string;
  describeChange: (change: ActivityChange) => string;
}) {
  const locale = useLocale();
  return (
    <section aria-labelledby="history-heading" className="section-gap">
      <h2 id="history-heading">{heading}</h2>
      <ul className="history-list">
        {history.map((entry) => (
          <li key={entry.id}>
            <p>
              {describeEntry(entry)} ·{" "}
              <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(locale, entry.at, timeZone)}</time>
            </p>
            {entry.changes.length ? (
              <ul>
                {entry.changes.map((change) => (
                  <li key={change.field}>{describeChange(change)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
