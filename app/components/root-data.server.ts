// What every page's shell shows (language, who is signed in): the root loader's data. The
// confirmation screen carries a copy, as Remix does not run the root loader for an action's answer
// that the root's error boundary renders.
import type { AppLoadContext } from "@remix-run/node";
import { getViewer } from "~/auth/session.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { isLocalMode } from "~/lib/config.server";
import { openedElsewhere } from "~/lib/portal-address.server";
import { can } from "~/members/policy";

export async function rootData(request: Request, context: AppLoadContext) {
  const [locale, person] = await Promise.all([requestLocale(request, context), getViewer(request, context)]);
  return {
    locale,
    person: person && {
      name: person.name,
      memberName: person.memberName,
      unread: person.unread,
      administers: can(person, "invite", null),
    },
    showStackTraces: process.env.NODE_ENV === "development",
    // Someone running the portal on another address than APP_URL learns it before a form is refused.
    openedElsewhere: isLocalMode() ? openedElsewhere(request) : null,
  };
}
