// Retention: a focal point who stepped down keeps their details on the portal for a period the
// secretariat sets (24 months unless changed); a month before it ends they are warned, and then the
// details are reduced to their name and member, which stay on what they did (signatures, reports).
// Pure rules; tests/unit/retention-policy.test.ts holds their table.
import { isSecretariat, type Viewer } from "~/auth/viewer";

export const DEFAULT_MONTHS = 24;
export const MIN_MONTHS = 6;
export const MAX_MONTHS = 120;
/** The warning comes this long before, and a reduction never comes sooner after a warning. */
export const NOTICE_DAYS = 30;
const DAY = 86_400_000;

export type RetentionAction = "set_period";

export function can(viewer: Pick<Viewer, "role">, _action: RetentionAction): boolean {
  return isSecretariat(viewer);
}

/** `months` calendar months after `at` (UTC), for a period counted from a step-down. */
export function monthsAfter(at: Date, months: number): Date {
  const end = new Date(at);
  end.setUTCMonth(end.getUTCMonth() + months);
  return end;
}

export interface SteppedDown {
  deactivatedAt: Date;
  warnedAt: Date | null;
}

/** When the details are reduced: the period's end, but never less than a notice period after the warning. */
export function reductionDate(person: SteppedDown, months: number): Date {
  const end = monthsAfter(person.deactivatedAt, months);
  if (!person.warnedAt) return end;
  const afterWarning = new Date(person.warnedAt.getTime() + NOTICE_DAYS * DAY);
  return afterWarning > end ? afterWarning : end;
}

/** What is due for a stepped-down person now: a warning, the reduction, or nothing yet. */
export function retentionStep(person: SteppedDown, months: number, at: Date): "warn" | "reduce" | null {
  if (!person.warnedAt) {
    return at.getTime() >= monthsAfter(person.deactivatedAt, months).getTime() - NOTICE_DAYS * DAY ? "warn" : null;
  }
  return at >= reductionDate(person, months) ? "reduce" : null;
}
