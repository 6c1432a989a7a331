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
  | "seeMaterials";

const open = (training: TrainingFacts, at: Date) =>
  training.type === "training" && training.status === "scheduled" && training.startsAt > at;

const RULES: Record<TrainingAction, (viewer: Viewer, training: TrainingFacts, at: Date) => boolean> = {
  // Everyone signed in (focal points, alternates, the secretariat) registers themselves, once.
  register: (_viewer, training, at) => open(training, at) && training.mine === null,
  cancelRegistration: (_viewer, training, at) => open(training, at) && training.mine !== null,
  seeRegistrants: (viewer, training) => isSecretariat(viewer) && training.type === "training",
  // Those with a seat prepare with them; those still waiting see them once they move up.
  seeMaterials: (viewer, training) =>
    training.type === "training" && (isSecretariat(viewer) || training.mine === "registered"),
};

/** An act on a training, asked at the moment `at`; nobody who is not signed in may do anything. */
export function can(viewer: Viewer | null, action: TrainingAction, training: TrainingFacts, at: Date): boolean {
  return viewer !== null && RULES[action](viewer, training, at);
}
