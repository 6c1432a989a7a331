import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { countLabel } from "~/lib/count-label";
import { getDb } from "~/lib/db.server";
import { tagQuery } from "~/manual/forms.server";
import { can } from "~/manual/policy";
import { listChapters, listTags, publishedBestPractices, taggedSections } from "~/manual/queries.server";
import { useTagName } from "~/manual/tag-list";
import { ListLink } from "~/components/list-link";

export const handle: RouteHandle = {
  i18n: "manual",
  title: (t) => t("manual:toc.title"),
  description: (t) => t("common:meta.manual"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { tag, page } = tagQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  // With a tag: the sections and best practices that carry it; without: the chapters.
  const [chapters, tagged, tags, practices] = await Promise.all([
    tag ? null : listChapters(db, person.locale),
    tag ? taggedSections(db, tag, page, person.locale) : null,
    listTags(db),
    publishedBestPractices(db, person.locale, tag),
  ]);
  const canAddChapter = can(person, "add", { kind: "chapter" });
  return { chapters, tagged, tags, practices, tag: tag ?? null, page, canAddChapter };
}

export default function ManualContents() {
  const { chapters, tagged, tags, practices, tag, page, canAddChapter } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  const nameOf = useTagName();
  const sectionCount = countLabel((count) => t("toc.sectionCount", { count }));
  const tagName = tag ? nameOf(tag, tags.find((entry) => entry.slug === tag)?.name) : undefined;
  return (
    <>
      <PageTitle>{t("toc.title")}</PageTitle>
      <p className="lead">{t("toc.intro")}</p>
      <Form method="get" className="filters" aria-label={t("toc.filterLabel")}>
        <div className="field">
          <label htmlFor="tag">{t("toc.tag")}</label>
          <select id="tag" name="tag" defaultValue={tag ?? ""}>
            <option value="">{t("toc.allTags")}</option>
            {tags.map((entry) => (
              <option key={entry.slug} value={entry.slug}>
                {nameOf(entry.slug, entry.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("toc.apply")}</button>
      </Form>
      {chapters ? (
        <nav aria-labelledby="toc-heading" className="card">
          <h2 id="toc-heading">{t("toc.contents")}</h2>
          <ol className="toc">
            {chapters.map((chapter) => (
              <li key={chapter.id}>
                <ListLink to={`/manual/${chapter.slug}`} lang={chapter.language} className="toc-chapter">
                  {chapter.title}
                </ListLink>{" "}
                <span className="muted">{sectionCount(chapter.sections)}</span>
                <p className="muted" lang={chapter.language}>
                  {chapter.summary}
                </p>
              </li>
            ))}
          </ol>
          {canAddChapter ? (
            <Link to="/manual/new" className="button button-secondary">
              {t("chapterForm.new")}
            </Link>
          ) : null}
        </nav>
      ) : null}
      {tagged ? (
        <section aria-labelledby="tagged-heading" className="card">
          <h2 id="tagged-heading">{t("toc.tagged", { tag: tagName ?? tag })}</h2>
          <p>
            <Link to="/manual">{t("toc.clearTag")}</Link>
          </p>
          {tagged.sections.length === 0 ? <p>{t("toc.empty")}</p> : null}
          <ul>
            {tagged.sections.map((section) => (
              <li key={section.id}>
                <ListLink to={`/manual/${section.chapterSlug}/${section.slug}`} lang={section.language}>
                  {section.title}
                </ListLink>{" "}
                <span className="muted">· {section.chapterTitle}</span>
              </li>
            ))}
          </ul>
          <nav className="pagination" aria-label={t("toc.pages")}>
            {page > 1 ? <Link to={`?tag=${tag}&page=${page - 1}`}>{t("search.previous")}</Link> : null}
            {tagged.hasNext ? <Link to={`?tag=${tag}&page=${page + 1}`}>{t("search.next")}</Link> : null}
          </nav>
        </section>
      ) : null}
      <section aria-labelledby="practices-heading" className="section-gap">
        <h2 id="practices-heading">{t("practices.heading")}</h2>
        <p>{t("practices.intro")}</p>
        {practices.length === 0 ? <p>{tag ? t("practices.emptyTag") : t("practices.empty")}</p> : null}
        <ul>
          {practices.map((practice) => (
            <li key={practice.id}>
              <ListLink to={`/manual/best-practices/${practice.id}`} lang={practice.language}>
                {practice.title}
              </ListLink>{" "}
              <span className="muted">{t("practices.from", { member: practice.memberName })}</span>
            </li>
          ))}
        </ul>
        <div className="actions">
          <Link to="/manual/best-practices/new" className="button">
            {t("practices.contribute")}
          </Link>
          <Link to="/manual/best-practices">{t("practices.all")}</Link>
        </div>
      </section>
    </>
  );
}
