// The time-zone picker writes its options as HTML by hand (optionsHtml, app/components/time-zone-picker.tsx): what a
// browser makes of that HTML is what a person chooses from, so it is read back here through a parser.
import { Parser } from "htmlparser2";
import { describe, expect, it } from "vitest";
import { optionsHtml, timeZoneChoices } from "~/components/time-zone-picker";

interface Read {
  groups: { label: string; options: string[] }[];
  options: { value: string; label: string; selected: boolean }[];
}

function read(html: string): Read {
  const found: Read = { groups: [], options: [] };
  let option: Read["options"][number] | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (tag === "optgroup") found.groups.push({ label: attributes.label ?? "", options: [] });
        if (tag === "option") {
          option = { value: attributes.value ?? "", label: "", selected: "selected" in attributes };
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
    const html = read(optionsHtml(zones, "Asia/Seoul"));
    expect(html.groups.map((group) => [group.label, group.options])).toEqual([
      ["Europe", ["Europe/Paris", "Europe/Zurich"]],
      ["Asia", ["Asia/Seoul"]],
    ]);
    expect(html.options.filter((option) => option.selected).map((option) => option.value)).toEqual(["Asia/Seoul"]);
  });

  it("keeps names with quotes and markup as text, never as HTML", () => {
    const hostile = [
      { value: 'x" selected onfocus="alert(1)', label: '<b>Côte d\'Ivoire</b> & "friends"' },
      { value: "plain", label: "Plain" },
    ];
    const html = read(optionsHtml(hostile, "plain"));
    expect(html.options).toEqual([
      {
        value: 'x" selected onfocus="alert(1)',
        label: '<b>Côte d\'Ivoire</b> & "friends"',
        selected: false,
      },
      { value: "plain", label: "Plain", selected: true },
    ]);
    expect(html.groups).toEqual([]);
  });

  it("lists a person's zone the list lacks first, outside the regions; marks nothing when nothing is chosen", () => {
    const html = read(
      optionsHtml(
        timeZoneChoices(["Europe/Paris", "Asia/Seoul"], "UTC", (region) => region),
        "UTC",
      ),
    );
    expect(html.options.map((option) => [option.value, option.selected])).toEqual([
      ["UTC", true],
      ["Europe/Paris", false],
      ["Asia/Seoul", false],
    ]);
    expect(html.groups.map((group) => [group.label, group.options])).toEqual([
      ["Europe", ["Europe/Paris"]],
      ["Asia", ["Asia/Seoul"]],
    ]);
    expect(read(optionsHtml(zones, undefined)).options.some((option) => option.selected)).toBe(false);
  });
});
