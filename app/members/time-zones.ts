/**
 * The time zones to choose from, with the current one among them even when it is not in the list
 * (Intl lists "Asia/Kolkata" but not "UTC" or older names such as "Asia/Calcutta"), so that saving
 * a form never silently moves someone to the first zone of the list.
 */
export function timeZoneOptions(zones: readonly string[], current: string) {
  const list = zones.includes(current) ? zones : [current, ...zones];
  return list.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }));
}
