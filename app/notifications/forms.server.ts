import { z } from "zod";
import { CADENCES, CATEGORIES, type Category } from "./categories";
import type { NotificationCadence } from "../../db/schema";

const cadence = z.enum(CADENCES as [NotificationCadence, ...NotificationCadence[]], { error: "validation.choice" });

/** Every category must be answered with one of the four cadences. */
export const preferencesForm = z.object(
  Object.fromEntries(CATEGORIES.map((category) => [category, cadence])) as Record<Category, typeof cadence>,
);

export const centreAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("markRead"), id: z.coerce.number().int().positive().max(2_147_483_647) }),
  z.object({ intent: z.literal("markAllRead") }),
]);

/** Watch, mute or go back to the default for one thing (see ./subscriptions.server). */
export const subscriptionForm = z.object({
  kind: z.enum(["discussion", "statement", "situation_group", "event"]),
  id: z.coerce.number().int().min(1).max(2_147_483_647),
  state: z.enum(["watch", "mute", "none"]),
});
