// The directory's shape, shared by the server and the page: its sections in order and its page size.
import { REGIONAL_GROUPS, type RegionalGroup } from "../../db/schema";

export type GroupKey = RegionalGroup | "organisation";

/** The directory's sections, in order: the UN regional groups, then organisations. */
export const DIRECTORY_GROUPS: GroupKey[] = [...REGIONAL_GROUPS, "organisation"];

/** Members per page of the directory: today's network on one page. */
export const DIRECTORY_PAGE_SIZE = 80;
