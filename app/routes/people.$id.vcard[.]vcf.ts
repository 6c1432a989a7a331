import type { LoaderFunctionArgs } from "@remix-run/node";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { getDb } from "~/lib/db.server";
import { personVCard, download } from "~/members/contacts.server";
import { can } from "~/members/policy";

/** One person of the contact list, for an address book; anyone not in the list is not found. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "downloadContacts", null));
  const id = /^[1-9][0-9]{0,8}$/.test(params.id ?? "") ? Number(params.id) : undefined;
  const card = found(id ? await personVCard(getDb(), await requestLocale(request, context), id) : undefined);
  return download(card, "text/vcard", `contact-${id}.vcf`);
}
