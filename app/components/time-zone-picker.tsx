// Choosing one thing from a long list (a time zone among 400): kept apart from the several-choice
// pickers so that a page choosing members does not carry it.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { escapeHtml } from "~/lib/html";
import { FieldError } from "./field";
import { FILTER_FROM, FilterBox, grouped, ids, matches, useEnhanced, type Choice, type PickerFrame } from "./picker";

/**
 * The options of a long select as one HTML string, under their groups: React takes about 2 µs to write each
 * option, 0.9 ms for the 400 time zones on every page with one; this string, 0.05 ms. `selected` marks the
 * choice the page opens with (in the browser, the select's value follows what is chosen after).
 */
export function optionsHtml(choices: Choice[], selected: string | undefined): string {
  const option = (choice: Choice) =>
    `<option value="${escapeHtml(choice.value)}"${choice.value === selected ? " selected" : ""}>${escapeHtml(
      choice.label,
    )}</option>`;
  return grouped(choices)
    .map(({ group, choices: options }) => {
      const html = options.map(option).join("");
      return group === undefined ? html : `<optgroup label="${escapeHtml(group)}">${html}</optgroup>`;
    })
    .join("");
}

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
  const enhanced = useEnhanced() && choices.length >= FILTER_FROM;
  const [query, setQuery] = useState("");
  const select = useRef<HTMLSelectElement>(null);
  const { hintId, errorId, describedBy } = ids(id, hint, error);
  const shown = choices.filter((choice) => matches(choice, query));
  // The options are HTML React leaves as written, the same whatever is chosen after the page opened: the filter
  // hides and shows them where they are, so what is chosen stays chosen and the list where it was.
  const [opening] = useState(value ?? defaultValue);
  useEffect(() => {
    // A region left empty is hidden by the style sheet (app.css).
    const values = new Set(shown.map((choice) => choice.value));
    for (const option of select.current?.options ?? []) option.hidden = !values.has(option.value);
  });
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
            if (first && select.current) {
              if (onChange) onChange(first.value);
              else select.current.value = first.value;
            }
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
        value={value}
        defaultValue={defaultValue}
        onChange={onChange && ((event) => onChange(event.currentTarget.value))}
        dangerouslySetInnerHTML={{ __html: optionsHtml(choices, opening) }}
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
