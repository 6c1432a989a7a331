import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { getViewer } from "~/auth/session.server";
import { languageForm, localeCookie } from "~/i18n/locale.server";
import { getDb } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { setLanguage } from "~/members/commands.server";

/**
 * The language switcher: remembers the choice in a cookie (for the sign-in pages) and, for someone
 * signed in, in their profile, which outranks the cookie and also sets the language of their emails.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = languageForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  const person = await getViewer(request, context);
  if (person) await setLanguage(getDb(), person, parsed.data.locale);
  return redirect(safeRedirectPath(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}

export function loader() {
  return redirect("/");
}
