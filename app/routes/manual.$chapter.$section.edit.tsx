import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { sectionEditForm } from "~/manual/forms.server";
import { getSectionForEdit, listTags, updateSection } from "~/manual/manual.server";
import { SectionForm } from "~/manual/section-form";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:form.editTitle") };

async function loadSection(params: LoaderFunctionArgs["params"]) {
  const section = await getSectionForEdit(getDb(), params.chapter ?? "", params.section ?? "");
  if (!section) throw new Response(null, { status: 404 });
  return section;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireSecretariat(request, context);
  const [section, tags] = await Promise.all([loadSection(params), listTags(getDb())]);
  return { section, tags };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireSecretariat(request, context);
  const section = await loadSection(params);
  const parsed = parseForm(sectionEditForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const { revision, ...input } = parsed.data;
  const outcome = await updateSection(getDb(), section.id, revision, input, person);
  // Someone saved since this editor opened the form: keep what was typed and say so.
  if (outcome === "conflict")
    return formFailure(
      { errors: { form: "conflict" }, values: { ...parsed.values, revision: String(section.revision) } },
      409,
    );
  throw redirect(`/manual/${section.chapterSlug}/${section.slug}?notice=${outcome}`);
}

export default function EditSection() {
  const { section, tags } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("manual");
  const values = result?.values ? { ...result.values, tags: result.values.tags?.split(",") } : { ...section, note: "" };
  return (
    <>
      <p>
        <Link to={`/manual/${section.chapterSlug}/${section.slug}`}>{section.title}</Link>
      </p>
      <PageTitle>{t("form.editTitle")}</PageTitle>
      <p>{t("form.editIntro")}</p>
      <SectionForm values={values} errors={result?.errors} tags={tags} isNew={false} />
    </>
  );
}
