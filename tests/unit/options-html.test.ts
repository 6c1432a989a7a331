// The options of long selects are written as HTML by hand (app/components/options-html.ts): what a
// browser makes of that HTML is what a person chooses from, so it is read back here through a parser.
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { chosenValues, optionsHtml } from "~/components/options-html";

interface Read {
  groups: { label: string; hidden: boolean; options: string[] }[];
  options: { value: string; label: string; selected: boolean; hidden: boolean }[];
}

function read(html: string): Read {
  const found: Read = { groups: [], options: [] };
  let option: Read["options"][number] | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === "optgroup")
          found.groups.push({ label: attributes.label ?? "", hidden: "hidden" in attributes, options: [] });
        if (tag === "option") {
          option = {
            value: attributes.value ?? "",
            label: "",
            selected: "selected" in attributes,
            hidden: "hidden" in attributes,
          };
          found.options.push(option);
          found.groups.at(-1)?.options.push(option.value);
        }
      },
      ontext(text) {
        if (option) option.label += text;
      },
      onclosetag(tag) {
        if (tag === "option") option = null;
      },
    },
    { decodeEntities: true },
  );
  parser.write(`<select>${html}</select>`);
  parser.end();
  return found;
}

const zones = [
  { value: "Europe/Paris", label: "Paris", group: "Europe" },
  { value: "Europe/Zurich", label: "Zurich", group: "Europe" },
  { value: "Asia/Seoul", label: "Seoul", group: "Asia" },
];

describe("the options of a long select", () => {
  it("lists every choice under its group, in order, the chosen one marked", () => {
    const html = read(optionsHtml(zones, chosenValues("Asia/Seoul")));
    expect(html.groups.map((group) => [group.label, group.options])).toEqual([
      ["Europe", ["Europe/Paris", "Europe/Zurich"]],
      ["Asia", ["Asia/Seoul"]],
    ]);
    expect(html.options.filter((option) => option.selected).map((option) => option.value)).toEqual(["Asia/Seoul"]);
    expect(html.options.some((option) => option.hidden)).toBe(false);
  });

  it("keeps names with quotes and markup as text, never as HTML", () => {
    const hostile = [
      { value: 'x" selected onfocus="alert(1)', label: '<b>Côte d\'Ivoire</b> & "friends"' },
      { value: "plain", label: "Plain" },
    ];
    const html = read(optionsHtml(hostile, chosenValues("plain")));
    expect(html.options).toEqual([
      {
        value: 'x" selected onfocus="alert(1)',
        label: '<b>Côte d\'Ivoire</b> & "friends"',
        selected: false,
        hidden: false,
      },
      { value: "plain", label: "Plain", selected: true, hidden: false },
    ]);
    expect(html.groups).toEqual([]);
  });

  it("marks several choices of a multiple select, and hides what a filter leaves out with its empty groups", () => {
    expect(chosenValues(["1", "3"])).toEqual(new Set(["1", "3"]));
    expect(chosenValues(undefined).size).toBe(0);
    const html = read(optionsHtml(zones, chosenValues(null), new Set(["Asia/Seoul"])));
    expect(html.groups.map((group) => [group.label, group.hidden])).toEqual([
      ["Europe", true],
      ["Asia", false],
    ]);
    expect(html.options.filter((option) => !option.hidden).map((option) => option.value)).toEqual(["Asia/Seoul"]);
  });
});
