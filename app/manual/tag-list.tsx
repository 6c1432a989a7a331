import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** A document's tags, each a link to everything else with that tag in the manual. */
export function TagList({ tags, names }: { tags: string[]; names: Record<string, string> }) {
  const { t } = useTranslation("manual");
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t("tags.label")}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link className="tag" to={`/manual?tag=${tag}`}>
            {names[tag] ?? tag}
          </Link>
        </li>
      ))}
    </ul>
  );
}
