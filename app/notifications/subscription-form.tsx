// The one button on a thread's or a statement's page: watch it, mute it, or go back to the default.
// A plain form posted to /subscriptions, so it works without JavaScript.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { SubscriptionKind, SubscriptionState } from "../../db/schema";
import { CHOICES } from "./subscription-kinds";

export function SubscriptionForm({
  kind,
  id,
  state,
}: {
  kind: SubscriptionKind;
  id: number;
  state: SubscriptionState | null;
}) {
  const { t } = useTranslation("channels");
  return (
    <Form method="post" action="/subscriptions" className="subscription">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <span className="muted">{t(state ? `subscription.status.${state}` : `subscription.status.default_${kind}`)}</span>
      {state === null ? (
        CHOICES[kind].map((choice) => (
          <button key={choice} type="submit" name="state" value={choice} className="button-secondary button-small">
            {t(choice === "watch" ? "subscription.watch_discussion" : `subscription.mute_${kind}`)}
          </button>
        ))
      ) : (
        <button type="submit" name="state" value="none" className="button-secondary button-small">
          {t(`subscription.undo_${state}`)}
        </button>
      )}
    </Form>
  );
}
