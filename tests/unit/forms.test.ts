import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readMessage } from "~/lib/field-message";
import { fields, parseForm } from "~/lib/forms.server";

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

describe("reading odd input", () => {
  it("refuses a NUL byte and a date that does not exist, giving back what was typed", () => {
    const schema = z.object({ name: fields.text(), joinedOn: fields.date() });
    const refused = parseForm(schema, form({ name: "Ana\u0000", joinedOn: "2026-02-30" }));
    if (refused.success) throw new Error("expected a refusal");
    expect(refused.errors).toEqual({ name: "validation.invalid", joinedOn: "validation.date" });
    expect(refused.values).toEqual({ name: "Ana\u0000", joinedOn: "2026-02-30" });
    expect(parseForm(schema, form({ name: "Ana", joinedOn: "2024-02-29" })).success).toBe(true);
  });
});
