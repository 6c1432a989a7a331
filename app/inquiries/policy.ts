// Who may ask the secretariat, read an inquiry and answer it: pure rules, asked by pages (what to
// offer) and enforced by the commands. An inquiry is its member's and the secretariat's: the focal
// points of the member that asked see it, nobody else learns that it exists.
import type { InquiryStatus } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";

/** What the rules look at in an inquiry. */
export interface InquiryFacts {
  /** The member that asked; null for a visitor's question from the public site. */
  memberId: number | null;
  status: InquiryStatus;
}

export type InquiryAction =
  | "read"
  /** Mark it received or in progress. */
  | "setStatus"
  /** Write the answer, which is emailed to whoever asked; an answered inquiry is closed. */
  | "answer";

type Asker = Pick<Viewer, "role" | "memberId"> | null;

const RULES: Record<InquiryAction, (viewer: NonNullable<Asker>, inquiry: InquiryFacts) => boolean> = {
  read: (viewer, inquiry) =>
    viewer.role === "secretariat" || (inquiry.memberId !== null && viewer.memberId === inquiry.memberId),
  setStatus: (viewer, inquiry) => viewer.role === "secretariat" && inquiry.status !== "answered",
  answer: (viewer, inquiry) => viewer.role === "secretariat" && inquiry.status !== "answered",
};

/** Sending an inquiry for one's member (focal points), or working through the queue (the secretariat). */
export function can(viewer: Asker, action: "ask" | "seeQueue", inquiry: null): boolean;
/** An act on an existing inquiry. */
export function can(viewer: Asker, action: InquiryAction, inquiry: InquiryFacts): boolean;
export function can(viewer: Asker, action: InquiryAction | "ask" | "seeQueue", inquiry: InquiryFacts | null): boolean {
  if (!viewer) return false;
  if (action === "ask") return viewer.role === "focal_point";
  if (action === "seeQueue") return viewer.role === "secretariat";
  return inquiry !== null && RULES[action](viewer, inquiry);
}

/** Open inquiries are the queue's; an answered one stays on record. */
export const OPEN_STATUSES: readonly InquiryStatus[] = ["received", "in_progress"];
export const INQUIRY_STATUSES: readonly InquiryStatus[] = ["received", "in_progress", "answered"];
