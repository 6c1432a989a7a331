// One-click unsubscribe from an email's footer or its List-Unsubscribe header (RFC 8058): no sign-in,
// the signed token names the person and the category. A GET only asks; the POST does it.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import type { Category } from "~/notifications/categories";
import { unsubscribe } from "~/notifications/preferences.server";
import { readUnsubscribeToken } from "~/notifications/unsubscribe.server";

export const handle: RouteHandle = { i18n: "notifications", title: (t) => t("notifications:unsubscribe.title") };

async function recipient(token: string | undefined) {
  const read = token ? readUnsubscribeToken(token) : null;
  if (!read) return null;
  const person = await getDb().selectFrom("people").select("name").where("id", "=", read.personId).executeTakeFirst();
  return person ? { ...read, name: person.name } : null;
}

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await recipient(params.token);
  if (!found) return data({ valid: false as const }, { status: 404 });
  return { valid: true as const, scope: found.scope, name: found.name };
}

export async function action({ params }: ActionFunctionArgs) {
  const found = await recipient(params.token);
  if (!found) return data({ done: false }, { status: 404 });
  await unsubscribe(getDb(), found.personId, found.scope);
  return { done: true };
}

export default function Unsubscribe() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("notifications");
  if (!loaded.valid) {
    return (
      <div className="narrow">
        <PageTitle>{t("unsubscribe.invalidTitle")}</PageTitle>
        <p>{t("unsubscribe.invalid")}</p>
        <p>
          <Link to="/notifications/preferences">{t("unsubscribe.preferences")}</Link>
        </p>
      </div>
    );
  }
  const digest = loaded.scope === "daily" || loaded.scope === "weekly" ? t(`digestNames.${loaded.scope}`) : null;
  const category = digest ? "" : t(`categories.${loaded.scope as Category}.label`);
  return (
    <div className="narrow">
      <PageTitle>{t("unsubscribe.title")}</PageTitle>
      {result?.done ? (
        <p className="notice notice-success" role="status">
          {digest ? t("unsubscribe.doneDigest", { digest }) : t("unsubscribe.done", { category })}
        </p>
      ) : (
        <Form method="post" className="stack">
          <p>
            {digest
              ? t("unsubscribe.questionDigest", { digest, name: loaded.name })
              : t("unsubscribe.question", { category, name: loaded.name })}
          </p>
          <p className="hint">{t("unsubscribe.explain")}</p>
          <p>
            <button type="submit">{t("unsubscribe.confirm")}</button>
          </p>
        </Form>
      )}
      <p>
        <Link to="/notifications/preferences">{t("unsubscribe.preferences")}</Link>
      </p>
    </div>
  );
}
