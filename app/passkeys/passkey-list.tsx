// A person's passkeys on their profile: each with when it was added and last used, renamed in place,
// removed after confirmation (and a step-up: a passkey confirms acts of state).
import type { SerializeFrom } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { formatDateTime } from "~/lib/format";
import type { passkeysOf } from "./queries.server";

type Passkey = SerializeFrom<Awaited<ReturnType<typeof passkeysOf>>[number]>;

export interface RenameFailure {
  passkey: string;
  name: string;
  error: string;
}

export function PasskeyList({
  passkeys,
  timeZone,
  failure,
}: {
  passkeys: Passkey[];
  timeZone: string;
  failure: RenameFailure | null;
}) {
  const { t } = useTranslation("auth");
  const locale = useLocale();
  if (!passkeys.length) return <p className="muted">{t("passkeys.none")}</p>;
  return (
    <ul className="grid session-list">
      {passkeys.map((passkey) => {
        const refused = failure?.passkey === passkey.id ? failure : null;
        return (
          <li key={passkey.id} className="card">
            <h2>
              {passkey.name}
              {passkey.backedUp ? <span className="tag"> {t("passkeys.synced")}</span> : null}
            </h2>
            <dl className="facts">
              <dt>{t("passkeys.added")}</dt>
              <dd>{formatDateTime(locale, passkey.createdAt, timeZone)}</dd>
              <dt>{t("passkeys.lastUsed")}</dt>
              <dd>{passkey.lastUsedAt ? formatDateTime(locale, passkey.lastUsedAt, timeZone) : t("passkeys.never")}</dd>
            </dl>
            <details open={refused !== null}>
              <summary>{t("passkeys.rename", { name: passkey.name })}</summary>
              <Form method="post" className="stack" noValidate>
                <input type="hidden" name="intent" value="rename" />
                <input type="hidden" name="passkey" value={passkey.id} />
                <TextField
                  name="name"
                  id={`name-${passkey.id}`}
                  label={t("passkeys.newName")}
                  maxLength={60}
                  required
                  defaultValue={refused?.name ?? passkey.name}
                  error={refused?.error}
                />
                <p>
                  <button type="submit" className="button-secondary button-small">
                    {t("passkeys.save")}
                  </button>
                </p>
              </Form>
            </details>
            <ConfirmForm act="remove_passkey">
              <input type="hidden" name="intent" value="remove" />
              <input type="hidden" name="passkey" value={passkey.id} />
              <button type="submit" className="button-secondary button-small button-danger-quiet">
                {t("passkeys.remove", { name: passkey.name })}
              </button>
            </ConfirmForm>
          </li>
        );
      })}
    </ul>
  );
}
