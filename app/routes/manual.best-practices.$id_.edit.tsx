import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { BestPracticeFields } from "~/manual/best-practice-fields";
import { reviseBestPractice } from "~/manual/commands.server";
import { bestPracticeForm } from "~/manual/forms.server";
import { can } from "~/manual/policy";
import { getBestPractice, listTags } from "~/manual/queries.server";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:revise.title") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const [readable, tags] = await Promise.all([getBestPractice(getDb(), idParam(params.id), person), listTags(getDb())]);
  // "Not found" for one they may not read, "forbidden" for one they may only read (published).
  const practice = found(readable);
  ensure(can(person, "revise", practice));
  const { id, title, body, language, status, reviewNote } = practice;
  // The fields as the form reads them back after a refusal: tags comma-separated.
  return {
    practice: { id, status, reviewNote },
    fields: { title, body, language, tags: practice.tags.join(",") },
    tags,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const id = idParam(params.id);
  const practice = found(await getBestPractice(getDb(), id, person));
  ensure(can(person, "revise", practice));
  const parsed = parseForm(bestPracticeForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const { member: _member, ...input } = parsed.data;
  await reviseBestPractice(getDb(), person, id, input);
  throw redirect(`/manual/best-practices/${id}?notice=resubmitted`);
}

export default function ReviseBestPractice() {
  const { practice, fields, tags } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("manual");
  return (
    <>
      <p>
        <Link to={`/manual/best-practices/${practice.id}`}>{fields.title}</Link>
      </p>
      <PageTitle>{t("revise.title")}</PageTitle>
      <p>{t("revise.intro")}</p>
      {practice.status === "returned" && practice.reviewNote ? (
        <p className="notice">{t("revise.note", { note: practice.reviewNote })}</p>
      ) : null}
      <Form method="post" className="stack stack-wide" noValidate>
        <FocusFirstError errors={result?.errors} />
        <BestPracticeFields
          values={result?.values ?? fields}
          errors={result?.errors}
          tags={tags}
          locale={fields.language}
        />
        <p>
          <button type="submit">{t("revise.submit")}</button>
        </p>
      </Form>
    </>
  );
}
