// The browser's side of a passkey ceremony: ask the portal for options, let the browser (and its
// authenticator) answer, send the answer back. Only the passkey pieces loaded on demand (React.lazy)
// import it, so no page carries it or SimpleWebAuthn's browser half before a passkey is at hand.
// (They are imported here statically: a chunk of their own without React would cost every page a
// request, as esbuild would then give its runtime helpers a chunk of their own.)
import {
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
} from "@simplewebauthn/browser";

async function post<T>(url: string, fields: Record<string, string>): Promise<T> {
  const response = await fetch(url, { method: "POST", body: new URLSearchParams(fields) });
  return (await response.json()) as T;
}

/** The signed answer to the portal's challenge, or null when the person cancelled or it failed. */
async function authenticate(url: string, fields: Record<string, string>): Promise<string | null> {
  const options = await post<Parameters<typeof startAuthentication>[0]["optionsJSON"]>(url, fields);
  try {
    return JSON.stringify(await startAuthentication({ optionsJSON: options }));
  } catch {
    return null;
  }
}

/** Step-up: true once the portal accepted the passkey (the session is then fresh for ten minutes). */
export async function confirmWithPasskey(): Promise<boolean> {
  const response = await authenticate("/step-up", { intent: "passkey_options" });
  if (!response) return false;
  const answer = await post<{ fresh: boolean }>("/step-up", { intent: "passkey", response });
  return answer.fresh;
}

/** Sign-in: where to go once signed in, or null when refused or cancelled. */
export async function signInWithPasskey(redirectTo: string): Promise<string | null> {
  const response = await authenticate("/login/passkey", { intent: "options" });
  if (!response) return null;
  const answer = await post<{ redirectTo?: string }>("/login/passkey", { intent: "verify", response, redirectTo });
  return answer.redirectTo ?? null;
}

/** Registration: the new credential as the browser gives it, or null when cancelled or refused. */
export async function createPasskey(options: PublicKeyCredentialCreationOptionsJSON): Promise<string | null> {
  try {
    return JSON.stringify(await startRegistration({ optionsJSON: options }));
  } catch {
    return null;
  }
}
