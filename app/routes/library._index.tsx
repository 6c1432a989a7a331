// The document library: every file the viewer may read (each as confidential as what it is attached
// to), newest first, filtered by language and by what the files are attached to.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { SelectField } from "~/components/field";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { libraryQuery } from "~/library/forms.server";
import { fileSize, languageAttribute } from "~/library/library-files";
import { LIBRARY_LANGUAGES, OWNER_KINDS } from "~/library/owners";
import { LIBRARY_PAGE_SIZE, listLibrary } from "~/library/queries.server";
import { getDb } from "~/lib/db.server";
import { formatDate } from "~/lib/format";

export const handle: RouteHandle = { i18n: "library", title: (t) => t("library:title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const filter = libraryQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { files, total } = await listLibrary(getDb(), viewer, filter);
  return { files, total, filter, hasNext: filter.page * LIBRARY_PAGE_SIZE < total, timeZone: viewer.timeZone };
}

export default function Library() {
  const { files, total, filter, hasNext, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("library");
  const locale = useLocale();
  const pageLink = (page: number) => {
    const query = new URLSearchParams();
    if (filter.language) query.set("language", filter.language);
    if (filter.kind) query.set("kind", filter.kind);
    query.set("page", String(page));
    return `?${query}`;
  };
  const filtered = Boolean(filter.language || filter.kind);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p>{t("intro")}</p>
      <Form method="get" className="filters" aria-label={t("filters")}>
        <SelectField
          name="language"
          label={t("language")}
          defaultValue={filter.language ?? ""}
          options={[
            { value: "", label: t("allLanguages") },
            ...LIBRARY_LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) })),
          ]}
        />
        <SelectField
          name="kind"
          label={t("attachedTo")}
          defaultValue={filter.kind ?? ""}
          options={[
            { value: "", label: t("allKinds") },
            ...OWNER_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) })),
          ]}
        />
        <button type="submit">{t("filter")}</button>
      </Form>
      <p aria-live="polite">{t("count", { count: total })}</p>
      {files.length === 0 ? (
        <p>{filtered ? t("emptyFiltered") : t("empty")}</p>
      ) : (
        <ul className="activity-list section-gap">
          {files.map((file) => {
            // Each run of text as one string: a page of files writes a tenth as many pieces.
            const facts = [
              file.filename,
              fileSize(t, file.size, locale),
              t(`languages.${file.language}`),
              formatDate(locale, file.uploadedAt, timeZone),
            ].join(" · ");
            return (
              <li key={file.id}>
                <h2 className="list-title">
                  <a href={`/library/${file.id}`} download={file.filename} lang={languageAttribute(file.language)}>
                    {file.title}
                  </a>
                </h2>
                <p lang={languageAttribute(file.language)}>{file.description}</p>
                <p className="muted">
                  {`${t(`kinds.${file.ownerKind}`)}: `}
                  <ListLink to={`${file.ownerHref}#files`}>{file.ownerTitle}</ListLink>
                  {` · ${facts}`}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {filter.page > 1 || hasNext ? (
        <nav className="pagination" aria-label={t("pages")}>
          {filter.page > 1 ? <Link to={pageLink(filter.page - 1)}>{t("newer")}</Link> : null}
          {hasNext ? <Link to={pageLink(filter.page + 1)}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
