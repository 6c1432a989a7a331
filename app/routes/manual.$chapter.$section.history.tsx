import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { pageQuery } from "~/lib/forms.server";
import { presentHistory } from "~/manual/history.server";
import { findSection, sectionRevisions } from "~/manual/queries.server";
import { WordDiff } from "~/components/word-diff";

export const handle: RouteHandle = {
  i18n: "manual",
  title: (t, data) =>
    t("manual:history.title", { title: (data as { section?: { title: string } } | undefined)?.section?.title ?? "" }),
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const section = found(await findSection(db, params.chapter ?? "", params.section ?? ""));
  const history = presentHistory(await sectionRevisions(db, section.id, page));
  return {
    section: { title: section.title, slug: section.slug, chapterSlug: section.chapterSlug, language: section.language },
    ...history,
    page,
    timeZone: person.timeZone,
  };
}

export default function SectionHistory() {
  const { section, revisions, hasNext, page, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  const locale = useLocale();
  const base = `/manual/${section.chapterSlug}/${section.slug}`;
  return (
    <>
      <p>
        <Link to={base} lang={section.language}>
          {section.title}
        </Link>
      </p>
      <PageTitle>{t("history.title", { title: section.title })}</PageTitle>
      <p>{t("history.intro")}</p>
      <ol className="revision-list">
        {revisions.map((revision) => (
          <li key={revision.id}>
            <h2>{t("history.revision", { revision: revision.revision })}</h2>
            <p>
              <strong>{revision.note}</strong>
              <br />
              <span className="muted">
                {t("history.by", {
                  name: revision.author ?? "—",
                  date: formatDateTime(locale, revision.createdAt, timeZone),
                })}
              </span>
            </p>
            {revision.title ? (
              <>
                <h3>{t("history.titleChanged")}</h3>
                <WordDiff parts={revision.title} />
              </>
            ) : null}
            {revision.tags ? (
              <p>
                {t("history.tagsChanged", {
                  from: revision.tags.from.join(", ") || "—",
                  to: revision.tags.to.join(", ") || "—",
                })}
              </p>
            ) : null}
            {revision.body ? (
              revision.body.some((part) => part.change) ? (
                <details open={revision === revisions[0]}>
                  <summary>{t("history.bodyChanges")}</summary>
                  <WordDiff parts={revision.body} />
                </details>
              ) : (
                <p className="muted">{t("history.bodyUnchanged")}</p>
              )
            ) : (
              <p className="muted">{t("history.first")}</p>
            )}
          </li>
        ))}
      </ol>
      <nav className="pagination" aria-label={t("history.pages")}>
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t("history.newer")}</Link> : null}
        {hasNext ? <Link to={`?page=${page + 1}`}>{t("history.older")}</Link> : null}
      </nav>
    </>
  );
}
