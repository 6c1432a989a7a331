import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { parseForm, type FormFailure } from "~/lib/forms.server";
import { saveTranslation } from "~/translations/commands.server";
import { targetQuery, translationForm } from "~/translations/forms.server";
import { chosenTarget, targetsOf, thingFromAddress } from "~/translations/page.server";
import { can } from "~/translations/policy";
import { changesSinceTranslation } from "~/translations/presenters";
import { translationsOf } from "~/translations/queries.server";
import { translatePath } from "~/translations/subjects";
import { TranslationForm, type TranslationRefusal } from "~/translations/translation-form";

export const handle: RouteHandle = {
  i18n: "translations",
  title: (t, data) => t("translations:pageTitle", { title: (data as { title?: string } | undefined)?.title ?? "" }),
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const original = await thingFromAddress(db, viewer, params);
  ensure(can(viewer, "translate", original.facts));
  const { to } = targetQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const target = chosenTarget(original, to, viewer.locale);
  const stored = await translationsOf(db, original.kind, [original.id], target);
  return {
    kind: original.kind,
    id: original.id,
    href: original.href,
    title: original.fields.title ?? "",
    language: original.language,
    fields: original.fields,
    target,
    targets: targetsOf(original),
    stored: stored.map(({ field, text, revision, translatedBy, translatedAt }) => ({
      field,
      text,
      revision,
      translatedBy,
      translatedAt: translatedAt.toISOString(),
    })),
    changes: changesSinceTranslation(original, stored),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const original = await thingFromAddress(db, viewer, params);
  ensure(can(viewer, "translate", original.facts));
  const parsed = parseForm(translationForm(original.kind), await request.formData());
  const refuse = (refusal: TranslationRefusal, status = 400) =>
    data<FormFailure & TranslationRefusal>({ values: parsed.values, ...refusal }, { status });
  if (!parsed.success) return refuse({ errors: parsed.errors });
  const saved = await saveTranslation(db, viewer, original.kind, original.id, parsed.data);
  switch (saved.outcome) {
    case "same_language":
      return refuse({ errors: { to: "validation.choice" } });
    case "conflict": {
      // Their text stays; the revisions move to the saved ones, so saving again is a choice made knowingly.
      const revisions = Object.fromEntries(saved.current.map((row) => [`${row.field}_revision`, String(row.revision)]));
      return refuse(
        { errors: { form: "conflict" }, values: { ...parsed.values, ...revisions }, current: saved.current },
        409,
      );
    }
    case "original_changed": {
      const sources = Object.fromEntries(
        Object.entries(saved.sources).map(([field, text]) => [`${field}_source`, text]),
      );
      return refuse(
        { errors: { form: "originalChanged" }, values: { ...parsed.values, ...sources }, changes: saved.changes },
        409,
      );
    }
    default:
      throw redirect(`${translatePath(original.kind, original.id, parsed.data.locale)}&notice=${saved.outcome}`);
  }
}

export default function Translate() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation(["translations", "common"]);
  const [searchParams] = useSearchParams();
  const notice = (["saved", "unchanged"] as const).find((key) => key === searchParams.get("notice"));
  return (
    <>
      <p>
        <Link to={page.href}>{t("back")}</Link>
      </p>
      <PageTitle>{t("pageTitle", { title: page.title })}</PageTitle>
      <SuccessNotice>{notice && t(notice)}</SuccessNotice>
      <TranslationForm page={page} refused={refused} />
    </>
  );
}
