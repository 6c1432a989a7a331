// The secretariat's retention form: the period, in whole months.
import { z } from "zod";
import { MAX_MONTHS, MIN_MONTHS } from "./policy";

const MESSAGE = "validation.retentionMonths";

export const retentionForm = z.object({
  months: z.coerce.number(MESSAGE).int(MESSAGE).min(MIN_MONTHS, MESSAGE).max(MAX_MONTHS, MESSAGE),
});
