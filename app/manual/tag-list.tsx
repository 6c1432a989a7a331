import { useTranslation } from "react-i18next";
import { MultiPicker } from "~/components/picker";
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

/** The manual's tags to choose from, each named in the reader's language: a box for each, all in view. */
export function TagPicker({
  tags,
  chosen,
  error,
}: {
  tags: { slug: string; name: string }[];
  chosen: string[];
  error?: string;
}) {
  const { t } = useTranslation("manual");
  const tagName = useTagName();
  return (
    <MultiPicker
      name="tags"
      label={t("form.tags")}
      defaultValue={chosen}
      choices={tags.map((tag) => ({ value: tag.slug, label: tagName(tag.slug, tag.name) }))}
      error={error}
    />
  );
}
