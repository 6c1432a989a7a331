import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat, requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { moveForm } from "~/manual/forms.server";
import { getChapter, moveSection } from "~/manual/manual.server";
import { PreviousNext } from "~/manual/previous-next";
import { ListLink } from "~/components/list-link";
import { ManualBreadcrumb } from "~/manual/breadcrumb";

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
  return {
    chapter: { ...rest, sections: sections.map(({ body: _body, ...section }) => section) },
    isSecretariat: person.role === "secretariat",
  };
}

/** The secretariat reorders the chapter's sections, one step at a time. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  await requireSecretariat(request, context);
  const parsed = moveForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  const chapter = await getChapter(getDb(), params.chapter ?? "");
  if (!chapter) throw new Response(null, { status: 404 });
  if (!(await moveSection(getDb(), chapter.id, parsed.data.section, parsed.data.direction)))
    throw new Response(null, { status: 409 });
  throw redirect(
    `/manual/${chapter.slug}#${chapter.sections.find((section) => section.id === parsed.data.section)?.slug ?? ""}`,
  );
}

export default function Chapter() {
  const { chapter, isSecretariat } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  return (
    <>
      <ManualBreadcrumb />
      <PageTitle lang={chapter.language}>{chapter.title}</PageTitle>
      <p className="lead" lang={chapter.language}>
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
              {isSecretariat ? (
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
        {isSecretariat ? (
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
