import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { sectionForm } from "~/manual/forms.server";
import { createSection, getChapter, listTags, slugTaken } from "~/manual/manual.server";
import { SectionForm } from "~/manual/section-form";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:form.newTitle") };

async function loadChapter(params: LoaderFunctionArgs["params"]) {
  const chapter = await getChapter(getDb(), params.chapter ?? "");
  if (!chapter) throw new Response(null, { status: 404 });
  return { id: chapter.id, slug: chapter.slug, title: chapter.title, language: chapter.language };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireSecretariat(request, context);
  const [chapter, tags] = await Promise.all([loadChapter(params), listTags(getDb())]);
  return { chapter, tags };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireSecretariat(request, context);
  const chapter = await loadChapter(params);
  const parsed = parseForm(sectionForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  if (await slugTaken(db, parsed.data.slug))
    return formFailure({ errors: { slug: "validation.slugTaken" }, values: parsed.values });
  await createSection(db, chapter.id, parsed.data, person);
  throw redirect(`/manual/${chapter.slug}/${parsed.data.slug}?notice=created`);
}

export default function NewSection() {
  const { chapter, tags } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("manual");
  const values = result?.values
    ? { ...result.values, tags: result.values.tags?.split(",") }
    : { language: chapter.language, note: t("form.firstNote") };
  return (
    <>
      <p>
        <Link to={`/manual/${chapter.slug}`}>{chapter.title}</Link>
      </p>
      <PageTitle>{t("form.newTitle")}</PageTitle>
      <SectionForm values={values} errors={result?.errors} tags={tags} isNew />
    </>
  );
}
