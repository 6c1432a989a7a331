// Onboarding and pairing: who may see the newcomers' overview, pair people and end a pairing, and
// what makes a focal point a newcomer, active, or experienced enough to mentor. Pure rules (the
// moment is passed in): pages ask them what to offer, commands enforce them, the overview's SQL uses
// the same spans. tests/unit/onboarding-policy.test.ts holds their table.
import type { PairingRole, PersonStatus, Role } from "../../db/schema";
import { isSecretariat, type Viewer } from "~/auth/viewer";

/** A focal point appointed this recently (or not yet signed in) is a newcomer, shown on the overview. */
export const NEWCOMER_MONTHS = 12;
/** Signed in and acted this recently: active. */
export const ACTIVE_DAYS = 90;

/** A pairing as the rules see it: who is in it, and whether it has ended. */
export interface PairingFacts {
  personIds: readonly number[];
  ended: boolean;
}

/** A person as the pairing rules need them. */
export interface PersonFacts {
  id: number;
  role: Role;
  status: PersonStatus;
  /** When they were invited to the post, or (seeded people) when they took it up. */
  appointedAt: Date | null;
  activatedAt: Date | null;
}

interface Things {
  /** The secretariat's overview of newly appointed focal points. */
  seeOverview: null;
  /** Pair a newcomer with a mentor, or set up a regional pairing. */
  pair: null;
  end: PairingFacts;
  /** See a pairing's people and their contact details (the dashboard, the welcome). */
  see: PairingFacts;
}
export type OnboardingAction = keyof Things;

const rules: { [A in OnboardingAction]: (viewer: Viewer, thing: Things[A]) => boolean } = {
  seeOverview: (viewer) => isSecretariat(viewer),
  pair: (viewer) => isSecretariat(viewer),
  end: (viewer, pairing) => isSecretariat(viewer) && !pairing.ended,
  see: (viewer, pairing) => isSecretariat(viewer) || (!pairing.ended && pairing.personIds.includes(viewer.id)),
};

export function can<A extends OnboardingAction>(viewer: Viewer, action: A, thing: Things[A]): boolean {
  return rules[action](viewer, thing);
}

/** The moment before which an appointment is no longer recent. */
export function newcomerSince(at: Date): Date {
  const since = new Date(at);
  since.setUTCMonth(since.getUTCMonth() - NEWCOMER_MONTHS);
  return since;
}

/** The moment before which a last act no longer makes someone active. */
export function activeSince(at: Date): Date {
  return new Date(at.getTime() - ACTIVE_DAYS * 86_400_000);
}

/** A focal point appointed in the last twelve months, or not yet signed in. */
export function isNewcomer(person: PersonFacts, at: Date): boolean {
  if (person.role !== "focal_point" || person.status === "deactivated") return false;
  return person.activatedAt === null || (person.appointedAt !== null && person.appointedAt >= newcomerSince(at));
}

/** Signed in, and acted (anything in the audit log but signing in and out) in the last 90 days. */
export function isActive(person: Pick<PersonFacts, "activatedAt">, lastActAt: Date | null, at: Date): boolean {
  return person.activatedAt !== null && lastActAt !== null && lastActAt >= activeSince(at);
}

/** Who may mentor: an active focal point who is no newcomer. */
export function mayMentor(person: PersonFacts, at: Date): boolean {
  return person.role === "focal_point" && person.status === "active" && !isNewcomer(person, at);
}

/** How a pairing's other person stands to the reader: their mentor, the one they mentor, or a peer. */
export function relation(mine: PairingRole, theirs: PairingRole): "yourMentor" | "youMentor" | "peer" {
  if (mine === "newcomer" && theirs === "mentor") return "yourMentor";
  if (mine === "mentor" && theirs === "newcomer") return "youMentor";
  return "peer";
}
