// Resend's delivery webhook (bounces, complaints, deliveries), signed the Svix way with
// RESEND_WEBHOOK_SECRET: a call without a good, fresh signature is refused with 401.
import type { ActionFunctionArgs } from "@remix-run/node";
import { notFound } from "~/auth/policy";
import { now } from "~/lib/clock.server";
import { getConfig } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { verifyWebhook } from "~/lib/webhook-signature.server";
import { recordDeliveryEvent, type DeliveryEvent } from "~/notifications/bounces.server";

export function loader() {
  throw notFound();
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response(null, { status: 405 });
  const body = await request.text();
  const headers = {
    id: request.headers.get("svix-id"),
    timestamp: request.headers.get("svix-timestamp"),
    signature: request.headers.get("svix-signature"),
  };
  if (!verifyWebhook(getConfig().RESEND_WEBHOOK_SECRET, headers, body, now()))
    return new Response("Invalid signature", { status: 401 });
  let event: DeliveryEvent;
  try {
    event = JSON.parse(body) as DeliveryEvent;
  } catch {
    return new Response("Not JSON", { status: 400 });
  }
  if (typeof event !== "object" || event === null || typeof event.type !== "string")
    return new Response("Not a delivery event", { status: 400 });
  await recordDeliveryEvent(getDb(), headers.id!, event);
  return new Response(null, { status: 204 });
}
