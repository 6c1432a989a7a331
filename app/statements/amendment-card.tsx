// One amendment on a paragraph's page: the change as a word diff, its rationale and discussion,
// and what the reader may do about it (respond; the penholder accepts or rejects).
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { SelectField, TextAreaField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { WordDiff } from "~/components/word-diff";
import { formatDateTime } from "~/lib/format";
import type { ParagraphPage as Page } from "./presenters.server";
import { useResetAfterSuccess } from "./reset-after-success";
type Fields = Record<string, string>;

export function AmendmentCard({
  amendment,
  statement,
  can,
  refused,
  timeZone,
}: {
  amendment: Page["amendments"][number];
  statement: Page["statement"];
  can: (action: string) => boolean;
  /** A refused form on this amendment, by intent: its field messages and what was typed. */
  refused: (intent: string) => { errors?: Fields; values?: Fields } | undefined;
  timeZone: string;
}) {
  const { t } = useTranslation("statements");
  const locale = useLocale();
  const comment = useResetAfterSuccess(
    (sent) => sent.get("intent") === "comment" && sent.get("amendment") === String(amendment.id),
    refused("comment") !== undefined,
  );
  const when = (date: string | Date) => formatDateTime(locale, date, timeZone);
  return (
    <li id={`amendment-${amendment.id}`} className={`amendment amendment-${amendment.status}`}>
      <article aria-labelledby={`amendment-${amendment.id}-title`}>
        <h3 id={`amendment-${amendment.id}-title`}>
          {t(`amendments.kinds.${amendment.kind}`)} ·{" "}
          {t("amendments.by", { member: amendment.memberName, person: amendment.proposedBy ?? "" })}
        </h3>
        <p className="muted">
          {t(`amendments.statuses.${amendment.status}`)} · {when(amendment.createdAt)} ·{" "}
          {t("amendments.basedOn", { version: amendment.basedOnVersion })}
          {amendment.support || amendment.objections ? (
            <>
              {" · "}
              {t("amendments.support", { count: amendment.support })},{" "}
              {t("amendments.objections", { count: amendment.objections })}
            </>
          ) : null}
        </p>
        {amendment.stale ? (
          <p className="notice notice-warning">
            <strong>{t("amendments.stale")}</strong>
          </p>
        ) : null}
        {amendment.diff ? (
          <WordDiff parts={amendment.diff} lang={statement.language} />
        ) : amendment.kind === "insert_after" ? (
          <p className="diff" lang={statement.language}>
            <ins>{amendment.body}</ins>
          </p>
        ) : (
          <p className="diff" lang={statement.language}>
            <del>{amendment.original}</del>
          </p>
        )}
        {amendment.diffNow ? (
          <>
            <p className="hint">{t("amendments.againstCurrent")}</p>
            <WordDiff parts={amendment.diffNow} lang={statement.language} />
          </>
        ) : null}
        <p>
          <strong>{t("amendments.rationale")}</strong> {amendment.rationale}
        </p>
        {amendment.status !== "pending" ? (
          <p>
            {t(`amendments.decided.${amendment.status}`, {
              person: amendment.decidedBy ?? "",
              date: amendment.decidedAt ? when(amendment.decidedAt) : "",
            })}
            {amendment.decisionReason ? <> — {amendment.decisionReason}</> : null}
            {amendment.mergedIntoVersion ? (
              <>
                {" "}
                <Link to={`/statements/${statement.id}/versions/${amendment.mergedIntoVersion}`}>
                  {t("amendments.mergedLink", { version: amendment.mergedIntoVersion })}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
        {amendment.comments.length ? (
          <ul className="comment-list" aria-label={t("amendments.discussion")}>
            {amendment.comments.map((comment) => {
              const stanceClass = `stance stance-${comment.stance}`;
              return (
                <li key={comment.id}>
                  <span className={stanceClass}>{t(`amendments.stance.${comment.stance}`)}</span>{" "}
                  <strong>{comment.memberName}</strong> ({comment.personName}) · {when(comment.at)}
                  {comment.body ? <p>{comment.body}</p> : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        {amendment.status === "pending" && can("comment") ? (
          <details open={refused("comment") !== undefined}>
            <summary>{t("amendments.respond")}</summary>
            <Form method="post" ref={comment}>
              <input type="hidden" name="intent" value="comment" />
              <input type="hidden" name="amendment" value={amendment.id} />
              <SelectField
                name="stance"
                id={`stance-${amendment.id}`}
                defaultValue={refused("comment")?.values?.stance}
                label={t("amendments.yourPosition")}
                options={(["comment", "support", "object"] as const).map((stance) => ({
                  value: stance,
                  label: t(`amendments.stance.${stance}`),
                }))}
              />
              <TextAreaField
                name="body"
                id={`comment-${amendment.id}`}
                label={t("amendments.comment")}
                rows={3}
                defaultValue={refused("comment")?.values?.body}
                error={refused("comment")?.errors?.body}
              />
              <button type="submit" className="button-secondary">
                {t("amendments.sendComment")}
              </button>
            </Form>
          </details>
        ) : null}
        {amendment.status === "pending" && can("decide") ? (
          <div className="decision">
            <ConfirmForm act="accept_amendment">
              <input type="hidden" name="intent" value="accept" />
              <input type="hidden" name="amendment" value={amendment.id} />
              <input type="hidden" name="basedOn" value={statement.version} />
              <button type="submit">{t("amendments.accept")}</button>
            </ConfirmForm>
            <details open={refused("reject") !== undefined}>
              <summary>{t("amendments.reject")}</summary>
              <ConfirmForm act="reject_amendment">
                <input type="hidden" name="intent" value="reject" />
                <input type="hidden" name="amendment" value={amendment.id} />
                <TextAreaField
                  name="reason"
                  id={`reason-${amendment.id}`}
                  label={t("amendments.rejectReason")}
                  rows={3}
                  defaultValue={refused("reject")?.values?.reason}
                  error={refused("reject")?.errors?.reason}
                  required
                />
                <button type="submit" className="button-secondary">
                  {t("amendments.rejectButton")}
                </button>
              </ConfirmForm>
            </details>
          </div>
        ) : null}
      </article>
    </li>
  );
}
