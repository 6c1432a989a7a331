// The forms of asking the secretariat, read at the edge.
import { z } from "zod";
import { fields, pageQuery } from "~/lib/forms.server";

const SUBJECT_MAX = 200;
const BODY_MAX = 10_000;

/** A member's inquiry or project proposal. */
export const askForm = z.object({
  kind: z.enum(["inquiry", "project_proposal"], "validation.choice"),
  subject: fields.text(SUBJECT_MAX),
  body: fields.text(BODY_MAX),
});

/** A visitor's question about joining, from the public site (no account). */
export const joinForm = z.object({
  name: fields.text(200),
  email: fields.email(),
  organisation: fields.text(200),
  message: fields.text(5_000),
});

/** The secretariat's two acts on an inquiry. */
export const inquiryAction = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("status"), status: z.enum(["received", "in_progress"], "validation.choice") }),
  z.object({ intent: z.literal("answer"), answer: fields.text(BODY_MAX) }),
]);

/** The queue's filter: open (received or in progress) by default, or one status, or all. */
export const queueQuery = pageQuery.extend({
  status: z.enum(["received", "in_progress", "answered", "open", "all"]).catch("open"),
});
