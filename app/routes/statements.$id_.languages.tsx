import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { StageTag } from "~/statements/components";
import { languageQuery, paragraphVersionForm } from "~/statements/forms.server";
import { LANGUAGE_NAMES, type Locale } from "~/i18n/config";
import { SideBySide, type RowAnswer } from "~/statements/language-table";
import { revalidateAfterRefusal } from "~/statements/revalidate";
import { statementAction } from "~/statements/route-helpers.server";
import { loadLanguagesPage, saveParagraphVersion } from "~/statements/translations.server";

export const handle: RouteHandle = {
  i18n: "statements",
  title: (t, data) => {
    const page = data as { statement?: { title: string } } | undefined;
    return page?.statement ? t("statements:languages.title", { title: page.statement.title }) : "";
  },
};

export const shouldRevalidate = revalidateAfterRefusal;

/** The text beside its version in one language (`?language=`), paragraph by paragraph. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const { language } = languageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return loadLanguagesPage(getDb(), idParam(params.id), viewer, language);
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const formData = await request.formData();
  const values = Object.fromEntries(
    [...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
  return statementAction(db, id, paragraphVersionForm, formData, async (form) => {
    const saved = await saveParagraphVersion(db, id, form.paragraph, form, viewer);
    switch (saved.outcome) {
      case "saved":
        return redirect(`/statements/${id}/languages?language=${form.language}&notice=saved#p${form.paragraph}`);
      case "same_language":
        return data<RowAnswer>({ errors: { body: "validation.choice" }, values }, { status: 400 });
      case "conflict":
        return data<RowAnswer>({ conflict: saved.current, values }, { status: 409 });
      case "original_changed":
        return data<RowAnswer>(
          { originalChanged: { parts: saved.parts, basedOn: saved.basedOn }, values },
          { status: 409 },
        );
    }
  });
}

export default function Languages() {
  const { statement, language, others, paragraphs, translates, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>() as RowAnswer | undefined;
  const { t } = useTranslation(["statements", "common"]);
  const [searchParams] = useSearchParams();
  const saved = searchParams.get("notice") === "saved";
  return (
    <>
      <p>
        <Link to={`/statements/${statement.id}`}>{t("paragraph.back", { title: statement.title })}</Link>
      </p>
      <PageTitle>{t("languages.heading")}</PageTitle>
      <SuccessNotice>{saved ? t("languages.saved") : undefined}</SuccessNotice>
      <FocusFirstError errors={answer?.errors} />
      <p>
        <span lang={statement.language}>{statement.title}</span> <StageTag stage={statement.stage} />
      </p>
      <p className="hint">{t("languages.explain", { language: LANGUAGE_NAMES[statement.language as Locale] })}</p>
      <nav className="language-links" aria-label={t("languages.choose")}>
        {others.map((other, index) => (
          <span key={other}>
            {index > 0 ? <span aria-hidden="true"> | </span> : null}
            {other === language ? (
              <strong lang={other} aria-current="page">
                {LANGUAGE_NAMES[other as Locale]}
              </strong>
            ) : (
              <Link to={`?language=${other}`} lang={other} hrefLang={other}>
                {LANGUAGE_NAMES[other as Locale]}
              </Link>
            )}
          </span>
        ))}
      </nav>
      <p aria-live="polite">{t("languages.progress", { count: paragraphs.length, done })}</p>
      {paragraphs.length === 0 ? (
        <p>{t("statement.noParagraphs")}</p>
      ) : (
        <SideBySide
          version={statement.version}
          original={statement.language}
          language={language}
          rows={paragraphs}
          translates={translates}
          answer={answer}
        />
      )}
    </>
  );
}
