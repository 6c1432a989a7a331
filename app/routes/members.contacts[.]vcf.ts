import type { LoaderFunctionArgs } from "@remix-run/node";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { contactsVCards, download } from "~/members/contacts.server";
import { can } from "~/members/policy";

/** The network's contact list for an address book. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "downloadContacts", null));
  const cards = await contactsVCards(getDb(), await requestLocale(request, context));
  return download(cards, "text/vcard", `r2p-focal-points-contacts-${today()}.vcf`);
}
