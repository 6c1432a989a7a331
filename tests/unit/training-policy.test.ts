// Issue 22: who may register for a training, cancel, see the list and the materials, case by case.
import { describe, expect, it } from "vitest";
import { can as canInLibrary } from "~/library/policy";
import { can, type TrainingAction, type TrainingFacts } from "~/training/policy";
import { viewer } from "../helpers/viewers";

const secretariat = viewer(1, "secretariat", null);
const focalPoint = viewer(2, "focal_point", 10);
const alternate = viewer(3, "focal_point", 10, true);
const viewers = { secretariat, focalPoint, alternate, nobody: null };
type Who = keyof typeof viewers;

const AT = new Date("2027-06-01T12:00:00Z");
const training: TrainingFacts = {
  type: "training",
  status: "scheduled",
  startsAt: new Date("2027-06-17T14:00:00Z"),
  mine: null,
};
const registered: TrainingFacts = { ...training, mine: "registered" };
const waiting: TrainingFacts = { ...training, mine: "waiting" };
const started: TrainingFacts = { ...training, startsAt: new Date("2027-06-01T11:00:00Z") };
const startedRegistered: TrainingFacts = { ...started, mine: "registered" };
const cancelled: TrainingFacts = { ...training, status: "cancelled" };
const cancelledRegistered: TrainingFacts = { ...cancelled, mine: "registered" };
const forum: TrainingFacts = { ...training, type: "national_forum" };
const things = { training, registered, waiting, started, startedRegistered, cancelled, cancelledRegistered, forum };
type Thing = keyof typeof things;

const cases: [Who, TrainingAction, Thing, boolean][] = [
  // Anyone signed in registers, once, while the training is ahead and scheduled.
  ["focalPoint", "register", "training", true],
  ["alternate", "register", "training", true],
  ["secretariat", "register", "training", true],
  ["nobody", "register", "training", false],
  ["focalPoint", "register", "registered", false],
  ["focalPoint", "register", "waiting", false],
  ["focalPoint", "register", "started", false],
  ["focalPoint", "register", "cancelled", false],
  ["focalPoint", "register", "forum", false],
  // Only one's own live registration is cancelled, before the start.
  ["focalPoint", "cancelRegistration", "registered", true],
  ["focalPoint", "cancelRegistration", "waiting", true],
  ["focalPoint", "cancelRegistration", "training", false],
  ["focalPoint", "cancelRegistration", "startedRegistered", false],
  ["focalPoint", "cancelRegistration", "cancelledRegistered", false],
  ["nobody", "cancelRegistration", "registered", false],
  // The list of names is the organiser's.
  ["secretariat", "seeRegistrants", "training", true],
  ["secretariat", "seeRegistrants", "started", true],
  ["secretariat", "seeRegistrants", "forum", false],
  ["focalPoint", "seeRegistrants", "registered", false],
  ["nobody", "seeRegistrants", "training", false],
  // Materials: those with a seat and the secretariat, also once it started.
  ["secretariat", "seeMaterials", "training", true],
  ["focalPoint", "seeMaterials", "registered", true],
  ["focalPoint", "seeMaterials", "startedRegistered", true],
  ["focalPoint", "seeMaterials", "waiting", false],
  ["focalPoint", "seeMaterials", "training", false],
  ["secretariat", "seeMaterials", "forum", false],
  ["nobody", "seeMaterials", "registered", false],
  // The secretariat organises the training and prepares its materials.
  ["secretariat", "attachMaterials", "training", true],
  ["secretariat", "attachMaterials", "started", true],
  ["focalPoint", "attachMaterials", "registered", false],
  ["secretariat", "attachMaterials", "forum", false],
  ["nobody", "attachMaterials", "training", false],
];

describe("a training's registrations", () => {
  it.each(cases)("%s may %s on %s: %s", (who, action, thing, expected) => {
    expect(can(viewers[who], action, things[thing], AT)).toBe(expected);
  });
});

describe("a file attached to a training, by the library's rule", () => {
  const owner = { kind: "event" as const, type: "training" as const, registered: [focalPoint.id] };
  it.each([
    [secretariat, true, true],
    [focalPoint, true, false],
    [alternate, false, false],
  ])("%#: reads %s, attaches %s", (who, reads, attaches) => {
    expect(canInLibrary(who, "read", { owner, uploadedBy: null })).toBe(reads);
    expect(canInLibrary(who, "attach", owner)).toBe(attaches);
  });
});
