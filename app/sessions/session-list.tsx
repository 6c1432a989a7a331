// "Where you are signed in": each session with its browser and system, its network, when it began and
// when it was last used, and a button to sign it out (the one in use is signed out from the header).
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { ShownSession } from "./queries.server";

type Session = SerializeFrom<ShownSession>;

function DeviceName({ device }: { device: Session["device"] }) {
  const { t } = useTranslation("auth");
  const browser = device.browser ?? t("sessions.unknownBrowser");
  return <>{device.system ? t("sessions.device", { browser, system: device.system }) : browser}</>;
}

function NetworkName({ network }: { network: Session["network"] }) {
  const { t } = useTranslation("auth");
  return (
    <>
      {network.kind === "internet"
        ? t("sessions.network.internet", { network: network.network })
        : t(`sessions.network.${network.kind}`)}
    </>
  );
}

export function SessionList({ sessions, timeZone }: { sessions: Session[]; timeZone: string }) {
  const { t } = useTranslation("auth");
  const locale = useLocale();
  return (
    <ul className="grid session-list">
      {sessions.map((session) => (
        <li key={session.id} className="card">
          <h2>
            <DeviceName device={session.device} />
            {session.current ? <span className="tag"> {t("sessions.current")}</span> : null}
          </h2>
          <dl className="facts">
            <dt>{t("sessions.networkLabel")}</dt>
            <dd>
              <NetworkName network={session.network} />
            </dd>
            <dt>{t("sessions.started")}</dt>
            <dd>{formatDateTime(locale, session.startedAt, timeZone)}</dd>
            <dt>{t("sessions.lastUsed")}</dt>
            <dd>{formatDateTime(locale, session.lastUsedAt, timeZone)}</dd>
          </dl>
          {session.current ? null : (
            <Form method="post">
              <input type="hidden" name="intent" value="end" />
              <input type="hidden" name="session" value={session.id} />
              <button type="submit" className="button-secondary button-small">
                {t("sessions.end")}
                <span className="sr-only">
                  {" "}
                  (<DeviceName device={session.device} />, {formatDateTime(locale, session.lastUsedAt, timeZone)})
                </span>
              </button>
            </Form>
          )}
        </li>
      ))}
    </ul>
  );
}
