import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { LibraryFiles } from "~/library/library-files";
import { libraryPanel } from "~/library/panel.server";
import { getDb } from "~/lib/db.server";
import { formatDate } from "~/lib/format";
import { renderHighlightedMarkdown, renderMarkdown } from "~/lib/markdown.server";
import { highlightQuery } from "~/search/forms.server";
import { can } from "~/manual/policy";
import { getSection, listTags } from "~/manual/queries.server";
import { PreviousNext } from "~/manual/previous-next";
import { TagList } from "~/manual/tag-list";
import { getHighlighted } from "~/search/search.server";
import { ManualBreadcrumb } from "~/manual/breadcrumb";
import { requestLocale } from "~/i18n/request-locale.server";
import { shownToReader } from "~/translations/reader.server";
import { TranslationStatus } from "~/translations/translation-status";

export const handle: RouteHandle = {
  i18n: ["manual", "library"],
  title: (_t, data) => (data as { section?: { title: string } } | undefined)?.section?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  // From a search result: the words the search matched are highlighted in the text.
  const { highlight } = highlightQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const locale = await requestLocale(request, context);
  const [section, tags] = await Promise.all([
    getSection(db, params.chapter ?? "", params.section ?? "", locale),
    listTags(db),
  ]);
  const { body, title, ...rest } = found(section);
  // The section in the reader's language where it is translated, else as written.
  const [{ shown, status }, library] = await Promise.all([
    shownToReader(
      db,
      person,
      locale,
      { id: rest.id, facts: { kind: "manual_section" } },
      { language: rest.language, fields: { title, body } },
    ),
    libraryPanel(db, person, { kind: "manual_section", id: rest.id }, { kind: "manual_section" }),
  ]);
  const html = highlight
    ? renderHighlightedMarkdown(await getHighlighted(db, shown.body.text, shown.body.lang, highlight))
    : renderMarkdown(shown.body.text);
  return {
    section: { ...rest, title: shown.title.text, titleLang: shown.title.lang, bodyLang: shown.body.lang, html },
    translation: status,
    tagNames: Object.fromEntries(tags.map((tag) => [tag.slug, tag.name])),
    highlighted: Boolean(highlight),
    canEdit: can(person, "edit", { kind: "section" }),
    timeZone: person.timeZone,
    library,
  };
}

const NOTICES = ["created", "saved", "unchanged"] as const;

export default function Section() {
  const { section, tagNames, highlighted, canEdit, timeZone, translation, library } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const base = `/manual/${section.chapterSlug}/${section.slug}`;
  return (
    <article aria-labelledby="page-title" id={section.slug}>
      <ManualBreadcrumb trail={[{ to: `/manual/${section.chapterSlug}`, label: section.chapterTitle }]} />
      <PageTitle lang={section.titleLang}>{section.title}</PageTitle>
      <TranslationStatus {...translation} />
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      {highlighted ? (
        <p className="notice" role="status">
          {t("section.highlighted")} <Link to={base}>{t("section.clearHighlight")}</Link>
        </p>
      ) : null}
      <TagList tags={section.tags} names={tagNames} />
      <div
        className="markdown section-gap"
        lang={section.bodyLang}
        dangerouslySetInnerHTML={{ __html: section.html }}
      />
      <p className="muted section-gap">
        {t("section.updated", {
          date: formatDate(locale, section.updatedAt, timeZone),
          name: section.updatedBy ?? "—",
          revision: section.revision,
        })}
      </p>
      <div className="actions">
        <Link to={`${base}/history`}>{t("section.history")}</Link>
        {canEdit ? (
          <Link to={`${base}/edit`} className="button button-secondary">
            {t("section.edit")}
          </Link>
        ) : null}
      </div>
      <LibraryFiles panel={library} timeZone={timeZone} />
      <PreviousNext
        label={t("section.neighbours")}
        previous={
          section.previous
            ? { to: `/manual/${section.previous.chapterSlug}/${section.previous.slug}`, title: section.previous.title }
            : null
        }
        next={
          section.next
            ? { to: `/manual/${section.next.chapterSlug}/${section.next.slug}`, title: section.next.title }
            : null
        }
      />
    </article>
  );
}
