// Auth.js (@auth/core) with the email provider, database sessions, and our own mailer.
// Sign-in is started and completed server-side by the /login routes; see ARCHITECTURE.md.
import { createHash } from "node:crypto";
import { Auth, type AuthConfig } from "@auth/core";
import Resend from "@auth/core/providers/resend";
import { KyselyAdapter } from "@auth/kysely-adapter";
import type { VerificationToken } from "@auth/core/adapters";
import { getConfig } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { sendSignInEmail } from "./emails.server";
import { sessionCookieName } from "./session.server";

export const SIGN_IN_LINK_MINUTES = 10;
const SESSION_DAYS = 30;

/** Auth.js stores a link's token hashed with the secret; the same hash finds it again. */
function hashSignInToken(token: string): string {
  return createHash("sha256").update(`${token}${getConfig().AUTH_SECRET}`).digest("hex");
}

/** Either caller may come first (see sendVerificationRequest); the second finds the token there. */
async function storeVerificationToken(token: VerificationToken): Promise<VerificationToken> {
  await getDb()
    .insertInto("VerificationToken")
    .values(token)
    .onConflict((conflict) => conflict.columns(["identifier", "token"]).doNothing())
    .execute();
  return token;
}

export function authConfig(): AuthConfig {
  const config = getConfig();
  // The adapter's Database type matches our "User"/"Session"/... tables column for column.
  const adapter = KyselyAdapter(getDb() as unknown as Parameters<typeof KyselyAdapter>[0]);
  return {
    adapter: { ...adapter, createVerificationToken: storeVerificationToken },
    secret: config.AUTH_SECRET,
    basePath: "/auth",
    trustHost: true,
    useSecureCookies: config.APP_URL.startsWith("https:"),
    session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
    pages: { signIn: "/login", verifyRequest: "/login/check-email", error: "/login/error" },
    providers: [
      Resend({
        from: config.EMAIL_FROM,
        maxAge: SIGN_IN_LINK_MINUTES * 60,
        async sendVerificationRequest({ identifier, url, token, expires }) {
          // Auth.js stores the token while this runs, not before: store it first, so the link works on arrival.
          await storeVerificationToken({ identifier, token: hashSignInToken(token), expires });
          // Email our confirmation page, not Auth.js's callback: opening the link must not spend it.
          const confirm = new URL("/login/confirm", config.APP_URL);
          confirm.search = new URL(url).search;
          await sendSignInEmail(identifier, confirm.toString());
        },
      }),
    ],
    callbacks: {
      // Only active people of the network may complete a sign-in (someone deactivated since the link was sent may not).
      async signIn({ user }) {
        if (!user.email) return false;
        const person = await getDb()
          .selectFrom("people")
          .innerJoin("User", "User.id", "people.user_id")
          .select("people.id")
          .where("User.email", "=", user.email)
          .where("people.status", "=", "active")
          .executeTakeFirst();
        return Boolean(person);
      },
    },
  };
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

/**
 * Starts Auth.js's email sign-in without a browser: fetch a CSRF pair, then post the sign-in form.
 * Auth.js creates the hashed token and calls sendVerificationRequest.
 */
export async function startEmailSignIn(email: string, callbackUrl: string): Promise<void> {
  const { APP_URL } = getConfig();
  const csrfResponse = await Auth(new Request(new URL("/auth/csrf", APP_URL)), authConfig());
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const response = await Auth(
    new Request(new URL("/auth/signin/resend", APP_URL), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrfResponse).join("; ") },
      body: new URLSearchParams({ csrfToken, email, callbackUrl: new URL(callbackUrl, APP_URL).toString() }),
    }),
    authConfig(),
  );
  const location = response.headers.get("Location") ?? "";
  if (!location.includes("verify-request")) throw new Error(`Email sign-in did not start: ${location}`);
}

export type SignInOutcome =
  { ok: true; cookies: string[]; sessionToken: string; redirectTo: string } | { ok: false; error: string };

/** Spends the token through Auth.js's callback and returns the session cookie to relay. */
export async function completeEmailSignIn(params: {
  token: string;
  email: string;
  callbackUrl: string;
}): Promise<SignInOutcome> {
  const { APP_URL } = getConfig();
  const callback = new URL("/auth/callback/resend", APP_URL);
  callback.search = new URLSearchParams(params).toString();
  const response = await Auth(new Request(callback), authConfig());
  const location = new URL(response.headers.get("Location") ?? "/login/error", APP_URL);
  if (location.pathname.startsWith("/login/error") || location.pathname.startsWith("/auth/error")) {
    return { ok: false, error: location.searchParams.get("error") ?? "Verification" };
  }
  // Only the session cookie goes to the browser; Auth.js's CSRF and callback cookies were for this exchange.
  const cookies = response.headers.getSetCookie().filter((cookie) => cookie.startsWith(`${sessionCookieName()}=`));
  const sessionToken = decodeURIComponent(cookies[0]?.split(";")[0]?.split("=")[1] ?? "");
  return { ok: true, cookies, sessionToken, redirectTo: location.pathname + location.search };
}

/** Whether a link is still good, without spending it (the confirmation page's GET). */
export async function signInTokenIsUsable(email: string, token: string): Promise<boolean> {
  const hash = hashSignInToken(token);
  const row = await getDb()
    .selectFrom("VerificationToken")
    .select("expires")
    .where("identifier", "=", email)
    .where("token", "=", hash)
    .executeTakeFirst();
  // Auth.js set the expiry, and checks it when the link is spent, by the real clock, not the portal's.
  return Boolean(row && row.expires.getTime() > Date.now());
}
