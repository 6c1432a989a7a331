import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readMessage } from "~/lib/field-message";
import { fields, isCalendarMonth, parseForm } from "~/lib/forms.server";

const form = (values: Record<string, string>) => new URLSearchParams(values);

describe("reading a form", () => {
  it("tells a text over its limit what the limit is, whether or not the rule named a message", () => {
    const schema = z.object({ title: fields.text(10), member: z.string().max(5) });
    const refused = parseForm(schema, form({ title: "A title far too long", member: "Republic" }));
    expect(refused.success).toBe(false);
    if (refused.success) return;
    expect(readMessage(refused.errors.title!)).toEqual({ key: "validation.tooLong", values: { max: 10 } });
    expect(readMessage(refused.errors.member!)).toEqual({ key: "validation.tooLong", values: { max: 5 } });
    expect(refused.values.title).toBe("A title far too long"); // what was typed comes back
  });

  it("keeps a capability's own message and reads other messages as plain keys", () => {
    const schema = z.object({ time: z.string().regex(/^\d\d:\d\d$/, "calendar:validation.time"), name: fields.text() });
    const refused = parseForm(schema, form({ time: "noon", name: "" }));
    if (refused.success) throw new Error("expected a refusal");
    expect(refused.errors).toEqual({ time: "calendar:validation.time", name: "validation.required" });
    expect(readMessage("validation.required")).toEqual({ key: "validation.required", values: {} });
  });
});

describe("what no field accepts", () => {
  it("refuses a NUL byte or another control character in any field, and keeps the rest of the form", () => {
    const schema = z.object({ name: fields.text(), member: z.string(), note: fields.optionalText() });
    const refused = parseForm(
      schema,
      form({ name: "Lee\u0000", member: "korea\u0007", note: "Line one\r\n\tLine two" }),
    );
    if (refused.success) throw new Error("expected a refusal");
    expect(refused.errors).toEqual({ name: "validation.characters", member: "validation.characters" });
    expect(refused.values.note).toBe("Line one\r\n\tLine two"); // tabs and line breaks are text
  });

  it("takes only days and months that exist on the calendar", () => {
    const schema = z.object({ on: fields.date(), until: fields.optionalDate() });
    for (const day of ["2026-02-30", "2026-13-01", "2026-04-31", "0000-01-01", "9999-12-31", "2026-2-3"]) {
      expect(parseForm(schema, form({ on: day })).success, day).toBe(false);
      expect(parseForm(schema, form({ on: "2026-03-01", until: day })).success, day).toBe(false);
    }
    expect(parseForm(schema, form({ on: "2028-02-29", until: "" })).success).toBe(true);
    expect(isCalendarMonth("2026-12")).toBe(true);
    expect(isCalendarMonth("9999-12")).toBe(false);
    expect(isCalendarMonth("2026-00")).toBe(false);
  });
});
