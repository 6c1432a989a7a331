import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { FieldError } from "./field";
import { REGIONAL_GROUPS, type RegionalGroup } from "../../db/schema";

/** One thing to choose, listed under its group (a regional group, a region of the world). */
export interface Choice {
  value: string;
  label: string;
  group?: string;
}

export interface PickerFrame {
  name: string;
  /** When one page repeats a picker, each needs its own id (defaults to the name). */
  id?: string;
  label: string;
  hint?: string;
  /** A translation key from the `validation` section, as the server returned it. */
  error?: string;
  choices: Choice[];
}

/** Lists this long get a filter box once the page's JavaScript runs. */
export const FILTER_FROM = 12;

/** Accents and case left out, so "cote" finds "Côte d'Ivoire" and "sao" finds "São Paulo". */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

export function matches(choice: Choice, query: string): boolean {
  // No words typed: everything matches, without folding hundreds of labels on every render.
  if (query.trim() === "") return true;
  const text = fold(`${choice.label} ${choice.group ?? ""} ${choice.value}`.replace(/_/g, " "));
  return fold(query)
    .split(/\s+/)
    .every((word) => text.includes(word));
}

/** The choices under their groups, groups in the order of their first choice. */
export function grouped(choices: Choice[]): { group?: string; choices: Choice[] }[] {
  const groups = new Map<string | undefined, Choice[]>();
  for (const choice of choices) {
    const list = groups.get(choice.group) ?? [];
    list.push(choice);
    groups.set(choice.group, list);
  }
  return [...groups].map(([group, list]) => ({ group, choices: list }));
}

/** True once the page's JavaScript runs: the server's page, and the first render in the browser, lack it. */
export function useEnhanced(): boolean {
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  return enhanced;
}

export function ids(id: string, hint?: string, error?: string) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

/**
 * The filter box over a long list: typing narrows it, the count of what is shown is announced, and
 * Enter or ↓ goes into the list (Enter never sends the form from here).
 */
export function FilterBox({
  id,
  controls,
  query,
  onQuery,
  shown,
  total,
  intoList,
}: {
  id: string;
  /** The id of the list it narrows. */
  controls: string;
  query: string;
  onQuery: (query: string) => void;
  shown: number;
  total: number;
  intoList: () => void;
}) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === "ArrowDown") {
      event.preventDefault();
      intoList();
    }
  };
  return (
    <div className="picker-filter">
      <label htmlFor={`${id}-filter`}>{t("picker.filter")}</label>
      <input
        id={`${id}-filter`}
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-controls={controls}
        aria-describedby={`${id}-shown`}
        value={query}
        onChange={(event) => onQuery(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-shown`} role="status" className="picker-shown">
        {shown === 0 ? t("picker.noMatch", { query }) : t("picker.shown", { count: shown, total })}
      </p>
    </div>
  );
}

/**
 * Several choices from a long list (the members of a drafting group, co-signatories, participants).
 * Without JavaScript: checkboxes under their groups' headings, every one in view. With it, a filter
 * box above them, the list scrolls in its frame, ↑ and ↓ move between the boxes shown, and what is
 * chosen stays listed while the filter hides it.
 */
export function MultiPicker({
  name,
  id = name,
  label,
  hint,
  error,
  choices,
  defaultValue = [],
}: PickerFrame & { defaultValue?: string[] }) {
  const { t } = useTranslation();
  const enhanced = useEnhanced() && choices.length >= FILTER_FROM;
  const [query, setQuery] = useState("");
  const list = useRef<HTMLDivElement>(null);
  const [chosen, setChosen] = useState<string[]>(defaultValue);
  const { hintId, errorId, describedBy } = ids(id, hint, error);
  const shown = choices.filter((choice) => matches(choice, query));
  const visible = new Set(shown.map((choice) => choice.value));

  // Boxes ticked before the page's JavaScript ran count too.
  useEffect(() => {
    const boxes = list.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]:checked") ?? [];
    setChosen([...boxes].map((box) => box.value));
  }, []);
  const boxesShown = () =>
    [...(list.current?.querySelectorAll<HTMLInputElement>("input[type=checkbox]") ?? [])].filter(
      (box) => !box.closest("[hidden]"),
    );
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!enhanced || (event.key !== "ArrowDown" && event.key !== "ArrowUp")) return;
    const boxes = boxesShown();
    const at = boxes.indexOf(event.target as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    const next = boxes[at + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) next.focus();
    else if (event.key === "ArrowUp") document.getElementById(`${id}-filter`)?.focus();
  };
  const labels = new Map(choices.map((choice) => [choice.value, choice.label]));

  const box = (choice: Choice): ReactNode => (
    <div className="picker-choice" key={choice.value} hidden={!visible.has(choice.value)}>
      <input
        type="checkbox"
        id={`${id}-${choice.value}`}
        name={name}
        value={choice.value}
        defaultChecked={defaultValue.includes(choice.value)}
        aria-invalid={error ? true : undefined}
        onChange={(event: ChangeEvent<HTMLInputElement>) => {
          const { checked, value } = event.currentTarget;
          setChosen((before) => (checked ? [...before, value] : before.filter((each) => each !== value)));
        }}
      />
      <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
    </div>
  );

  return (
    <fieldset className="field picker" aria-describedby={describedBy}>
      <legend>{label}</legend>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {enhanced ? (
        <>
          <FilterBox
            id={id}
            controls={`${id}-list`}
            query={query}
            onQuery={setQuery}
            shown={shown.length}
            total={choices.length}
            intoList={() => boxesShown()[0]?.focus()}
          />
          <p className="picker-chosen">
            {chosen.length
              ? t("picker.chosen", { count: chosen.length, names: chosen.map((value) => labels.get(value)).join(", ") })
              : t("picker.noneChosen")}
          </p>
        </>
      ) : null}
      {/* The frame scrolls, and holds the boxes themselves, so the keyboard reaches all of it. */}
      <div
        id={`${id}-list`}
        className={enhanced ? "picker-list picker-list-scrolling" : "picker-list"}
        ref={list}
        onKeyDown={onListKey}
      >
        {grouped(choices).map(({ group, choices: members }) =>
          group ? (
            <fieldset key={group} className="picker-group" hidden={!members.some((m) => visible.has(m.value))}>
              <legend>{group}</legend>
              {members.map(box)}
            </fieldset>
          ) : (
            members.map(box)
          ),
        )}
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

export interface MemberChoice {
  slug: string;
  name: string;
  regionalGroup: RegionalGroup | null;
}

/** Members to choose several of (a drafting group, co-signatories, participants), by UN regional group. */
export function MemberPicker({
  members,
  ...picker
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  error?: string;
  members: MemberChoice[];
  defaultValue?: string[];
}) {
  const { t } = useTranslation();
  const order = (member: MemberChoice) =>
    member.regionalGroup ? REGIONAL_GROUPS.indexOf(member.regionalGroup) : REGIONAL_GROUPS.length;
  const choices = [...members]
    .sort((a, b) => order(a) - order(b))
    .map((member) => ({
      value: member.slug,
      label: member.name,
      group: t(`regionalGroups.${member.regionalGroup ?? "organisation"}`),
    }));
  return <MultiPicker {...picker} choices={choices} />;
}
