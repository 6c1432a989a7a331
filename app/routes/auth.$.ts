import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { handleAuthRequest } from "~/auth/auth.server";

// Sign-in is started and completed by /login and /login/confirm, server-side. From outside,
// these two endpoints would let a mail scanner spend a link or skip our rate limits.
const CLOSED = new Set(["/auth/signin/resend", "/auth/callback/resend"]);

function handle(request: Request) {
  if (CLOSED.has(new URL(request.url).pathname)) return new Response(null, { status: 404 });
  return handleAuthRequest(request);
}

export const loader = ({ request }: LoaderFunctionArgs) => handle(request);
export const action = ({ request }: ActionFunctionArgs) => handle(request);
