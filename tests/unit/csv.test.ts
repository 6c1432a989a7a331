import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "~/lib/csv";

const cells = (value: string) => toCsv([[value]], "en").slice(1, -2); // without the byte-order mark and line end

describe("CSV cells a spreadsheet could run as formulas", () => {
  it("are text wherever a spreadsheet starts a cell: at its start, and after a semicolon (French Excel)", () => {
    expect(cells('=HYPERLINK("http://evil.example")')).toBe('"\'=HYPERLINK(""http://evil.example"")"');
    expect(cells("+1")).toBe(`"'+1"`);
    expect(cells("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(cells("Report; =1+1")).toBe(`"Report;' =1+1"`);
    expect(cells("a;=cmd|' /C calc'!A0")).toBe(`"a;'=cmd|' /C calc'!A0"`);
    expect(cells('a;"=1+1"')).toBe(`"a;'""=1+1"""`);
    expect(cells("x;-2;+3;@A1")).toBe(`"x;'-2;'+3;'@A1"`);
    // Ordinary text is left alone, semicolons included.
    expect(cells("Côte d'Ivoire")).toBe("Côte d'Ivoire");
    expect(cells("drafting; in progress")).toBe("drafting; in progress");
    expect(cells("a, b")).toBe('"a, b"');
    expect(toCsv([[42, "x"]], "en")).toBe("\uFEFF42,x\r\n");
    // Behind spaces or a quote, a formula is still one; inside a cell, a sign or an @ is text.
    expect(cells("  =1+1")).toBe(`"'  =1+1"`);
    expect(cells("\t=1")).toBe(`"'\t=1"`);
    expect(cells("Lee Seo-yeon")).toBe("Lee Seo-yeon");
    expect(cells("lee.seoyeon@mofa.example.org")).toBe("lee.seoyeon@mofa.example.org");
    expect(cells("+82 2 2100 2114")).toBe(`"'+82 2 2100 2114"`);
  });

  it("are separated as each language's spreadsheets expect: ';' and a decimal comma in French and Spanish", () => {
    const rows = [
      ["Côte d'Ivoire", 0.25, "a, b"],
      ["x;y", -2, "=1+1"],
    ];
    expect(toCsv(rows, "en")).toBe(`\uFEFFCôte d'Ivoire,0.25,"a, b"\r\nx;y,"'-2","'=1+1"\r\n`);
    expect(toCsv(rows, "fr")).toBe(`\uFEFFCôte d'Ivoire;0,25;a, b\r\n"x;y";"'-2";"'=1+1"\r\n`);
    expect(toCsv(rows, "es")).toBe(`\uFEFFCôte d'Ivoire;0,25;a, b\r\n"x;y";"'-2";"'=1+1"\r\n`);
  });
});

describe("reading a CSV file", () => {
  it("reads commas, or semicolons when the header holds more of them, with quoted cells and a BOM", () => {
    expect(parseCsv('a,b\r\n1,"x, ""y"""\n')).toEqual([
      ["a", "b"],
      ["1", 'x, "y"'],
    ]);
    expect(parseCsv('\uFEFFmember;name\r\nCôte d\'Ivoire;"Koné; Aminata"')).toEqual([
      ["member", "name"],
      ["Côte d'Ivoire", "Koné; Aminata"],
    ]);
    expect(parseCsv('a,b\n"line one\nline two",2\n')).toEqual([
      ["a", "b"],
      ["line one\nline two", "2"],
    ]);
  });
});
