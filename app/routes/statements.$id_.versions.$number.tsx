import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { markBrackets } from "~/statements/brackets";
import { idParam } from "~/lib/params";
import { exportFrame } from "~/statements/export.server";
import { languageQuery } from "~/statements/forms.server";
import { exportableVersion } from "~/statements/versions.server";

export const handle: RouteHandle = {
  i18n: "statements",
  title: (_t, data) => (data as { title?: string } | undefined)?.title ?? "",
};

/** The print view of one version: the text alone, laid out for paper by the print stylesheet. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const { language } = languageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const exported = await exportableVersion(getDb(), idParam(params.id), idParam(params.number), viewer, language);
  const { header, subtitle, numbered, closing, footer } = await exportFrame(exported);
  return {
    id: exported.statement.id,
    title: exported.statement.title,
    language: exported.language,
    original: exported.statement.language,
    number: exported.number,
    header,
    subtitle,
    closing,
    footer,
    paragraphs: exported.paragraphs.map((paragraph, index) => ({
      id: paragraph.id,
      status: numbered[index]?.status ?? null,
      html: markBrackets(renderMarkdown(paragraph.body)),
      lang: paragraph.language,
    })),
  };
}

export default function PrintVersion() {
  const { id, title, language, original, number, header, subtitle, closing, footer, paragraphs } =
    useLoaderData<typeof loader>();
  const inLanguage = language !== original ? `?language=${language}` : "";
  const { t } = useTranslation("statements");
  return (
    <article className="print-view" lang={language}>
      <p className="no-print">
        <Link to={`/statements/${id}`}>{t("export.backToStatement")}</Link> · {t("export.printHint")} ·{" "}
        <a href={`/statements/${id}/versions/${number}/docx${inLanguage}`} download>
          {t("export.docx")}
        </a>
      </p>
      {header ? <p className="print-confidential">{header}</p> : null}
      <PageTitle lang={original}>{title}</PageTitle>
      <p className="print-subtitle">{subtitle}</p>
      <ol className="print-paragraphs">
        {paragraphs.map((paragraph) => (
          <li key={paragraph.id}>
            {paragraph.status ? <span className="print-status">{paragraph.status} </span> : null}
            <div className="markdown" lang={paragraph.lang} dangerouslySetInnerHTML={{ __html: paragraph.html }} />
          </li>
        ))}
      </ol>
      {closing ? <p className="closing">{closing}</p> : null}
      <p className="print-footer">{footer}</p>
    </article>
  );
}
