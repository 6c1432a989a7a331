import { Link } from "@remix-run/react";

/** Earlier and later pages of a list (`?page=N`), as plain links: they work without JavaScript. */
export function Pager({
  page,
  hasNext,
  label,
  previous,
  next,
}: {
  page: number;
  hasNext: boolean;
  label: string;
  previous: string;
  next: string;
}) {
  if (page <= 1 && !hasNext) return null;
  return (
    <nav className="pagination" aria-label={label}>
      {page > 1 ? <Link to={`?page=${page - 1}`}>{previous}</Link> : null}
      {hasNext ? <Link to={`?page=${page + 1}`}>{next}</Link> : null}
    </nav>
  );
}
