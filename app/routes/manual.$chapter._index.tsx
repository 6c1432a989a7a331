import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { getChapter } from "~/manual/manual.server";
import { PreviousNext } from "~/manual/previous-next";

export const handle: RouteHandle = {
  i18n: "manual",
  title: (_t, data) => (data as { chapter?: { title: string } } | undefined)?.chapter?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const chapter = await getChapter(getDb(), params.chapter ?? "");
  if (!chapter) throw new Response(null, { status: 404 });
  // The chapter page lists its sections; their text is on each section's page and in the print view.
  const { sections, ...rest } = chapter;
  return { chapter: { ...rest, sections: sections.map(({ body: _body, ...section }) => section) }, isSecretariat: person.role === "secretariat" };
}

export default function Chapter() {
  const { chapter, isSecretariat } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  return (
    <>
      <p>
        <Link to="/manual">{t("toc.back")}</Link>
      </p>
      <PageTitle lang={chapter.language}>{chapter.title}</PageTitle>
      <p className="lead" lang={chapter.language}>
        {chapter.summary}
      </p>
      <nav aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t("chapter.sections")}</h2>
        {chapter.sections.length === 0 ? <p>{t("chapter.empty")}</p> : null}
        <ol className="toc">
          {chapter.sections.map((section) => (
            <li key={section.id} id={section.slug}>
              <Link to={`/manual/${chapter.slug}/${section.slug}`} lang={section.language}>
                {section.title}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <div className="actions section-gap">
        <Link to={`/manual/${chapter.slug}/print`} className="button button-secondary">
          {t("chapter.print")}
        </Link>
        {isSecretariat ? (
          <Link to={`/manual/${chapter.slug}/new`} className="button button-secondary">
            {t("chapter.newSection")}
          </Link>
        ) : null}
      </div>
      <PreviousNext
        label={t("chapter.neighbours")}
        previous={chapter.previousSlug ? { to: `/manual/${chapter.previousSlug}`, title: chapter.previousTitle! } : null}
        next={chapter.nextSlug ? { to: `/manual/${chapter.nextSlug}`, title: chapter.nextTitle! } : null}
      />
    </>
  );
}
