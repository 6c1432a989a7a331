import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { printedChapter } from "~/manual/print.server";
import { getChapter } from "~/manual/queries.server";

export const handle: RouteHandle = {
  i18n: "manual",
  title: (_t, data) => (data as { chapter?: { title: { text: string } } } | undefined)?.chapter?.title.text ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const db = getDb();
  const locale = await requestLocale(request, context);
  return printedChapter(db, found(await getChapter(db, params.chapter ?? "", locale)), locale);
}

/** The whole chapter on one page, laid out for paper (the portal's header and footer are not printed). */
export default function PrintChapter() {
  const { chapter, sections } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  return (
    <article className="print-view">
      <p className="no-print">
        <Link to={`/manual/${chapter.slug}`}>{t("print.back")}</Link> · {t("print.hint")}
      </p>
      <p className="print-kicker">{t("toc.title")}</p>
      <PageTitle lang={chapter.title.lang}>{chapter.title.text}</PageTitle>
      <p className="lead" lang={chapter.summary.lang}>
        {chapter.summary.text}
      </p>
      {sections.map((section) => (
        <section key={section.id} id={section.slug} aria-labelledby={`${section.slug}-heading`}>
          <h2 id={`${section.slug}-heading`} lang={section.title.lang}>
            {section.title.text}
          </h2>
          <div className="markdown" lang={section.body.lang} dangerouslySetInnerHTML={{ __html: section.body.html }} />
        </section>
      ))}
    </article>
  );
}
