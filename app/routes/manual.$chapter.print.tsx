import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { getChapter } from "~/manual/queries.server";

export const handle: RouteHandle = {
  i18n: "manual",
  title: (_t, data) => (data as { chapter?: { title: string } } | undefined)?.chapter?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const chapter = found(await getChapter(getDb(), params.chapter ?? ""));
  return {
    chapter: { slug: chapter.slug, title: chapter.title, summary: chapter.summary, language: chapter.language },
    sections: chapter.sections.map(({ body, ...section }) => ({ ...section, html: renderMarkdown(body) })),
  };
}

/** The whole chapter on one page, laid out for paper (the portal's header and footer are not printed). */
export default function PrintChapter() {
  const { chapter, sections } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  return (
    <article className="print-view" lang={chapter.language}>
      <p className="no-print">
        <Link to={`/manual/${chapter.slug}`}>{t("print.back")}</Link> · {t("print.hint")}
      </p>
      <p className="print-kicker">{t("toc.title")}</p>
      <PageTitle>{chapter.title}</PageTitle>
      <p className="lead">{chapter.summary}</p>
      {sections.map((section) => (
        <section key={section.id} id={section.slug} aria-labelledby={`${section.slug}-heading`} lang={section.language}>
          <h2 id={`${section.slug}-heading`}>{section.title}</h2>
          <div className="markdown" dangerouslySetInnerHTML={{ __html: section.html }} />
        </section>
      ))}
    </article>
  );
}
