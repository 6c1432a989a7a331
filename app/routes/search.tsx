import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { Highlighted } from "~/components/highlighted";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { searchQuery } from "~/search/forms.server";
import { listTags } from "~/manual/queries.server";
import { PAGE_SIZE, PER_KIND, SEARCH_KINDS, SEARCH_MAX_LENGTH, type SearchKind } from "~/search/kinds";
import { searchWithCorrection } from "~/search/search.server";
import { useTagName } from "~/manual/tag-list";
import { ListLink } from "~/components/list-link";

/** The result's address asking its page to highlight the words; the query goes before a #fragment. */
function withHighlight(href: string, words: string) {
  const [path, fragment] = href.split("#");
  return `${path}?${new URLSearchParams({ highlight: words })}${fragment ? `#${fragment}` : ""}`;
}

export const handle: RouteHandle = {
  i18n: ["manual", "program", "statements", "calendar", "channels", "common"],
  title: (t) => t("manual:search.title"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const query = searchQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const tooLong = query.q.length > SEARCH_MAX_LENGTH;
  const [outcome, tags] = await Promise.all([
    query.q && !tooLong ? searchWithCorrection(db, { ...query, person }) : null,
    listTags(db),
  ]);
  return { query, outcome, tags, tooLong };
}

export default function Search() {
  const { query, outcome, tags, tooLong } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["manual", "program", "statements", "calendar", "channels", "common"]);
  const tagName = useTagName();
  const link = (changes: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ q: query.q, kind: query.kind, tag: query.tag, ...changes })) {
      if (value !== undefined && value !== "" && !(key === "page" && Number(value) === 1))
        params.set(key, String(value));
    }
    return `/search?${params}`;
  };
  const total = outcome?.groups.reduce((sum, group) => sum + group.total, 0) ?? 0;
  const shown = outcome?.shownQuery ?? query.q;
  // An address edited to a page after the last: the results exist, on earlier pages.
  const pastTheEnd = outcome?.groups.some((group) => group.kind === query.kind && group.hits.length === 0);
  const contextOf = (kind: SearchKind, context: string) =>
    kind === "activity"
      ? t(`program:categories.${context as "national"}`)
      : kind === "best_practice"
        ? t("practices.from", { member: context })
        : kind === "statement"
          ? t(`statements:stages.${context as "drafting"}`)
          : kind === "event"
            ? context === "cancelled"
              ? t("calendar:event.cancelled")
              : t(`calendar:types.${context as "training"}`)
            : kind === "announcement"
              ? context === "network"
                ? t("channels:announcements.network")
                : t(`common:regionalGroups.${context as "african"}`)
              : kind === "member"
                ? t(`common:regionalGroups.${context as "weog"}`)
                : context;
  return (
    <>
      <PageTitle>{t("search.title")}</PageTitle>
      <Form method="get" className="filters search-form" role="search" aria-label={t("search.title")}>
        <div className="field field-grow">
          <label htmlFor="search-q">{t("search.query")}</label>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={SEARCH_MAX_LENGTH}
            aria-invalid={tooLong || undefined}
            aria-describedby={tooLong ? "search-q-error search-tips" : "search-tips"}
          />
          {tooLong ? (
            <p className="field-error" id="search-q-error">
              {t("search.tooLong", { count: SEARCH_MAX_LENGTH })}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="search-kind">{t("search.kind")}</label>
          <select id="search-kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">{t("search.allKinds")}</option>
            {SEARCH_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`search.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="search-tag">{t("toc.tag")}</label>
          <select id="search-tag" name="tag" defaultValue={query.tag ?? ""}>
            <option value="">{t("toc.allTags")}</option>
            {tags.map((tag) => (
              <option key={tag.slug} value={tag.slug}>
                {tagName(tag.slug, tag.name)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("search.submit")}</button>
      </Form>
      <p id="search-tips" className="hint">
        {t("search.tips")}
      </p>

      {outcome ? (
        <>
          {outcome.correctedFrom ? (
            <p className="notice" role="status">
              {t("search.correctedTo", { query: outcome.shownQuery })}{" "}
              <span className="muted">{t("search.correctedFrom", { query: outcome.correctedFrom })}</span>
            </p>
          ) : null}
          {outcome.suggestion ? (
            <p className="notice">
              {t("search.didYouMean")} <Link to={link({ q: outcome.suggestion, page: 1 })}>{outcome.suggestion}</Link>
            </p>
          ) : null}
          <p role="status">{t("search.count", { count: total, query: shown })}</p>
          {total === 0 ? <p className="notice">{t("search.empty")}</p> : null}
          {outcome.groups
            .filter((group) => group.hits.length > 0)
            .map((group) => (
              <section key={group.kind} aria-labelledby={`results-${group.kind}`} className="section-gap search-group">
                <h2 id={`results-${group.kind}`}>
                  {t(`search.kinds.${group.kind}`)} <span className="muted">({group.total})</span>
                </h2>
                <ol className="search-results">
                  {group.hits.map((hit) => (
                    <li key={hit.id}>
                      <h3 lang={hit.language}>
                        {group.kind === "library_file" ? (
                          // A file downloads: the browser fetches it, not the app's navigation.
                          <a href={hit.href} download={hit.context}>
                            <Highlighted text={hit.title} />
                          </a>
                        ) : (
                          <ListLink to={withHighlight(hit.href, shown)}>
                            <Highlighted text={hit.title} />
                          </ListLink>
                        )}
                      </h3>
                      <p className="muted search-context">{contextOf(group.kind, hit.context)}</p>
                      <p className="search-snippet" lang={hit.language}>
                        <Highlighted text={hit.snippet} />
                      </p>
                    </li>
                  ))}
                </ol>
                {!query.kind && group.total > PER_KIND ? (
                  <p>
                    <ListLink to={link({ kind: group.kind, q: shown })}>
                      {t("search.allOfKind", { count: group.total, kind: t(`search.kinds.${group.kind}`) })}
                    </ListLink>
                  </p>
                ) : null}
                {query.kind ? (
                  <nav className="pagination" aria-label={t("search.pages")}>
                    {query.page > 1 ? (
                      <Link to={link({ page: query.page - 1, q: shown })}>{t("search.previous")}</Link>
                    ) : null}
                    {query.page * PAGE_SIZE < group.total ? (
                      <Link to={link({ page: query.page + 1, q: shown })}>{t("search.next")}</Link>
                    ) : null}
                  </nav>
                ) : null}
              </section>
            ))}
          {pastTheEnd ? (
            <p className="notice">
              {t("search.pastEnd")} <Link to={link({ page: 1, q: shown })}>{t("search.firstPage")}</Link>
            </p>
          ) : null}
          {query.kind
            ? outcome.groups
                .filter((group) => group.kind !== query.kind)
                .map((group) => (
                  <p key={group.kind}>
                    <ListLink to={link({ kind: group.kind, page: 1, q: shown })}>
                      {t("search.allOfKind", { count: group.total, kind: t(`search.kinds.${group.kind}`) })}
                    </ListLink>
                  </p>
                ))
            : null}
        </>
      ) : tooLong ? null : (
        <>
          <p>{t("search.intro")}</p>
          {query.tag ? (
            <p>
              <Link to={`/manual?${new URLSearchParams({ tag: query.tag })}`}>
                {t("search.taggedInManual", {
                  tag: tagName(query.tag, tags.find((tag) => tag.slug === query.tag)?.name),
                })}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </>
  );
}
