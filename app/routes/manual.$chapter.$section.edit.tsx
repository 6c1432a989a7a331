import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { editSection } from "~/manual/commands.server";
import { sectionEditForm } from "~/manual/forms.server";
import { can } from "~/manual/policy";
import { findSection, listTags } from "~/manual/queries.server";
import { SectionForm } from "~/manual/section-form";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:form.editTitle") };

const loadSection = async (params: LoaderFunctionArgs["params"]) =>
  found(await findSection(getDb(), params.chapter ?? "", params.section ?? ""));

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "edit", { kind: "section" }));
  const [section, tags] = await Promise.all([loadSection(params), listTags(getDb())]);
  return { section, tags };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "edit", { kind: "section" }));
  const section = await loadSection(params);
  const parsed = parseForm(sectionEditForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const { revision, ...input } = parsed.data;
  const outcome = await editSection(getDb(), person, section.id, revision, input);
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
