import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat, requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { formatCalendarDate, formatDateTime } from "~/lib/format";
import { renderMarkdown } from "~/lib/markdown.server";
import { ActivityHistory } from "~/program/activity-history";
import { activityAction } from "~/program/forms.server";
import { approveActivity, archiveActivity, getActivity } from "~/program/program.server";
import { SuccessNotice } from "~/components/success-notice";

export const handle: RouteHandle = {
  i18n: "program",
  title: (_t, data) => (data as { activity?: { title: string } } | undefined)?.activity?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const activity = await getActivity(getDb(), idParam(params.id));
  if (!activity) throw new Response(null, { status: 404 });
  const { description, ...rest } = activity;
  return {
    activity: { ...rest, descriptionHtml: renderMarkdown(description) },
    isSecretariat: person.role === "secretariat",
    timeZone: person.timeZone,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireSecretariat(request, context);
  const id = idParam(params.id);
  const parsed = activityAction.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  const done =
    parsed.data.intent === "approve"
      ? await approveActivity(getDb(), id, person)
      : await archiveActivity(getDb(), id, person);
  if (!done) throw new Response(null, { status: 409 });
  throw redirect(`/work/activities/${id}?notice=${parsed.data.intent === "approve" ? "approved" : "archived"}`);
}

const NOTICES = ["proposed", "created", "updated", "approved", "archived"] as const;

export default function Activity() {
  const { activity, isSecretariat, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("program");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const leads = activity.members.filter((m) => m.role === "lead");
  const participants = activity.members.filter((m) => m.role === "participant");
  const memberLinks = (list: typeof leads) =>
    list.length
      ? list.map((m, i) => (
          <span key={m.id}>
            {i > 0 ? ", " : ""}
            <Link to={`/members/${m.slug}`}>{m.name}</Link>
          </span>
        ))
      : "—";
  return (
    <>
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle lang={activity.language}>{activity.title}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      {activity.archived_at ? (
        <p className="notice">
          {t("activity.archivedOn", { date: formatDateTime(locale, activity.archived_at, timeZone) })}
        </p>
      ) : null}
      <p>
        <span className="tag">{t(`categories.${activity.category}`)}</span>
        <span className="tag tag-status">{t(`statuses.${activity.status}`)}</span>
      </p>
      <dl className="facts">
        <dt>{t("activity.leads")}</dt>
        <dd>{memberLinks(leads)}</dd>
        <dt>{t("activity.participants")}</dt>
        <dd>{memberLinks(participants)}</dd>
        <dt>{t("activity.dates")}</dt>
        <dd>
          {activity.start_on ? formatCalendarDate(locale, activity.start_on) : "…"} –{" "}
          {activity.due_on ? formatCalendarDate(locale, activity.due_on) : "…"}
        </dd>
        <dt>{t("activity.proposedBy")}</dt>
        <dd>{activity.proposedByName ?? "—"}</dd>
      </dl>
      <div
        className="markdown section-gap"
        lang={activity.language}
        dangerouslySetInnerHTML={{ __html: activity.descriptionHtml }}
      />
      {activity.benchmarks.length ? (
        <section aria-labelledby="related-heading" className="section-gap">
          <h2 id="related-heading">{t("activity.benchmarks")}</h2>
          <ul>
            {activity.benchmarks.map((benchmark) => (
              <li key={benchmark.id}>
                <Link to={`/work/benchmarks/${benchmark.id}`} lang={benchmark.language}>
                  {benchmark.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {isSecretariat && !activity.archived_at ? (
        <div className="actions section-gap">
          {activity.status === "proposed" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="approve" />
              <button type="submit">{t("activity.approve")}</button>
            </Form>
          ) : null}
          <Link to={`/work/activities/${activity.id}/edit`} className="button button-secondary">
            {t("activity.edit")}
          </Link>
          <Form method="post">
            <input type="hidden" name="intent" value="archive" />
            <button type="submit" className="button-secondary">
              {t("activity.archive")}
            </button>
          </Form>
        </div>
      ) : null}
      <ActivityHistory history={activity.history} timeZone={timeZone} />
    </>
  );
}
