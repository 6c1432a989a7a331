import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getAnnouncement } from "~/announcements/queries.server";
import { found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { SuccessNotice } from "~/components/success-notice";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";

export const handle: RouteHandle = {
  i18n: "channels",
  title: (_t, data) => (data as { announcement?: { title: string } } | undefined)?.announcement?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { body, ...announcement } = found(await getAnnouncement(getDb(), idParam(params.id)));
  return { announcement: { ...announcement, html: renderMarkdown(body) }, timeZone: person.timeZone };
}

export default function Announcement() {
  const { announcement, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("channels");
  const { t: common } = useTranslation("common");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  return (
    <article aria-labelledby="page-title">
      <p>
        <Link to="/announcements">{t("announcements.title")}</Link>
      </p>
      <PageTitle lang={announcement.language}>{announcement.title}</PageTitle>
      <SuccessNotice>{searchParams.get("notice") === "posted" ? t("announcements.posted") : null}</SuccessNotice>
      <p className="muted">
        {t("announcements.meta", {
          date: formatDateTime(locale, announcement.postedAt, timeZone),
          audience: announcement.regionalGroup
            ? common(`regionalGroups.${announcement.regionalGroup}`)
            : t("announcements.toNetwork"),
          name: announcement.postedBy,
        })}
      </p>
      <div
        className="markdown section-gap"
        lang={announcement.language}
        dangerouslySetInnerHTML={{ __html: announcement.html }}
      />
    </article>
  );
}
