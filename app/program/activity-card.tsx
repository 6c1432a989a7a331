import { useTranslation } from "react-i18next";
import type { ActivityCategory, ActivityStatus } from "../../db/schema";
import { ListLink } from "~/components/list-link";

export interface ActivitySummary {
  id: number;
  title: string;
  language: string;
  category: ActivityCategory;
  status: ActivityStatus;
  startOn: string | null;
  dueOn: string | null;
  members: { slug: string; name: string; role: "lead" | "participant" }[];
}

export function ActivityCard({
  activity,
  formatDay,
}: {
  activity: ActivitySummary;
  formatDay: (date: string) => string;
}) {
  const { t } = useTranslation("program");
  const leads = activity.members.filter((member) => member.role === "lead");
  const participants = activity.members.length - leads.length;
  return (
    <li>
      <h3>
        <ListLink to={`/work/activities/${activity.id}`} lang={activity.language}>
          {activity.title}
        </ListLink>
      </h3>
      <span className="tag">{t(`categories.${activity.category}`)}</span>
      <span className="tag tag-status">{t(`statuses.${activity.status}`)}</span>
      {activity.dueOn ? (
        <span className="muted">{t("activities.due", { date: formatDay(activity.dueOn) })}</span>
      ) : null}
      <p className="muted">
        {leads.length
          ? t("activities.ledBy", { members: leads.map((m) => m.name).join(", ") })
          : t("activities.noLead")}
        {participants ? ` · ${t("activities.participants", { count: participants })}` : ""}
      </p>
    </li>
  );
}
