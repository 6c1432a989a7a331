import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { moveForm } from "~/manual/forms.server";
import { moveSection } from "~/manual/commands.server";
import { can } from "~/manual/policy";
import { requestLocale } from "~/i18n/request-locale.server";
import { shownTitle } from "~/translations/queries.server";
import { shownToReader } from "~/translations/reader.server";
import { TranslationStatus } from "~/translations/translation-status";
import { getChapter } from "~/manual/queries.server";
import { PreviousNext } from "~/manual/previous-next";
import { ListLink } from "~/components/list-link";
import { ManualBreadcrumb } from "~/manual/breadcrumb";

export const handle: RouteHandle = {
  i18n: "manual",
  title: (_t, data) => (data as { chapter?: { title: string } } | undefined)?.chapter?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const locale = await requestLocale(request, context);
  // The chapter page lists its sections; their text is on each section's page and in the print view.
  const { sections, title, summary, ...rest } = found(await getChapter(db, params.chapter ?? "", locale));
  const { shown, status } = await shownToReader(
    db,
    person,
    locale,
    { id: rest.id, facts: { kind: "manual_chapter" } },
    { language: rest.language, fields: { title, summary } },
  );
  return {
    chapter: {
      ...rest,
      title: shown.title.text,
      titleLang: shown.title.lang,
      summary: shown.summary.text,
      summaryLang: shown.summary.lang,
      sections: sections.map(({ body: _body, ...section }) => shownTitle(section, locale)),
    },
    translation: status,
    canMove: can(person, "move", { kind: "section" }),
    canAdd: can(person, "add", { kind: "section" }),
  };
}

/** The secretariat reorders the chapter's sections, one step at a time. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "move", { kind: "section" }));
  // The buttons send only a section and a direction: anything else was not sent from this page.
  const parsed = moveForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  const chapter = params.chapter ?? "";
  const moved = await moveSection(getDb(), person, chapter, parsed.data.section, parsed.data.direction);
  // Already first (or last): nothing to swap with.
  if (!moved) throw new Response(null, { status: 409 });
  throw redirect(`/manual/${chapter}#${moved}`);
}

export default function Chapter() {
  const { chapter, translation, canMove, canAdd } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  return (
    <>
      <ManualBreadcrumb />
      <PageTitle lang={chapter.titleLang}>{chapter.title}</PageTitle>
      <TranslationStatus {...translation} />
      <p className="lead" lang={chapter.summaryLang}>
        {chapter.summary}
      </p>
      <nav aria-labelledby="sections-heading">
        <h2 id="sections-heading">{t("chapter.sections")}</h2>
        {chapter.sections.length === 0 ? <p>{t("chapter.empty")}</p> : null}
        <ol className="toc">
          {chapter.sections.map((section, index) => (
            <li key={section.id} id={section.slug}>
              <ListLink to={`/manual/${chapter.slug}/${section.slug}`} lang={section.language}>
                {section.title}
              </ListLink>
              {canMove ? (
                <Form method="post" className="move-section">
                  <input type="hidden" name="section" value={section.id} />
                  {index > 0 ? (
                    <button
                      type="submit"
                      name="direction"
                      value="up"
                      className="button-secondary button-small"
                      aria-label={t("chapter.moveUp", { title: section.title })}
                    >
                      ↑
                    </button>
                  ) : null}
                  {index < chapter.sections.length - 1 ? (
                    <button
                      type="submit"
                      name="direction"
                      value="down"
                      className="button-secondary button-small"
                      aria-label={t("chapter.moveDown", { title: section.title })}
                    >
                      ↓
                    </button>
                  ) : null}
                </Form>
              ) : null}
            </li>
          ))}
        </ol>
      </nav>
      <div className="actions section-gap">
        <Link to={`/manual/${chapter.slug}/print`} className="button button-secondary">
          {t("chapter.print")}
        </Link>
        {canAdd ? (
          <Link to={`/manual/${chapter.slug}/new`} className="button button-secondary">
            {t("chapter.newSection")}
          </Link>
        ) : null}
      </div>
      <PreviousNext
        label={t("chapter.neighbours")}
        previous={
          chapter.previousSlug ? { to: `/manual/${chapter.previousSlug}`, title: chapter.previousTitle! } : null
        }
        next={chapter.nextSlug ? { to: `/manual/${chapter.nextSlug}`, title: chapter.nextTitle! } : null}
      />
    </>
  );
}
