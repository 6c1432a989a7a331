import type { ActionFunctionArgs } from "@remix-run/node";
import { beginStepUp } from "~/confirmation/confirmation.server";

/** The confirmation dialog asks here whether the session needs a step-up; if so, a code is emailed. */
export async function action({ request, context }: ActionFunctionArgs) {
  return beginStepUp(request, context);
}

export function loader() {
  throw new Response(null, { status: 404 });
}
