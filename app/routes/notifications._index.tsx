import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { pageQuery, parseForm } from "~/lib/forms.server";
import { listNotifications, markRead } from "~/notifications/centre.server";
import { centreAction } from "~/notifications/forms.server";
import { describeEventTime, describeNotification } from "~/notifications/describe";

export const handle: RouteHandle = { i18n: "notifications", title: (t) => t("notifications:centre.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { ...(await listNotifications(getDb(), person.id, page)), page, timeZone: person.timeZone };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(centreAction, await request.formData());
  if (!parsed.success) throw new Response(null, { status: 400 });
  const marked = await markRead(getDb(), person.id, parsed.data.intent === "markAllRead" ? "all" : [parsed.data.id]);
  // A fresh request, so the header's unread count is read after the change.
  throw redirect(`/notifications?marked=${marked}`);
}

export default function NotificationCentre() {
  const { notifications, hasNext, page, timeZone } = useLoaderData<typeof loader>();
  const [searchParams] = useSearchParams();
  const marked = Number(searchParams.get("marked") ?? Number.NaN);
  const { t } = useTranslation("notifications");
  const locale = useLocale();
  const anyUnread = notifications.some((notification) => !notification.readAt);
  return (
    <>
      <PageTitle>{t("centre.title")}</PageTitle>
      <p>{t("centre.intro")}</p>
      <SuccessNotice>{Number.isInteger(marked) && t("centre.markedRead", { count: marked })}</SuccessNotice>
      <div className="actions section-gap">
        {anyUnread ? (
          <Form method="post">
            <button type="submit" name="intent" value="markAllRead" className="button-secondary">
              {t("centre.markAllRead")}
            </button>
          </Form>
        ) : null}
        <Link to="/notifications/preferences">{t("centre.preferences")}</Link>
      </div>
      {notifications.length === 0 ? (
        <p className="notice">{t("centre.empty")}</p>
      ) : (
        <ul className="notification-list">
          {notifications.map((notification) => (
            <li
              key={notification.id}
              className={notification.readAt ? "notification" : "notification notification-unread"}
            >
              <div>
                {notification.readAt ? null : <span className="badge">{t("centre.unread")}</span>}{" "}
                <Link to={`/notifications/${notification.id}`}>
                  {describeNotification(t, notification.kind, notification.params, locale)}
                </Link>
                {notification.params.startsAt ? (
                  <p className="notification-when">{describeEventTime(t, notification.params, locale, timeZone)}</p>
                ) : null}
                <p className="hint">
                  <time dateTime={new Date(notification.createdAt).toISOString()}>
                    {formatDateTime(locale, notification.createdAt, timeZone)}
                  </time>
                </p>
              </div>
              {notification.readAt ? null : (
                <Form method="post">
                  <input type="hidden" name="id" value={notification.id} />
                  <button type="submit" name="intent" value="markRead" className="button-small button-secondary">
                    {t("centre.markRead")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <nav className="pagination" aria-label={t("centre.pages")}>
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t("centre.newer")}</Link> : null}
        {hasNext ? <Link to={`?page=${page + 1}`}>{t("centre.older")}</Link> : null}
      </nav>
    </>
  );
}
