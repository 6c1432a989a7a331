// The onboarding pages' forms and query strings, read at the edge.
import { z } from "zod";
import { REGIONAL_GROUPS } from "../../db/schema";
import { fields, pageQuery } from "~/lib/forms.server";

const id = (message = "validation.choice") =>
  z.coerce
    .number(message)
    .int(message)
    .positive(message)
    .max(2 ** 31 - 1, message);

/** The overview's filters: who to show, of which regional group, in which order. */
export const overviewQuery = pageQuery.extend({
  state: z.enum(["all", "invited", "unpaired", "inactive"]).catch("all"),
  group: z.enum([...REGIONAL_GROUPS, ""]).catch(""),
  sort: z.enum(["appointed", "name", "member"]).catch("appointed"),
});

/** Which newcomer the pairing form is for, or which group a regional pairing gathers. */
export const pairingPageQuery = z.object({
  newcomer: id().optional().catch(undefined),
  group: z.enum(REGIONAL_GROUPS).optional().catch(undefined),
});

/** A mentor for a newcomer. */
export const mentorForm = z.object({ newcomer: id(), mentor: id() });

/** A named pairing of a few people of one regional group. */
export const regionalForm = z.object({
  name: fields.text(120),
  group: z.enum(REGIONAL_GROUPS, "validation.choice"),
  people: z.preprocess(
    (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
    z.array(id()).min(2, "members:pairing.errors.fewPeople").max(30, "validation.invalid"),
  ),
});

/** Ending a pairing, from the overview. */
export const endForm = z.object({ intent: z.literal("end"), pairing: id("validation.invalid") });
