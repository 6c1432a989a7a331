// Who may read a person's data ("Download my data"). Pure rules: the routes enforce them
// (ensure(can(...))), tests/unit/personal-data-policy.test.ts holds their table. A person reads
// their own data only: not the secretariat, not a colleague of the same member.
import type { Viewer } from "~/auth/viewer";

/** Whose data is asked for. */
export interface DataSubject {
  personId: number;
}

interface Things {
  /** See one's data as a page. */
  see: DataSubject;
  /** Download it as a JSON file. */
  download: DataSubject;
}
export type PersonalDataAction = keyof Things;

const ownOnly = (viewer: Viewer, subject: DataSubject) => subject.personId === viewer.id;

const rules: { [A in PersonalDataAction]: (viewer: Viewer, thing: Things[A]) => boolean } = {
  see: ownOnly,
  download: ownOnly,
};

export function can<A extends PersonalDataAction>(viewer: Viewer, action: A, thing: Things[A]): boolean {
  return rules[action](viewer, thing);
}
