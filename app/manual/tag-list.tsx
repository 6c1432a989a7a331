import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";

/** A tag's name in the reader's language; a tag the translations do not know keeps its stored name. */
export function useTagName(): (slug: string, stored?: string) => string {
  const { t } = useTranslation("manual");
  return (slug, stored) => t(`tagNames.${slug}` as "tagNames.training", { defaultValue: stored ?? slug });
}

/** A document's tags, each a link to everything else with that tag in the manual. */
export function TagList({ tags, names }: { tags: string[]; names: Record<string, string> }) {
  const { t } = useTranslation("manual");
  const tagName = useTagName();
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label={t("tags.label")}>
      {tags.map((tag) => (
        <li key={tag}>
          <ListLink className="tag" to={`/manual?tag=${tag}`}>
            {tagName(tag, names[tag])}
          </ListLink>
        </li>
      ))}
    </ul>
  );
}
