// The member page finds the seat's holder among the people it lists, as the handover's query does.
import { describe, expect, it } from "vitest";
import { seatAmong } from "~/members/queries.server";

const person = (id: number, status: string, isAlternate: boolean, activatedAt: string | null) => ({
  id,
  status,
  isAlternate,
  activatedAt: activatedAt ? new Date(activatedAt) : null,
});

describe("a member's seat", () => {
  it("is held by the active focal point seated last, never an alternate or someone invited", () => {
    const people = [
      person(1, "active", false, "2022-03-01T00:00:00Z"),
      person(2, "active", true, "2025-01-01T00:00:00Z"),
      person(3, "invited", false, null),
      person(4, "active", false, "2024-06-01T00:00:00Z"),
    ];
    expect(seatAmong(7, people)).toEqual({ memberId: 7, holderId: 4 });
  });

  it("is vacant with nobody active in it", () => {
    expect(
      seatAmong(7, [person(2, "active", true, "2025-01-01T00:00:00Z"), person(3, "invited", false, null)]),
    ).toEqual({ memberId: 7, holderId: null });
  });
});
