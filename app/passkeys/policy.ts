// Passkeys: a person registers, names and removes their own; the secretariat resets anyone's (a lost
// phone) and may require passkeys of everyone who can sign in a member's name. Pure rules: the pages
// ask what to offer, the commands enforce them. tests/unit/passkeys-policy.test.ts holds their table.
import { isSecretariat, type Viewer } from "~/auth/viewer";

/** How long a ceremony's challenge may wait for the browser (the browser's own prompt times out first). */
export const CHALLENGE_MINUTES = 5;
export const NAME_MAX = 60;

export type PasskeyAction = "register" | "rename" | "remove" | "reset" | "require";

export interface PasskeyOwner {
  personId: number;
}

export function can(viewer: Pick<Viewer, "id" | "role">, action: PasskeyAction, owner?: PasskeyOwner): boolean {
  switch (action) {
    case "register":
      return true;
    case "rename":
    case "remove":
      return owner?.personId === viewer.id;
    // Someone else's lost passkey; one's own is removed from one's profile.
    case "reset":
      return isSecretariat(viewer) && owner !== undefined && owner.personId !== viewer.id;
    case "require":
      return isSecretariat(viewer);
  }
}

/** Whether the person signs in a member's name (focal points and alternates). */
export const canSign = (viewer: Pick<Viewer, "role">) => viewer.role === "focal_point";

/**
 * How a person confirms an act of state: with a passkey once they have one (an emailed code would let
 * whoever reads the mailbox past it); by emailed code otherwise; not at all, but by registering one
 * first, where the network requires passkeys of those who sign. Registering a first passkey itself
 * is always confirmed by code, so nobody is locked out.
 */
export type StepUpMethod = "passkey" | "email_code" | "register_passkey";

export function stepUpMethod(facts: {
  hasPasskey: boolean;
  required: boolean;
  canSign: boolean;
  registering: boolean;
}): StepUpMethod {
  if (facts.hasPasskey) return "passkey";
  if (facts.required && facts.canSign && !facts.registering) return "register_passkey";
  return "email_code";
}
