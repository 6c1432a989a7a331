import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { WordDiff } from "~/components/word-diff";
import { getDb } from "~/lib/db.server";
import { targetQuery } from "~/translations/forms.server";
import { chosenTarget, thingFromAddress } from "~/translations/page.server";
import { changesSinceTranslation } from "~/translations/presenters";
import { translationsOf } from "~/translations/queries.server";

export const handle: RouteHandle = {
  i18n: "translations",
  title: (t, data) => t("translations:changesTitle", { title: (data as { title?: string } | undefined)?.title ?? "" }),
};

/** What changed in a thing's original since its translation into a language was made: for every reader. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const original = await thingFromAddress(db, viewer, params);
  const { to } = targetQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const target = chosenTarget(original, to, viewer.locale);
  const stored = await translationsOf(db, original.kind, [original.id], target);
  return {
    href: original.href,
    title: original.fields.title ?? "",
    language: original.language,
    target,
    changes: changesSinceTranslation(original, stored),
  };
}

export default function TranslationChanges() {
  const { href, title, language, target, changes } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["translations", "common"]);
  return (
    <>
      <p>
        <Link to={href}>{t("back")}</Link>
      </p>
      <PageTitle>{t("changesTitle", { title })}</PageTitle>
      {changes.length ? (
        <>
          <p>{t("changesIntro", { language: t(`common:content.languages.${target}`) })}</p>
          {changes.map((change) => (
            <section key={change.field} aria-labelledby={`changed-${change.field}`}>
              <h2 id={`changed-${change.field}`}>{t(`fields.${change.field as "title"}`)}</h2>
              <WordDiff parts={change.parts} lang={language} />
            </section>
          ))}
        </>
      ) : (
        <p>{t("noChanges")}</p>
      )}
    </>
  );
}
