// Watch or mute a thing from its page: the form posts here and comes back to the page.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { sql } from "kysely";
import { found, notFound } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";
import { parseForm } from "~/lib/forms.server";
import { subscriptionForm } from "~/notifications/forms.server";
import { CHOICES, SUBJECT_PATHS } from "~/notifications/subscription-kinds";
import { setSubscription } from "~/notifications/subscriptions.server";
import { statementVisible } from "~/statements/queries.server";
import { groupVisible } from "~/groups/policy";
import type { SubscriptionKind } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";

export function loader() {
  throw notFound();
}

/** Only a thing the person may open can be watched or muted: anything else is "not found". */
const VISIBLE: Record<SubscriptionKind, (db: DB, person: Viewer, id: number) => Promise<unknown>> = {
  discussion: (db, _person, id) =>
    db.selectFrom("discussion_threads").select("id").where("id", "=", id).executeTakeFirst(),
  statement: (db, person, id) =>
    db
      .selectFrom("statements")
      .select("id")
      .where("id", "=", id)
      .where(statementVisible(db, person, sql.ref("stage"), sql.ref("id")))
      .executeTakeFirst(),
  situation_group: (db, person, id) =>
    db
      .selectFrom("situation_groups")
      .select("id")
      .where("id", "=", id)
      .where(groupVisible(person, sql.ref("id")))
      .executeTakeFirst(),
  // The calendar is the whole network's.
  event: (db, _person, id) => db.selectFrom("events").select("id").where("id", "=", id).executeTakeFirst(),
};

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(subscriptionForm, await request.formData());
  if (!parsed.success) throw new Response(null, { status: 400 });
  const { kind, id, state } = parsed.data;
  const db = getDb();
  found(await VISIBLE[kind](db, person, id));
  if (state !== "none" && !CHOICES[kind].includes(state)) throw new Response(null, { status: 400 });
  await setSubscription(db, person.id, { kind, id }, state === "none" ? null : state);
  throw redirect(`${SUBJECT_PATHS[kind]}/${id}?notice=subscription`);
}
