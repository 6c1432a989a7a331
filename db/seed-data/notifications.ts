// How a few seeded people chose to hear from the portal: busy officials batch the steady flow.
import type { NotificationCadence } from "../schema";

export const notificationPreferences: { email: string; cadences: Record<string, NotificationCadence> }[] = [
  { email: "claire.hartley@secretariat.example.org", cadences: { amendments: "daily", events: "daily" } },
  {
    email: "camille.lefevre@diplomatie-france.example.org",
    cadences: { amendments: "daily", events: "weekly", minutes: "weekly" },
  },
  { email: "heather.macleod@international-canada.example.org", cadences: { events: "off", publications: "weekly" } },
  {
    email: "matteo.ricciardi@eeas-eu.example.org",
    cadences: { amendments: "immediate", silence_procedure: "immediate", events: "daily" },
  },
];
