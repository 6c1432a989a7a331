import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { LibraryFiles } from "~/library/library-files";
import { libraryPanel } from "~/library/panel.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate, formatDateTime } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";
import { ActivityHistory } from "~/program/activity-history";
import { ActivityReview } from "~/program/activity-review";
import { approveActivity, archiveActivity, returnActivity } from "~/program/commands.server";
import { activityDecision } from "~/program/forms.server";
import { activityState, can } from "~/program/policy";
import { getActivity } from "~/program/queries.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { shownToReader } from "~/translations/reader.server";
import { TranslationStatus } from "~/translations/translation-status";

export const handle: RouteHandle = {
  i18n: ["program", "library"],
  title: (_t, data) => (data as { activity?: { title: string } } | undefined)?.activity?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const [read, locale] = await Promise.all([
    getActivity(db, idParam(params.id), viewer.locale),
    requestLocale(request, context),
  ]);
  const { description, title, ...activity } = found(read);
  const state = activityState(activity);
  const [{ shown, status }, library] = await Promise.all([
    shownToReader(
      db,
      viewer,
      locale,
      { id: activity.id, facts: { kind: "activity" } },
      { language: activity.language, fields: { title, description } },
    ),
    libraryPanel(db, viewer, { kind: "activity", id: activity.id }, { kind: "activity", state }),
  ]);
  return {
    activity: {
      ...activity,
      title: shown.title.text,
      titleLang: shown.title.lang,
      descriptionHtml: renderMarkdown(shown.description.text),
      descriptionLang: shown.description.lang,
    },
    translation: status,
    offers: {
      review: can(viewer, "approve", state) && can(viewer, "return", state),
      edit: can(viewer, "edit", state),
      revise: can(viewer, "revise", state),
      archive: can(viewer, "archive", state),
    },
    timeZone: viewer.timeZone,
    library,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(activityDecision, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const { intent, note } = parsed.data;
  if (intent === "approve") await approveActivity(db, viewer, id);
  else if (intent === "return") await returnActivity(db, viewer, id, note);
  else await archiveActivity(db, viewer, id);
  throw redirect(`/work/activities/${id}?notice=${NOTICE_OF[intent]}`);
}

const NOTICE_OF = { approve: "approved", return: "returned", archive: "archived" } as const;
const NOTICES = ["proposed", "created", "updated", "revised", "approved", "returned", "archived"] as const;

export default function Activity() {
  const { activity, offers, timeZone, translation, library } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
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
      <PageTitle lang={activity.titleLang}>{activity.title}</PageTitle>
      <TranslationStatus {...translation} />
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      {activity.archived_at ? (
        <p className="notice">
          {t("activity.archivedOn", { date: formatDateTime(locale, activity.archived_at, timeZone) })}
        </p>
      ) : null}
      {activity.status === "returned" && activity.review_note ? (
        <p className="notice">
          {t("activity.returnedBy", { name: activity.reviewedByName ?? "—", note: activity.review_note })}
        </p>
      ) : null}
      {offers.revise ? (
        <p>
          <Link to={`/work/activities/${activity.id}/edit`}>
            {activity.status === "returned" ? t("activity.reviseReturned") : t("activity.revise")}
          </Link>
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
        lang={activity.descriptionLang}
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
      {offers.review ? <ActivityReview refused={refused} /> : null}
      {offers.edit || offers.archive ? (
        <div className="actions section-gap">
          {offers.edit ? (
            <Link to={`/work/activities/${activity.id}/edit`} className="button button-secondary">
              {t("activity.edit")}
            </Link>
          ) : null}
          {offers.archive ? (
            <Form method="post">
              <input type="hidden" name="intent" value="archive" />
              <button type="submit" className="button-secondary">
                {t("activity.archive")}
              </button>
            </Form>
          ) : null}
        </div>
      ) : null}
      <LibraryFiles panel={library} timeZone={timeZone} />
      <ActivityHistory history={activity.history} timeZone={timeZone} />
    </>
  );
}
