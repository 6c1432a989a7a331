// An annual meeting: when and where, its host, its outcome document, its recommendations with what
// answers them in the program of work, and its files. The secretariat adds and removes recommendations.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { addRecommendation, removeRecommendation } from "~/annual-meetings/commands.server";
import { recommendationForm } from "~/annual-meetings/forms.server";
import { can } from "~/annual-meetings/policy";
import { answerChoices, getMeeting } from "~/annual-meetings/queries.server";
import { AddRecommendation, RecommendationList } from "~/annual-meetings/recommendations";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { LibraryFiles } from "~/library/library-files";
import { libraryPanel } from "~/library/panel.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";

export const handle: RouteHandle = {
  i18n: ["meetings", "library"],
  title: (_t, data) => (data as { meeting?: { title: string } } | undefined)?.meeting?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const canRecord = can(viewer, "record");
  const [meeting, library, choices] = await Promise.all([
    getMeeting(db, id, viewer.locale),
    libraryPanel(db, viewer, { kind: "annual_meeting", id }, { kind: "annual_meeting" }),
    canRecord ? answerChoices(db) : null,
  ]);
  const { summary, ...shown } = found(meeting);
  return {
    meeting: { ...shown, summaryHtml: renderMarkdown(summary) },
    library,
    choices,
    canRecord,
    timeZone: viewer.timeZone,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(recommendationForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  if (parsed.data.intent === "add") await addRecommendation(db, viewer, id, parsed.data);
  else await removeRecommendation(db, viewer, id, parsed.data.recommendation);
  throw redirect(`/annual-meetings/${id}?notice=${parsed.data.intent === "add" ? "added" : "removed"}#recommendations`);
}

const NOTICES = ["recorded", "saved", "added", "removed"] as const;

export default function AnnualMeeting() {
  const { meeting, library, choices, canRecord, timeZone } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const { t } = useTranslation("meetings");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  return (
    <article aria-labelledby="page-title">
      <p>
        <Link to="/annual-meetings">{t("back")}</Link>
      </p>
      <PageTitle lang={meeting.language}>{meeting.title}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      <p className="lead">
        {t("dates", {
          start: formatCalendarDate(locale, meeting.startsOn),
          end: formatCalendarDate(locale, meeting.endsOn),
        })}
        {" · "}
        {t("hostedBy", { host: meeting.host, city: meeting.city })}
      </p>
      {canRecord ? (
        <p>
          <Link to={`/annual-meetings/${meeting.id}/edit`} className="button button-secondary">
            {t("edit")}
          </Link>
        </p>
      ) : null}
      <div className="markdown" lang={meeting.language} dangerouslySetInnerHTML={{ __html: meeting.summaryHtml }} />
      <section aria-labelledby="outcome-heading" className="section-gap">
        <h2 id="outcome-heading">{t("outcome")}</h2>
        {meeting.outcomeFileId ? (
          <p>
            <a href={`/library/${meeting.outcomeFileId}`} download={meeting.outcomeFilename ?? undefined}>
              {meeting.outcomeTitle}
            </a>
          </p>
        ) : (
          <p>{t("noOutcome")}</p>
        )}
      </section>
      <section aria-labelledby="recommendations" className="section-gap">
        <h2 id="recommendations">{t("recommendations")}</h2>
        <RecommendationList
          recommendations={meeting.recommendations}
          language={meeting.language}
          canRecord={canRecord}
        />
      </section>
      {choices ? (
        <AddRecommendation
          choices={choices}
          errors={refused?.values.intent === "add" ? refused.errors : undefined}
          values={refused?.values}
        />
      ) : null}
      <LibraryFiles panel={library} timeZone={timeZone} />
    </article>
  );
}
