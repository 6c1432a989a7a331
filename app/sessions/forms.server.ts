// The sessions page's forms: end one session (by its id), or every one but this.
import { z } from "zod";

export const sessionAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("end"), session: z.string().min(1).max(100) }),
  z.object({ intent: z.literal("end_others") }),
]);

export const sessionsNotice = z.object({
  ended: z.coerce.number().int().min(0).max(10_000).optional().catch(undefined),
});
