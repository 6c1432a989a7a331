import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { sectionForm } from "~/manual/forms.server";
import { addSection } from "~/manual/commands.server";
import { can } from "~/manual/policy";
import { getChapter, listTags } from "~/manual/queries.server";
import { SectionForm } from "~/manual/section-form";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:form.newTitle") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "add", { kind: "section" }));
  const [chapter, tags] = await Promise.all([
    getChapter(getDb(), params.chapter ?? "", person.locale),
    listTags(getDb()),
  ]);
  const { id, slug, title, language } = found(chapter);
  return { chapter: { id, slug, title, language }, tags };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "add", { kind: "section" }));
  const parsed = parseForm(sectionForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const chapter = params.chapter ?? "";
  if ((await addSection(getDb(), person, chapter, parsed.data)) === "taken")
    return formFailure({ errors: { slug: "validation.slugTaken" }, values: parsed.values });
  throw redirect(`/manual/${chapter}/${parsed.data.slug}?notice=created`);
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
