// What the public site shows to anyone, signed in or not: pure rules, asked by its pages, with the
// same rule in SQL beside each (queries.server.ts filters with these constants). Which states are
// members is public; who their focal points are is not, so no rule here offers a person.
import type { StatementStage } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";

/** A statement is public once delivered: published. Drafts, silences and signatures never are. */
export const PUBLIC_STAGE: StatementStage = "published";

export interface PublicStatementFacts {
  stage: StatementStage;
}

/** An event the secretariat marked public, while it stands (a cancelled one leaves the public calendar). */
export interface PublicEventFacts {
  public: boolean;
  status: "scheduled" | "cancelled";
}

export type PublicAction = "readStatement" | "readEvent" | "askToJoin";

type Anyone = Pick<Viewer, "role"> | null;

export function can(viewer: Anyone, action: "askToJoin", thing: null): boolean;
export function can(viewer: Anyone, action: "readStatement", thing: PublicStatementFacts): boolean;
export function can(viewer: Anyone, action: "readEvent", thing: PublicEventFacts): boolean;
export function can(
  viewer: Anyone,
  action: PublicAction,
  thing: PublicStatementFacts | PublicEventFacts | null,
): boolean {
  switch (action) {
    // Someone already in the network asks the secretariat from inside the portal instead.
    case "askToJoin":
      return viewer === null;
    case "readStatement":
      return thing !== null && "stage" in thing && thing.stage === PUBLIC_STAGE;
    case "readEvent":
      return thing !== null && "public" in thing && thing.public && thing.status === "scheduled";
  }
}
