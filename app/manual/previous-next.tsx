import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

interface Neighbour {
  to: string;
  title: string;
}

/** "Previous / next" through the manual, in reading order. */
export function PreviousNext({
  label,
  previous,
  next,
}: {
  label: string;
  previous: Neighbour | null;
  next: Neighbour | null;
}) {
  const { t } = useTranslation("manual");
  if (!previous && !next) return null;
  return (
    <nav className="previous-next section-gap" aria-label={label}>
      {previous ? (
        <Link to={previous.to} rel="prev">
          <span className="muted">{t("neighbours.previous")}</span>
          <span>{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={next.to} rel="next" className="next">
          <span className="muted">{t("neighbours.next")}</span>
          <span>{next.title}</span>
        </Link>
      ) : null}
    </nav>
  );
}
