/** When invited people may be reminded before a Global Call, in minutes: 14 days down to 15 minutes. */
export const REMINDER_OFFSETS = [20160, 10080, 4320, 1440, 180, 60, 15] as const;
/** 7 days, 24 hours and 1 hour before, unless the secretariat chooses otherwise. */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [10080, 1440, 60];
