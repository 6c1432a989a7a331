// A meeting's recommendations, each with the activities and benchmarks of the program of work that
// answer it; for the secretariat, a button to remove one and the form to add one.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FocusFirstError, SelectField, TextAreaField } from "~/components/field";
import type { RecommendationRow } from "./queries.server";

export function RecommendationList({
  recommendations,
  language,
  canRecord,
}: {
  recommendations: RecommendationRow[];
  language: string;
  canRecord: boolean;
}) {
  const { t } = useTranslation("meetings");
  if (recommendations.length === 0) return <p>{t("noRecommendations")}</p>;
  return (
    <ol className="recommendations">
      {recommendations.map((recommendation) => (
        <li key={recommendation.id} id={`recommendation-${recommendation.id}`}>
          <span className="badge">{t(`categories.${recommendation.category}`)}</span>{" "}
          <span lang={language}>{recommendation.text}</span>
          {recommendation.activities.length || recommendation.benchmarks.length ? (
            <ul className="answers" aria-label={t("answeredBy")}>
              {recommendation.activities.map((activity) => (
                <li key={`a${activity.id}`}>
                  {t("activities")}: <Link to={`/work/activities/${activity.id}`}>{activity.title}</Link>
                </li>
              ))}
              {recommendation.benchmarks.map((benchmark) => (
                <li key={`b${benchmark.id}`}>
                  {t("benchmarks")}: <Link to={`/work/benchmarks/${benchmark.id}`}>{benchmark.title}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("notAnswered")}</p>
          )}
          {canRecord ? (
            <Form method="post">
              <input type="hidden" name="recommendation" value={recommendation.id} />
              <button
                type="submit"
                name="intent"
                value="remove"
                className="button-secondary"
                aria-label={t("removeRecommendation", { position: recommendation.position })}
              >
                {t("remove")}
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export function AddRecommendation({
  choices,
  errors,
  values = {},
}: {
  choices: { activities: { id: number; title: string }[]; benchmarks: { id: number; title: string }[] };
  errors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  const { t } = useTranslation("meetings");
  const chosen = (field: string) => (values[field] ? values[field].split(",") : []);
  return (
    <section aria-labelledby="add-recommendation" className="card section-gap">
      <h2 id="add-recommendation">{t("addRecommendation")}</h2>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={errors} />
        <SelectField
          name="category"
          label={t("form.category")}
          defaultValue={values.category ?? "national"}
          options={(["national", "international", "global_network"] as const).map((category) => ({
            value: category,
            label: t(`categories.${category}`),
          }))}
          error={errors?.category}
        />
        <TextAreaField
          name="text"
          label={t("form.text")}
          defaultValue={values.text}
          error={errors?.text}
          rows={3}
          maxLength={2000}
          required
        />
        <SelectField
          name="activities"
          label={t("form.activities")}
          hint={t("form.linksHint")}
          multiple
          size={6}
          defaultValue={chosen("activities")}
          options={choices.activities.map((activity) => ({ value: String(activity.id), label: activity.title }))}
          error={errors?.activities}
        />
        <SelectField
          name="benchmarks"
          label={t("form.benchmarks")}
          hint={t("form.linksHint")}
          multiple
          size={6}
          defaultValue={chosen("benchmarks")}
          options={choices.benchmarks.map((benchmark) => ({ value: String(benchmark.id), label: benchmark.title }))}
          error={errors?.benchmarks}
        />
        <p>
          <button type="submit" name="intent" value="add">
            {t("form.add")}
          </button>
        </p>
      </Form>
    </section>
  );
}
