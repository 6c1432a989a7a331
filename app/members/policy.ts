// Who may do what with the network's members and people. Pure rules: routes ask them what to offer,
// commands enforce them (ensure(can(...))), tests/unit/members-policy.test.ts holds their table.
import type { PersonStatus } from "../../db/schema";
import { isSecretariat, type Viewer } from "~/auth/viewer";

/** A person as the rules need them. */
export interface PersonRef {
  id: number;
  status: PersonStatus;
}

/** A member's seat: its focal point who holds it now (not an alternate), if any. */
export interface Seat {
  memberId: number;
  holderId: number | null;
}

/** What each action is done to. */
interface Things {
  /** Invite a person (a focal point, an alternate, the secretariat). */
  invite: null;
  resendInvitation: PersonRef;
  revokeInvitation: PersonRef;
  /** End someone's access at once (their sessions too). */
  deactivate: PersonRef;
  addMember: null;
  /** Correct a member's names, group, capital, time zone or date of joining. */
  editMember: null;
  /** Invite a successor to a member's seat; the holder steps down on acceptance or at once. */
  handOver: Seat;
  editProfile: PersonRef;
  seeAuditLog: null;
  /** See who is invited to a member's seats but has not accepted yet, with what may be done about it. */
  seeInvitations: { memberId: number };
  /** Download the network's contact list (CSV, vCard) or one person's vCard. */
  downloadContacts: null;
  /** See what was done in a member's name (signed, published, handed over…), from which session. */
  seeActsInName: { memberId: number };
}
export type MemberAction = keyof Things;

const secretariatOnly = (viewer: Viewer) => isSecretariat(viewer);

const rules: { [A in MemberAction]: (viewer: Viewer, thing: Things[A]) => boolean } = {
  invite: secretariatOnly,
  addMember: secretariatOnly,
  editMember: secretariatOnly,
  seeAuditLog: secretariatOnly,
  seeInvitations: secretariatOnly,
  resendInvitation: (viewer, person) => isSecretariat(viewer) && person.status === "invited",
  revokeInvitation: (viewer, person) => isSecretariat(viewer) && person.status === "invited",
  // Not oneself: the secretariat could otherwise lock itself out of the network's administration.
  deactivate: (viewer, person) => isSecretariat(viewer) && person.status === "active" && person.id !== viewer.id,
  // The holder of the seat, not a second focal point of the same member, nor an alternate.
  handOver: (viewer, seat) =>
    isSecretariat(viewer) || (viewer.memberId === seat.memberId && !viewer.isAlternate && seat.holderId === viewer.id),
  editProfile: (viewer, person) => person.id === viewer.id,
  // The network's own people: every signed-in person is a focal point or the secretariat (never the public).
  downloadContacts: () => true,
  // Its own focal points and alternates, and the secretariat: other members see the outcome, not the acts.
  seeActsInName: (viewer, member) => isSecretariat(viewer) || viewer.memberId === member.memberId,
};

export function can<A extends MemberAction>(viewer: Viewer, action: A, thing: Things[A]): boolean {
  return rules[action](viewer, thing);
}
