import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, TextAreaField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { Pager } from "~/components/pager";
import { hidePost, reply } from "~/discussions/commands.server";
import { threadActionForm } from "~/discussions/forms.server";
import { postLink, POSTS_PAGE_SIZE } from "~/discussions/notify.server";
import { PostCard } from "~/discussions/post-card";
import { presentPosts } from "~/discussions/presenters.server";
import { getThread, listPosts } from "~/discussions/queries.server";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formFailure, pageQuery, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { SubscriptionForm } from "~/notifications/subscription-form";

export const handle: RouteHandle = {
  i18n: ["channels", "notifications"],
  title: (_t, data) => (data as { thread?: { topic: string } } | undefined)?.thread?.topic ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const id = idParam(params.id);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const [thread, posts] = await Promise.all([getThread(db, person.id, id), listPosts(db, id, page, person.locale)]);
  const { subscription, ...shown } = found(thread);
  return {
    thread: shown,
    subscription,
    posts: presentPosts(posts, person, now()),
    page,
    hasNext: page * POSTS_PAGE_SIZE < shown.postCount,
    lastPage: Math.max(1, Math.ceil(shown.postCount / POSTS_PAGE_SIZE)),
    timeZone: person.timeZone,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(threadActionForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  if (parsed.data.intent === "hide") {
    throw redirect(await hidePost(db, person, parsed.data.post, parsed.data.reason));
  }
  const post = await reply(db, person, id, parsed.data.body);
  throw redirect(postLink(id, post.id, post.position, "replied"));
}

const NOTICES = ["replied", "hidden", "edited", "subscription"] as const;

export default function Thread() {
  const { thread, subscription, posts, page, hasNext, lastPage, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("channels");
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const values = result?.values ?? {};
  const refusedHide = values.intent === "hide" ? Number(values.post) : null;
  return (
    <article aria-labelledby="page-title">
      <p>
        <Link to="/discussions">{t("discussions.title")}</Link>
      </p>
      <PageTitle>{thread.topic}</PageTitle>
      <SuccessNotice>{notice ? t(`discussions.notices.${notice}`) : null}</SuccessNotice>
      <SubscriptionForm kind="discussion" id={thread.id} state={subscription} />
      <ol className="post-list">
        {posts.map((post) => (
          <PostCard
            key={post.id}
            post={post}
            timeZone={timeZone}
            hideError={refusedHide === post.id ? { error: result?.errors.reason, reason: values.reason } : undefined}
          />
        ))}
      </ol>
      <Pager
        page={page}
        hasNext={hasNext}
        label={t("pages")}
        previous={t("discussions.earlier")}
        next={t("discussions.later")}
      />
      {page >= lastPage ? (
        <section aria-labelledby="reply-heading" className="section-gap">
          <h2 id="reply-heading">{t("discussions.reply")}</h2>
          <Form method="post" className="stack stack-wide" noValidate>
            <FocusFirstError errors={result?.errors} />
            <input type="hidden" name="intent" value="reply" />
            <TextAreaField
              name="body"
              label={t("discussions.message")}
              hint={t("discussions.messageHint")}
              defaultValue={values.intent === "reply" ? values.body : undefined}
              error={values.intent === "reply" ? result?.errors.body : undefined}
              rows={6}
            />
            <p>
              <button type="submit">{t("discussions.replySubmit")}</button>
            </p>
          </Form>
        </section>
      ) : (
        <p>
          <Link to={`?page=${lastPage}#reply-heading`}>{t("discussions.toReply")}</Link>
        </p>
      )}
    </article>
  );
}
