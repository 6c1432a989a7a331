// Adding members to a statement's drafting group, or inviting members to co-sign it: a page of its own,
// so that the statement's page does not carry the member picker to everyone who reads it.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, notFound } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { MemberPicker } from "~/components/picker";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { memberChoices } from "~/members/queries.server";
import { RefusalNotice } from "~/statements/components";
import { memberListQuery } from "~/statements/forms.server";
import { statementPageAction } from "~/statements/page-action.server";
import { offeredActions } from "~/statements/policy";
import { presentMemberChoices } from "~/statements/presenters.server";
import { loadStatement, standing } from "~/statements/queries.server";
import type { ActionRefusal } from "~/statements/route-helpers.server";

/** Each list: the act that adds to it, and the texts of its page. */
const LISTS = {
  group: { act: "manage_group", intent: "add_members", title: "group.add", button: "group.addButton", hint: null },
  signatories: {
    act: "invite",
    intent: "invite",
    title: "signatures.invite",
    button: "signatures.inviteButton",
    hint: "signatures.inviteHint",
  },
} as const;

export const handle: RouteHandle = {
  i18n: "statements",
  title: (t, data) => {
    const page = data as { list?: keyof typeof LISTS; statement?: { title: string } } | undefined;
    return page?.list ? `${t(`statements:${LISTS[page.list].title}`)} · ${page.statement?.title}` : "";
  },
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const query = memberListQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw notFound();
  const { list } = query.data;
  const db = getDb();
  const { statement } = await loadStatement(db, idParam(params.id), viewer);
  ensure(offeredActions(viewer, standing(statement), now()).has(LISTS[list].act));
  const members = presentMemberChoices(statement, await memberChoices(db, viewer.locale), list);
  return { list, members, statement: { id: statement.id, title: statement.title, language: statement.language } };
}

export const action = statementPageAction;

export default function StatementMembers() {
  const { list, members, statement } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (ActionRefusal & { errors?: Record<string, string> }) | undefined;
  const { t } = useTranslation("statements");
  const texts = LISTS[list];
  return (
    <>
      <p>
        <Link to={`/statements/${statement.id}#${list === "group" ? "group" : "signatures"}`}>
          {t("paragraph.back", { title: statement.title })}
        </Link>
      </p>
      <PageTitle>{t(texts.title)}</PageTitle>
      <RefusalNotice result={result} lang={statement.language} />
      <FocusFirstError errors={result?.errors} />
      <Form method="post">
        <input type="hidden" name="intent" value={texts.intent} />
        <MemberPicker
          name="members"
          id={`${list}-members`}
          label={t(texts.title)}
          hint={texts.hint ? t(texts.hint) : undefined}
          members={members}
          error={result?.errors?.members}
        />
        <button type="submit">{t(texts.button)}</button>
      </Form>
    </>
  );
}
