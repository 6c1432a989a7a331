import type { ReactNode } from "react";

/**
 * The frame of a table that may be wider than the screen: it takes keyboard focus, so the arrow keys
 * scroll it sideways for someone without a mouse (WCAG 2.1.1), and is named by the heading above it. A
 * group, not a region: it sits inside the section that heading already names as a region.
 */
export function TableFrame({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="group" tabIndex={0} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

/** A titled section holding a table, or its empty state when there is nothing to list. */
export function TableSection({
  id,
  title,
  labelledBy = "page-title",
  headers,
  empty,
  isEmpty,
  children,
}: {
  id: string;
  title?: string;
  /** Without a title of its own, the element naming the table (the page's title by default). */
  labelledBy?: string;
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
        <TableFrame labelledBy={title ? `${id}-heading` : labelledBy}>
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
        </TableFrame>
      )}
    </section>
  );
}
