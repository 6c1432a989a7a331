import type { ActionFunctionArgs } from "@remix-run/node";
import { sessionCookie } from "~/auth/session.server";
import { takeToken } from "~/auth/rate-limit.server";
import { SIGN_IN_LIMITS } from "~/auth/sign-in.server";
import { getDb } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { signInOptions, signInWithPasskey } from "~/passkeys/commands.server";
import { passkeyAnswer, signInIntent } from "~/passkeys/forms.server";

/** "Use a passkey" on the sign-in page: the challenge to sign, then the signed answer (JSON both ways). */
export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = signInIntent.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400 });
  const db = getDb();
  // Challenges are rows: as many per network as sign-in links.
  if (!(await takeToken(db, `passkey-sign-in:${context.clientIp}`, SIGN_IN_LIMITS.perClient))) {
    return Response.json({ error: "limited" }, { status: 429 });
  }
  if (parsed.data.intent === "options") return Response.json(await signInOptions(db));
  const response = passkeyAnswer(parsed.data.response);
  const session =
    response &&
    (await signInWithPasskey(db, response, {
      ip: context.clientIp,
      userAgent: request.headers.get("User-Agent") ?? "",
    }));
  if (!session) return Response.json({ error: "refused" }, { status: 401 });
  return Response.json(
    { redirectTo: safeRedirectPath(parsed.data.redirectTo) },
    { headers: { "Set-Cookie": sessionCookie(session.token, session.expires) } },
  );
}

export function loader() {
  throw new Response(null, { status: 404 });
}
