import type { LoaderFunctionArgs } from "@remix-run/node";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { contactsCsv, download } from "~/members/contacts.server";
import { can } from "~/members/policy";

/** The network's contact list for a spreadsheet. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "downloadContacts", null));
  const csv = await contactsCsv(getDb(), await requestLocale(request, context));
  return download(csv, "text/csv", `r2p-focal-points-contacts-${today()}.csv`);
}
