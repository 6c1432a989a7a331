// What a training's page shows of its registrations: the seats, the reader's own place, what they
// may do, for the organiser the list by name, and its materials for those who may read them.
import type { EventType, Locale } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { libraryPanel } from "~/library/panel.server";
import { can, registrationOpen } from "./policy";
import { inOrderOfRegistration, liveRegistrations, registrantList, standing } from "./queries.server";

export async function trainingPanel(
  db: DB,
  viewer: Viewer,
  event: { id: number; type: EventType; status: "scheduled" | "cancelled"; starts_at: Date; capacity: number | null },
  locale: Locale,
  at: Date,
) {
  const eventFacts = { type: event.type, status: event.status, startsAt: event.starts_at };
  // The organiser's list by name holds every live registration: read once, it gives the seats too (the
  // page stays within five statements with its materials).
  const registrants = can(viewer, "seeRegistrants", { ...eventFacts, mine: null }, at)
    ? await registrantList(db, event.id, locale)
    : null;
  const live = registrants ? inOrderOfRegistration(registrants) : await liveRegistrations(db, event.id);
  const own = standing(live, event.capacity, viewer.id);
  const facts = { ...eventFacts, mine: own.mine };
  const seated = live.filter((row) => row.status === "registered").map((row) => row.personId);
  const owner = { kind: "event" as const, type: event.type, registered: seated };
  return {
    ...own,
    open: registrationOpen(facts, at),
    offers: {
      register: can(viewer, "register", facts, at),
      cancel: can(viewer, "cancelRegistration", facts, at),
    },
    registrants,
    materials: can(viewer, "seeMaterials", facts, at)
      ? await libraryPanel(db, viewer, { kind: "event", id: event.id }, owner)
      : null,
  };
}

export type TrainingPanel = Awaited<ReturnType<typeof trainingPanel>>;
