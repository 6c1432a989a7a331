// Who may do what with a training's registrations and materials: pure rules, asked by the event page
// (what to offer) and enforced by the commands. Registration is open from the moment a training is
// scheduled until it starts or is cancelled.
import type { EventType, RegistrationStatus } from "../../db/schema";
import { isSecretariat, type Viewer } from "~/auth/viewer";

/** What the rules look at: the event, and the asking person's own live registration. */
export interface TrainingFacts {
  type: EventType;
  status: "scheduled" | "cancelled";
  startsAt: Date;
  mine: RegistrationStatus | null;
}

export type TrainingAction =
  /** Take a seat, or a place on the waiting list when none is left. */
  | "register"
  /** Give up one's own seat or place on the waiting list. */
  | "cancelRegistration"
  /** The list of who registered and who waits, by name: the organiser's. */
  | "seeRegistrants"
  /** The training's materials (library files attached to it). */
  | "seeMaterials"
  /** Attach library files to it as its materials. */
  | "attachMaterials";

/** Registration is open until the training starts or is cancelled (the page says when it is closed). */
export const registrationOpen = (training: Omit<TrainingFacts, "mine">, at: Date) =>
  training.type === "training" && training.status === "scheduled" && training.startsAt > at;

const RULES: Record<TrainingAction, (viewer: Viewer, training: TrainingFacts, at: Date) => boolean> = {
  // Everyone signed in (focal points, alternates, the secretariat) registers themselves, once.
  register: (_viewer, training, at) => registrationOpen(training, at) && training.mine === null,
  cancelRegistration: (_viewer, training, at) => registrationOpen(training, at) && training.mine !== null,
  seeRegistrants: (viewer, training) => isSecretariat(viewer) && training.type === "training",
  seeMaterials: (viewer, training) => readsMaterials(viewer, training),
  attachMaterials: (viewer, training) => attachesMaterials(viewer, training),
};

/**
 * Those with a seat prepare with the materials; those still waiting see them once they move up.
 * Also the library's rule for a file attached to an event (app/library/policy.ts).
 */
export const readsMaterials = (viewer: Pick<Viewer, "role">, training: Pick<TrainingFacts, "type" | "mine">) =>
  training.type === "training" && (isSecretariat(viewer) || training.mine === "registered");

/** The secretariat organises the annual training, and so prepares its materials. */
export const attachesMaterials = (viewer: Pick<Viewer, "role">, training: Pick<TrainingFacts, "type">) =>
  training.type === "training" && isSecretariat(viewer);

/** An act on a training, asked at the moment `at`; nobody who is not signed in may do anything. */
export function can(viewer: Viewer | null, action: TrainingAction, training: TrainingFacts, at: Date): boolean {
  return viewer !== null && RULES[action](viewer, training, at);
}
