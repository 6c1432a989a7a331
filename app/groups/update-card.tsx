import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { RiskLevel, UpdateSource } from "../../db/schema";
import { TextAreaField } from "~/components/field";

export interface ShownReply {
  id: number;
  html: string;
  author: string | null;
  memberName: string | null;
  when: string;
}

export interface ShownUpdate {
  id: number;
  occurredOn: string;
  riskLevel: RiskLevel;
  language: string;
  html: string;
  sources: UpdateSource[];
  author: string | null;
  memberName: string | null;
  replies: ShownReply[];
}

/** Who wrote it: a focal point names their member; the secretariat says so. */
function byline(entry: { author: string | null; memberName: string | null }) {
  return { name: entry.author ?? "—", member: entry.memberName ?? "", secretariat: entry.memberName === null };
}

/** One early-warning update: what happened, its sources and risk level, and its discussion with a reply form. */
export function UpdateCard({
  update,
  formatDay,
  replyError,
  replyText,
}: {
  update: ShownUpdate;
  formatDay: (date: string) => string;
  /** The reply form's message and text, when this update's reply was refused. */
  replyError?: string;
  replyText?: string;
}) {
  const { t } = useTranslation("groups");
  const author = byline(update);
  const headingId = `update-${update.id}-heading`;
  return (
    <article id={`update-${update.id}`} className="card section-gap" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t("group.updateOf", { date: formatDay(update.occurredOn) })}{" "}
        <span className={`badge risk risk-${update.riskLevel}`}>
          {t("risk.current", { level: t(`risk.${update.riskLevel}`) })}
        </span>
      </h3>
      <p className="muted">
        {author.secretariat
          ? t("group.postedBySecretariat", { name: author.name })
          : t("group.postedBy", { name: author.name, member: author.member })}
      </p>
      <div className="markdown" lang={update.language} dangerouslySetInnerHTML={{ __html: update.html }} />
      {update.sources.length ? (
        <>
          <h4>{t("group.sources")}</h4>
          <ul>
            {update.sources.map((source, index) => (
              <li key={index}>
                <a href={source.url} rel="noopener noreferrer">
                  {source.label}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <section aria-labelledby={`update-${update.id}-discussion`}>
        <h4 id={`update-${update.id}-discussion`}>{t("group.discussion")}</h4>
        {update.replies.length ? (
          <ol className="replies">
            {update.replies.map((reply) => {
              const by = byline(reply);
              return (
                <li key={reply.id} id={`reply-${reply.id}`}>
                  <p className="muted">
                    {by.secretariat
                      ? t("group.replyBySecretariat", { name: by.name, date: reply.when })
                      : t("group.replyBy", { name: by.name, member: by.member, date: reply.when })}
                  </p>
                  <div className="markdown" dangerouslySetInnerHTML={{ __html: reply.html }} />
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="muted">{t("group.noReplies")}</p>
        )}
        <Form method="post" className="stack" preventScrollReset>
          <input type="hidden" name="intent" value="reply" />
          <input type="hidden" name="update" value={update.id} />
          <TextAreaField
            name="body"
            id={`reply-body-${update.id}`}
            label={t("group.reply")}
            hint={t("group.replyHint")}
            rows={3}
            defaultValue={replyText}
            error={replyError}
          />
          <p>
            <button type="submit" className="button-secondary">
              {t("group.replySubmit")}
            </button>
          </p>
        </Form>
      </section>
    </article>
  );
}
