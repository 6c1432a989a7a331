// Who may do what with passkeys, and how a person confirms an act of state: the rules' table.
import { describe, expect, it } from "vitest";
import { can, canSign, stepUpMethod, type PasskeyAction } from "~/passkeys/policy";
import { viewer } from "../helpers/viewers";

const secretariat = viewer(1, "secretariat", null);
const focalPoint = viewer(2, "focal_point", 10);
const alternate = viewer(3, "focal_point", 10, true);

describe("who may do what with passkeys", () => {
  const cases: [string, ReturnType<typeof viewer>, PasskeyAction, number | undefined, boolean][] = [
    ["anyone registers their own", focalPoint, "register", undefined, true],
    ["the secretariat registers its own", secretariat, "register", undefined, true],
    ["a person renames their own", focalPoint, "rename", 2, true],
    ["a person does not rename another's", focalPoint, "rename", 3, false],
    ["a person removes their own", alternate, "remove", 3, true],
    ["the secretariat does not remove another's from their profile", secretariat, "remove", 2, false],
    ["the secretariat resets a focal point's", secretariat, "reset", 2, true],
    ["the secretariat does not reset its own (it removes them)", secretariat, "reset", 1, false],
    ["a focal point does not reset another's", focalPoint, "reset", 3, false],
    ["a focal point does not reset their own", focalPoint, "reset", 2, false],
    ["the secretariat requires passkeys", secretariat, "require", undefined, true],
    ["a focal point does not", focalPoint, "require", undefined, false],
  ];
  it.each(cases)("%s", (_case, who, action, personId, allowed) => {
    expect(can(who, action, personId === undefined ? undefined : { personId })).toBe(allowed);
  });

  it("counts focal points and alternates as signing in a member's name, not the secretariat", () => {
    expect([focalPoint, alternate, secretariat].map(canSign)).toEqual([true, true, false]);
  });
});

describe("how an act of state is confirmed", () => {
  const cases: [string, Parameters<typeof stepUpMethod>[0], ReturnType<typeof stepUpMethod>][] = [
    [
      "a passkey holder: with it, never a code",
      { hasPasskey: true, required: false, canSign: true, registering: false },
      "passkey",
    ],
    [
      "a passkey holder adding another: with the one they have",
      { hasPasskey: true, required: true, canSign: true, registering: true },
      "passkey",
    ],
    [
      "without a passkey, nothing required: an emailed code",
      { hasPasskey: false, required: false, canSign: true, registering: false },
      "email_code",
    ],
    [
      "a signer without one where passkeys are required: adds one first",
      { hasPasskey: false, required: true, canSign: true, registering: false },
      "register_passkey",
    ],
    [
      "adding that first passkey: by emailed code, so nobody is locked out",
      { hasPasskey: false, required: true, canSign: true, registering: true },
      "email_code",
    ],
    [
      "the secretariat, who does not sign, where passkeys are required: a code",
      { hasPasskey: false, required: true, canSign: false, registering: false },
      "email_code",
    ],
  ];
  it.each(cases)("%s", (_case, facts, method) => {
    expect(stepUpMethod(facts)).toBe(method);
  });
});
