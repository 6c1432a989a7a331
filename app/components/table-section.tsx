import type { ReactNode } from "react";

/** A titled section holding a table, or its empty state when there is nothing to list. */
export function TableSection({
  id,
  title,
  headers,
  empty,
  isEmpty,
  children,
}: {
  id: string;
  title?: string;
  headers: string[];
  empty: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={title ? `${id}-heading` : undefined} className="section-gap">
      {title ? <h2 id={`${id}-heading`}>{title}</h2> : null}
      {isEmpty ? (
        <p>{empty}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                {headers.map((header) => (
                  <th scope="col" key={header}>
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
