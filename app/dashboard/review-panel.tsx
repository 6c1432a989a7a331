import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import type { ReviewQueue } from "./review-queue.server";

/** The secretariat's dashboard card: what members sent that waits for its review, each linking to its page. */
export function ReviewPanel({ queue }: { queue: ReviewQueue }) {
  const { t } = useTranslation();
  const { practices, activities } = queue;
  return (
    <section className="card" aria-labelledby="review-heading">
      <h2 id="review-heading">{t("dashboard.review.heading")}</h2>
      <p>
        <Link to="/inquiries">{t("dashboard.review.inquiries", { count: queue.inquiries })}</Link>
      </p>
      <h3 id="review-practices">{t("dashboard.review.practices", { count: practices.count })}</h3>
      {practices.count === 0 ? (
        <p>{t("dashboard.review.noPractices")}</p>
      ) : (
        <>
          <ul className="feature-list" aria-labelledby="review-practices">
            {practices.items.map((practice) => (
              <li key={practice.id}>
                <ListLink to={`/manual/best-practices/${practice.id}`} lang={practice.language}>
                  {practice.title}
                </ListLink>
                <p>{t("dashboard.review.from", { member: practice.memberName })}</p>
              </li>
            ))}
          </ul>
          <p>
            <Link to="/manual/best-practices">{t("dashboard.review.allPractices")}</Link>
          </p>
        </>
      )}
      <h3 id="review-activities">
        {activities.more
          ? t("dashboard.review.activitiesMore", { count: activities.count })
          : t("dashboard.review.activities", { count: activities.count })}
      </h3>
      {activities.count === 0 ? (
        <p>{t("dashboard.review.noActivities")}</p>
      ) : (
        <>
          <ul className="feature-list" aria-labelledby="review-activities">
            {activities.items.map((activity) => (
              <li key={activity.id}>
                <ListLink to={`/work/activities/${activity.id}`} lang={activity.language}>
                  {activity.title}
                </ListLink>
                {activity.lead ? <p>{t("dashboard.review.led", { member: activity.lead })}</p> : null}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/work?status=proposed">{t("dashboard.review.allActivities")}</Link>
          </p>
        </>
      )}
    </section>
  );
}
