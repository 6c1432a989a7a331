// How a benchmark's page shows what the queries read: members' statuses a page at a time, who has
// not reported, and where a report form starts.
import type { ReportStatus } from "../../db/schema";

export const STATUS_PAGE_SIZE = 25;
export const MISSING_SHOWN = 60;

interface MemberStanding {
  id: number;
  slug: string;
  name: string;
  status: ReportStatus | null;
  note: string | null;
  evidenceUrl: string | null;
  reportedOn: string | null;
}

/** Where a report form starts: the member's latest report, or nothing chosen for a first one. */
export interface ReportStart {
  member: string;
  memberName: string;
  status: ReportStatus | "";
  note: string;
  evidenceUrl: string;
  /** The date of the latest report the form starts from, if any. */
  reportedOn: string | null;
}

export function reportStart(member: MemberStanding): ReportStart {
  return {
    member: member.slug,
    memberName: member.name,
    status: member.status ?? "",
    note: member.note ?? "",
    evidenceUrl: member.evidenceUrl ?? "",
    reportedOn: member.reportedOn,
  };
}

/** Members who reported (a page of them, with their latest report) and those who have not. */
export function memberStatuses<M extends MemberStanding>(members: M[], page: number) {
  const hasReported = (member: M): member is M & { status: ReportStatus; reportedOn: string } =>
    member.status !== null && member.reportedOn !== null;
  const reported = members.filter(hasReported);
  const notReported = members.filter((member) => !hasReported(member));
  return {
    statuses: reported.slice((page - 1) * STATUS_PAGE_SIZE, page * STATUS_PAGE_SIZE),
    statusPages: { page, hasNext: page * STATUS_PAGE_SIZE < reported.length },
    missing: { count: notReported.length, names: notReported.slice(0, MISSING_SHOWN).map((member) => member.name) },
  };
}
