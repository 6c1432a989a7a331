// What a training's page shows of its registrations: the seats, the reader's own place, what they
// may do, and for the organiser the list by name.
import type { EventType, Locale } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { can } from "./policy";
import { liveRegistrations, registrantList, standing } from "./queries.server";

export async function trainingPanel(
  db: DB,
  viewer: Viewer,
  event: { id: number; type: EventType; status: "scheduled" | "cancelled"; starts_at: Date; capacity: number | null },
  locale: Locale,
  at: Date,
) {
  const own = standing(await liveRegistrations(db, event.id), event.capacity, viewer.id);
  const facts = { type: event.type, status: event.status, startsAt: event.starts_at, mine: own.mine };
  return {
    ...own,
    open: event.status === "scheduled" && event.starts_at > at,
    offers: {
      register: can(viewer, "register", facts, at),
      cancel: can(viewer, "cancelRegistration", facts, at),
    },
    registrants: can(viewer, "seeRegistrants", facts, at) ? await registrantList(db, event.id, locale) : null,
  };
}

export type TrainingPanel = Awaited<ReturnType<typeof trainingPanel>>;
