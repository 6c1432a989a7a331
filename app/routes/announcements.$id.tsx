import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { announcementPage } from "~/announcements/presenters.server";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { requestLocale } from "~/i18n/request-locale.server";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { idParam } from "~/lib/params";
import { TranslationStatus } from "~/translations/translation-status";

export const handle: RouteHandle = {
  i18n: "channels",
  title: (_t, data) => (data as { announcement?: { title: string } } | undefined)?.announcement?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  return announcementPage(getDb(), person, idParam(params.id), await requestLocale(request, context));
}

export default function Announcement() {
  const { announcement, translation, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("channels");
  const { t: common } = useTranslation("common");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  return (
    <article aria-labelledby="page-title">
      <p>
        <Link to="/announcements">{t("announcements.title")}</Link>
      </p>
      <PageTitle lang={announcement.titleLang}>{announcement.title}</PageTitle>
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
      <TranslationStatus {...translation} />
      <div
        className="markdown section-gap"
        lang={announcement.bodyLang}
        dangerouslySetInnerHTML={{ __html: announcement.html }}
      />
    </article>
  );
}
