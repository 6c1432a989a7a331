import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { clearSessionCookie, getViewer } from "~/auth/session.server";
import { signOut } from "~/auth/sign-in.server";
import { getDb } from "~/lib/db.server";

export async function action({ request, context }: ActionFunctionArgs) {
  await signOut(getDb(), request, await getViewer(request, context));
  return redirect("/login?signedOut=1", { headers: { "Set-Cookie": clearSessionCookie() } });
}

export function loader(_: LoaderFunctionArgs) {
  return redirect("/");
}
