import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, TextField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { LibraryFiles } from "~/library/library-files";
import { libraryPanel } from "~/library/panel.server";
import { getDb } from "~/lib/db.server";
import { formatDate } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { renderHighlightedMarkdown, renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";
import { publishBestPractice, returnBestPractice } from "~/manual/commands.server";
import { reviewForm } from "~/manual/forms.server";
import { highlightQuery } from "~/search/forms.server";
import { can } from "~/manual/policy";
import { getBestPractice, listTags } from "~/manual/queries.server";
import { TagList } from "~/manual/tag-list";
import { getHighlighted } from "~/search/search.server";
import { ManualBreadcrumb } from "~/manual/breadcrumb";
import { requestLocale } from "~/i18n/request-locale.server";
import { shownToReader } from "~/translations/reader.server";
import { TranslationStatus } from "~/translations/translation-status";

export const handle: RouteHandle = {
  i18n: ["manual", "library"],
  title: (_t, data) => (data as { practice?: { title: string } } | undefined)?.practice?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { highlight } = highlightQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  // Someone who may not read it (a submission of another member) gets "not found", as if it did not exist.
  const [practice, tags, locale] = await Promise.all([
    getBestPractice(db, idParam(params.id), person),
    listTags(db),
    requestLocale(request, context),
  ]);
  const { body, title, ...rest } = found(practice);
  const owner = { kind: "best_practice", memberId: rest.memberId, status: rest.status } as const;
  const [{ shown, status }, library] = await Promise.all([
    shownToReader(
      db,
      person,
      locale,
      { id: rest.id, facts: owner },
      { language: rest.language, fields: { title, body } },
    ),
    libraryPanel(db, person, { kind: "best_practice", id: rest.id }, owner),
  ]);
  const html = highlight
    ? renderHighlightedMarkdown(await getHighlighted(db, shown.body.text, shown.body.lang, highlight))
    : renderMarkdown(shown.body.text);
  return {
    practice: { ...rest, title: shown.title.text, titleLang: shown.title.lang, bodyLang: shown.body.lang, html },
    translation: status,
    tagNames: Object.fromEntries(tags.map((tag) => [tag.slug, tag.name])),
    canReview: can(person, "publish", rest) && can(person, "return", rest),
    canRevise: can(person, "revise", rest),
    timeZone: person.timeZone,
    library,
  };
}

/** The secretariat's review: publish it, or return it with a note. */
export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(reviewForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const { intent, note } = parsed.data;
  const decide = intent === "publish" ? publishBestPractice : returnBestPractice;
  // Decided meanwhile (another tab, a colleague): the page now says what was decided.
  if (!(await decide(getDb(), person, id, note))) throw new Response(null, { status: 409 });
  throw redirect(`/manual/best-practices/${id}?notice=${intent === "publish" ? "published" : "returned"}`);
}

const NOTICES = ["submitted", "resubmitted", "published", "returned"] as const;

export default function BestPractice() {
  const { practice, tagNames, canReview, canRevise, timeZone, translation, library } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation("manual");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  return (
    <article aria-labelledby="page-title">
      <ManualBreadcrumb trail={[{ to: "/manual/best-practices", label: t("practices.heading") }]} />
      <PageTitle lang={practice.titleLang}>{practice.title}</PageTitle>
      <TranslationStatus {...translation} />
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <p>
        {t("practice.contributedBy")} <Link to={`/members/${practice.memberSlug}`}>{practice.memberName}</Link>
        {practice.contributedBy ? ` (${practice.contributedBy})` : ""}
        {" · "}
        {practice.status === "published" && practice.publishedAt ? (
          t("practice.publishedOn", { date: formatDate(locale, practice.publishedAt, timeZone) })
        ) : (
          <span className="badge">{t(`status.${practice.status}`)}</span>
        )}
      </p>
      {practice.status === "returned" && practice.reviewNote ? (
        <p className="notice">
          {t("practice.returnedNote", { note: practice.reviewNote, name: practice.reviewedBy ?? "—" })}
        </p>
      ) : null}
      {canRevise ? (
        <p>
          <Link to={`/manual/best-practices/${practice.id}/edit`}>{t("practice.revise")}</Link>
        </p>
      ) : null}
      <TagList tags={practice.tags} names={tagNames} />
      <div
        className="markdown section-gap"
        lang={practice.bodyLang}
        dangerouslySetInnerHTML={{ __html: practice.html }}
      />
      <LibraryFiles panel={library} timeZone={timeZone} />
      {canReview ? (
        <section aria-labelledby="review-heading" className="card section-gap">
          <h2 id="review-heading">{t("practice.review")}</h2>
          <p>{t("practice.reviewIntro")}</p>
          <Form method="post" className="stack" noValidate>
            <FocusFirstError errors={refused?.errors} />
            <TextField
              name="note"
              label={t("practice.note")}
              hint={t("practice.noteHint")}
              error={refused?.errors.note}
              defaultValue={refused?.values.note}
            />
            <div className="actions">
              <button type="submit" name="intent" value="publish">
                {t("practice.publish")}
              </button>
              <button type="submit" name="intent" value="return" className="button-secondary">
                {t("practice.return")}
              </button>
            </div>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
