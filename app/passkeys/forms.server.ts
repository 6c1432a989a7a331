// The passkey forms and answers, checked at the edge. The browser's signed answers are JSON whose
// cryptography SimpleWebAuthn checks; here only their shape, so a malformed one is a 400, not a 500.
import { z } from "zod";
import { fields } from "~/lib/forms.server";
import { NAME_MAX } from "./policy";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "./webauthn.server";

const base64url = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[\w-]+$/);
const credential = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal("public-key"),
  response: z.record(z.string(), z.unknown()),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});

function parseCredential(text: unknown) {
  if (typeof text !== "string" || text.length > 32_000) return null;
  try {
    const parsed = credential.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const passkeyAnswer = (text: unknown) => parseCredential(text) as AuthenticationResponseJSON | null;
export const registrationAnswer = (text: unknown) => parseCredential(text) as RegistrationResponseJSON | null;

/** The dialog's first ask names no intent: it begins. */
export const stepUpIntent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("begin"), act: z.string().max(40).optional() }),
  z.object({ intent: z.literal("passkey_options") }),
  z.object({ intent: z.literal("passkey"), response: z.string() }),
]);

export const signInIntent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("options") }),
  z.object({ intent: z.literal("verify"), response: z.string(), redirectTo: z.string().max(2000).default("/") }),
]);

const name = fields.text(NAME_MAX);

export const passkeyAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("prepare"), name }),
  z.object({ intent: z.literal("add"), name, response: z.string() }),
  z.object({ intent: z.literal("rename"), passkey: base64url, name }),
  z.object({ intent: z.literal("remove"), passkey: base64url }),
]);

export const passkeysNotice = z.object({
  done: z.enum(["added", "renamed", "removed"]).optional().catch(undefined),
});

export const requirePasskeysForm = z.object({ required: fields.checkbox() });
