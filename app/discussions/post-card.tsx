// One post of a thread: who wrote it for which member and when, its text (or why the secretariat
// hid it), its earlier wordings, the members it mentions, and what the viewer may do with it.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { PresentedPost } from "./presenters.server";

interface Props {
  post: PresentedPost;
  timeZone: string;
  /** A refused hide of this post: its message and what was typed. */
  hideError?: { error?: string; reason?: string };
}

export function PostCard({ post, timeZone, hideError }: Props) {
  const { t } = useTranslation("channels");
  const locale = useLocale();
  const when = (date: string | Date) => formatDateTime(locale, date, timeZone);
  return (
    <li id={`post-${post.id}`} className={post.hidden ? "post post-hidden" : "post"}>
      <p className="post-meta">
        <strong>{post.author}</strong>
        {post.memberSlug ? (
          <>
            {" · "}
            <Link to={`/members/${post.memberSlug}`}>{post.memberName}</Link>
          </>
        ) : (
          ` · ${t("discussions.secretariat")}`
        )}
        {" · "}
        <time dateTime={new Date(post.postedAt).toISOString()}>{when(post.postedAt)}</time>
        {post.editedAt ? ` · ${t("discussions.edited", { date: when(post.editedAt) })}` : null}
      </p>
      {post.hidden ? <p className="notice">{t("discussions.hiddenBy", { reason: post.hiddenReason ?? "" })}</p> : null}
      {post.html !== null ? (
        <div className="markdown" lang={post.language} dangerouslySetInnerHTML={{ __html: post.html }} />
      ) : null}
      {post.mentions.length > 0 ? (
        <p className="muted">
          {t("discussions.mentions")}{" "}
          {post.mentions.map((member, index) => (
            <span key={member.slug}>
              {index > 0 ? ", " : ""}
              <Link to={`/members/${member.slug}`}>{member.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {post.revisions.length > 0 ? (
        <details>
          <summary>{t("discussions.history", { count: post.revisions.length })}</summary>
          <ol className="history-list">
            {post.revisions.map((revision) => (
              <li key={revision.replacedAt}>
                <p className="muted">{t("discussions.replacedAt", { date: when(revision.replacedAt) })}</p>
                <div className="markdown" lang={post.language} dangerouslySetInnerHTML={{ __html: revision.html }} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <div className="actions">
        {post.canEdit ? (
          <Link to={`/discussions/posts/${post.id}/edit`}>
            {t("discussions.edit", { time: when(post.editableUntil) })}
          </Link>
        ) : null}
      </div>
      {post.canHide ? (
        <details open={hideError ? true : undefined}>
          <summary>{t("discussions.hide")}</summary>
          <Form method="post" className="stack" noValidate>
            <input type="hidden" name="intent" value="hide" />
            <input type="hidden" name="post" value={post.id} />
            <TextField
              name="reason"
              id={`reason-${post.id}`}
              label={t("discussions.hideReason")}
              defaultValue={hideError?.reason}
              error={hideError?.error}
              maxLength={300}
            />
            <p>
              <button type="submit" className="button-danger button-small">
                {t("discussions.hideSubmit")}
              </button>
            </p>
          </Form>
        </details>
      ) : null}
    </li>
  );
}
