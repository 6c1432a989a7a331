import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { languageForm, localeCookie } from "~/i18n/locale.server";
import { safeRedirectPath } from "~/lib/safe-redirect";


/** The language switcher: remembers the choice in a cookie and returns to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = languageForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  return redirect(safeRedirectPath(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await localeCookie.serialize(parsed.data.locale) },
  });
}

export function loader() {
  return redirect("/");
}
