import { useTranslation } from "react-i18next";
import { SinglePicker, type Choice } from "./picker";

const REGIONS = [
  "Africa",
  "America",
  "Antarctica",
  "Arctic",
  "Asia",
  "Atlantic",
  "Australia",
  "Europe",
  "Indian",
  "Pacific",
] as const;
type Region = (typeof REGIONS)[number];
const isRegion = (text: string): text is Region => (REGIONS as readonly string[]).includes(text);

/**
 * The time zones to choose from, each under its region ("Europe" › "Paris"), with the current one among
 * them even when it is not in the list (Intl lists "Asia/Kolkata" but not "UTC" or older names such as
 * "Asia/Calcutta"), so that saving a form never silently moves someone to the first zone of the list.
 */
export function timeZoneChoices(zones: readonly string[], current: string, regionName: (region: Region) => string) {
  const list = zones.includes(current) ? zones : [current, ...zones];
  return list.map((zone): Choice => {
    const [region = "", ...place] = zone.split("/");
    if (!isRegion(region) || place.length === 0) return { value: zone, label: zone.replace(/_/g, " ") };
    return { value: zone, label: place.join(" / ").replace(/_/g, " "), group: regionName(region) };
  });
}

/** A time zone among the 400 the browser knows: a select by region, searchable once JavaScript runs. */
export function TimeZonePicker({
  zones,
  current,
  ...picker
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  zones: readonly string[];
  /** The zone chosen now (kept in the list even when the browser does not know it). */
  current: string;
  value?: string;
  defaultValue?: string;
  onChange?: (zone: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <SinglePicker {...picker} choices={timeZoneChoices(zones, current, (region) => t(`timeZoneRegions.${region}`))} />
  );
}
