import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, TextAreaField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { editPost } from "~/discussions/commands.server";
import { editForm } from "~/discussions/forms.server";
import { can, editableUntil } from "~/discussions/policy";
import { getPost } from "~/discussions/queries.server";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";

export const handle: RouteHandle = { i18n: "channels", title: (t) => t("channels:discussions.editTitle") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const post = found(await getPost(getDb(), idParam(params.id)));
  // Past the edit window, or someone else's post: the page says it may not be edited (403).
  ensure(
    can(person, "edit", { authorId: post.authorId, postedAt: post.postedAt, hidden: post.hiddenAt !== null }, now()),
  );
  return {
    post: { id: post.id, threadId: post.threadId, topic: post.topic, body: post.body },
    until: editableUntil(post).toISOString(),
    timeZone: person.timeZone,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(editForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  throw redirect(await editPost(getDb(), person, idParam(params.id), parsed.data.body));
}

export default function EditPost() {
  const { post, until, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("channels");
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to={`/discussions/${post.threadId}#post-${post.id}`}>{post.topic}</Link>
      </p>
      <PageTitle>{t("discussions.editTitle")}</PageTitle>
      <p>{t("discussions.editIntro", { time: formatDateTime(locale, until, timeZone) })}</p>
      <Form method="post" className="stack stack-wide" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextAreaField
          name="body"
          label={t("discussions.message")}
          hint={t("discussions.messageHint")}
          defaultValue={result?.values.body ?? post.body}
          error={result?.errors.body}
        />
        <p>
          <button type="submit">{t("discussions.save")}</button>
        </p>
      </Form>
    </>
  );
}
