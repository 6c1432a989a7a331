import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FocusFirstError, TextAreaField } from "~/components/field";
import type { FormFailure } from "~/lib/forms.server";

/** The secretariat's decision on a proposal: approve it, or return it with a note saying what to change. */
export function ActivityReview({ refused }: { refused?: FormFailure }) {
  const { t } = useTranslation("program");
  return (
    <section aria-labelledby="review-heading" className="card section-gap">
      <h2 id="review-heading">{t("review.heading")}</h2>
      <p>{t("review.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={refused?.errors} />
        <TextAreaField
          name="note"
          label={t("review.note")}
          hint={t("review.noteHint")}
          rows={3}
          defaultValue={refused?.values.note}
          error={refused?.errors.note}
        />
        <div className="actions">
          <button type="submit" name="intent" value="approve">
            {t("activity.approve")}
          </button>
          <button type="submit" name="intent" value="return" className="button-secondary">
            {t("review.return")}
          </button>
        </div>
      </Form>
    </section>
  );
}
