// Watch or mute a thing from its page: the form posts here and comes back to the page.
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { sql } from "kysely";
import { found, notFound } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { getDb } from "~/lib/db.server";
import { parseForm } from "~/lib/forms.server";
import { subscriptionForm } from "~/notifications/forms.server";
import { CHOICES } from "~/notifications/subscription-kinds";
import { setSubscription } from "~/notifications/subscriptions.server";
import { statementVisible } from "~/statements/queries.server";

export function loader() {
  throw notFound();
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(subscriptionForm, await request.formData());
  if (!parsed.success) throw new Response(null, { status: 400 });
  const { kind, id, state } = parsed.data;
  const db = getDb();
  // Only a thing the person may open can be watched or muted: anything else is "not found".
  if (kind === "discussion")
    found(await db.selectFrom("discussion_threads").select("id").where("id", "=", id).executeTakeFirst());
  else
    found(
      await db
        .selectFrom("statements")
        .select("id")
        .where("id", "=", id)
        .where(statementVisible(db, person, sql.ref("stage"), sql.ref("id")))
        .executeTakeFirst(),
    );
  if (state !== "none" && !CHOICES[kind].includes(state)) throw new Response(null, { status: 400 });
  await setSubscription(db, person.id, { kind, id }, state === "none" ? null : state);
  throw redirect(`/${kind === "discussion" ? "discussions" : "statements"}/${id}?notice=subscription`);
}
