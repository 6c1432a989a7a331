// Choosing one thing from a long list (a time zone among 400): kept apart from the several-choice
// pickers so that a page choosing members does not carry it.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "./field";
import { chosenValues, optionsHtml, type Choice } from "./options-html";
import { FILTER_FROM, FilterBox, ids, matches, useEnhanced, type PickerFrame } from "./picker";

/**
 * One choice from a long list (a time zone among 400). Without JavaScript a select with its options
 * under their groups; with it, a filter box above a list that shows what matches: Enter or ↓ in the box
 * chooses the first match and goes into the list, where the arrow keys move on among the matches.
 * `value` and `onChange` as a select's, for a page that follows the choice.
 */
export function SinglePicker({
  name,
  id = name,
  label,
  hint,
  error,
  choices,
  value,
  defaultValue,
  onChange,
}: PickerFrame & { value?: string; defaultValue?: string; onChange?: (value: string) => void }) {
  const mounted = useEnhanced();
  const enhanced = mounted && choices.length >= FILTER_FROM;
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState(value ?? defaultValue ?? "");
  const current = value ?? chosen;
  const choose = (next: string) => {
    setChosen(next);
    onChange?.(next);
  };
  const select = useRef<HTMLSelectElement>(null);
  // A choice made before the page's JavaScript ran counts.
  useEffect(() => {
    if (select.current && select.current.value !== current) choose(select.current.value);
    // Once, when the select is first in the browser's hands.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const { hintId, errorId, describedBy } = ids(id, hint, error);
  const shown = enhanced ? choices.filter((choice) => matches(choice, query)) : choices;
  const visible = enhanced && query ? new Set(shown.map((choice) => choice.value)) : null;
  // The same HTML whatever is chosen once the page's JavaScript runs (the select's value marks the choice),
  // so React writes the options again only when the filter changes.
  const html = optionsHtml(choices, chosenValues(mounted ? null : current), visible);
  return (
    <div className="field picker">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {enhanced ? (
        <FilterBox
          id={id}
          controls={id}
          query={query}
          onQuery={setQuery}
          shown={shown.length}
          total={choices.length}
          intoList={() => {
            // Enter or ↓ takes the first zone shown, as typing "Paris" and Enter should.
            const first = shown[0];
            if (first) choose(first.value);
            select.current?.focus();
          }}
        />
      ) : null}
      <select
        ref={select}
        id={id}
        name={name}
        size={enhanced ? 8 : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={current}
        onChange={(event) => choose(event.currentTarget.value)}
        dangerouslySetInnerHTML={{ __html: html }}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}

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
  const regions = new Map(REGIONS.map((region) => [region, regionName(region)]));
  return list.map((zone): Choice => {
    const { region, label } = zonePlace(zone);
    return region ? { value: zone, label, group: regions.get(region) } : { value: zone, label };
  });
}

/** "Europe/Paris" as its region and place, worked out once per zone: the list is drawn on every profile page. */
const places = new Map<string, { region: Region | null; label: string }>();
function zonePlace(zone: string) {
  let known = places.get(zone);
  if (!known) {
    const [region = "", ...place] = zone.split("/");
    known =
      isRegion(region) && place.length > 0
        ? { region, label: place.join(" / ").replace(/_/g, " ") }
        : { region: null, label: zone.replace(/_/g, " ") };
    places.set(zone, known);
  }
  return known;
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
