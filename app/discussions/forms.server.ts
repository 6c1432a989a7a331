import { z } from "zod";
import { fields } from "~/lib/forms.server";

const postBody = () => fields.text(10_000);

export const threadForm = z.object({ topic: fields.text(200), body: postBody() });

/** The thread page's forms, told apart by their intent. */
export const threadActionForm = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("reply"), body: postBody() }),
  z.object({
    intent: z.literal("hide"),
    post: z.coerce.number().int().min(1).max(2_147_483_647),
    reason: fields.text(300),
  }),
]);

export const editForm = z.object({ body: postBody() });
