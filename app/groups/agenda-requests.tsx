import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";

/** For the secretariat's dashboard: the situations groups asked to put on the next Global Call's agenda. */
export function AgendaRequests({
  requests,
}: {
  requests: { id: number; groupId: number; title: string; language: string; note: string }[];
}) {
  const { t } = useTranslation("groups");
  return (
    <section className="card" aria-labelledby="agenda-requests-heading">
      <h2 id="agenda-requests-heading">{t("dashboard.agendaHeading")}</h2>
      {requests.length === 0 ? (
        <p>{t("dashboard.agendaNone")}</p>
      ) : (
        <ul className="feature-list">
          {requests.map((request) => (
            <li key={request.id}>
              <ListLink to={`/groups/${request.groupId}#agenda-heading`} lang={request.language}>
                {request.title}
              </ListLink>
              {request.note ? <p className="muted">{t("dashboard.agendaNote", { note: request.note })}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
