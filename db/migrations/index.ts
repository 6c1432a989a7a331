// Every migration, in order. Listed explicitly so any runner (tsx, Vitest, a bundle) can load them.
import type { Migration } from "kysely";
import * as m0001 from "./0001_network";

export const migrations: Record<string, Migration> = {
  "0001_network": m0001,
};
