// The one typed view of the database for Kysely. Keep in step with db/migrations/.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp with a database default (now()). */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Postgres `date`, read as 'YYYY-MM-DD' (see db/connection.ts). */
type DateOnly = ColumnType<string, string, string>;

export type RegionalGroup = "african" | "asia_pacific" | "eastern_european" | "grulac" | "weog";
export const REGIONAL_GROUPS: readonly RegionalGroup[] = ["african", "asia_pacific", "eastern_european", "grulac", "weog"];
export type MemberKind = "state" | "organisation";
export type Role = "secretariat" | "focal_point";
export type PersonStatus = "invited" | "active" | "deactivated";
export type Locale = "en" | "fr" | "es";

export interface UserTable {
  id: Generated<string>;
  name: string | null;
  email: string;
  emailVerified: Timestamp | null;
  image: string | null;
}

export interface AccountTable {
  id: Generated<string>;
  userId: string;
  type: string;
  provider: string;
  providerAccountId: string;
  refresh_token: string | null;
  access_token: string | null;
  expires_at: number | null;
  token_type: string | null;
  scope: string | null;
  id_token: string | null;
  session_state: string | null;
}

export interface SessionTable {
  id: Generated<string>;
  userId: string;
  sessionToken: string;
  expires: Timestamp;
}

export interface VerificationTokenTable {
  identifier: string;
  token: string;
  expires: Timestamp;
}

export interface MemberTable {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: MemberKind;
  regional_group: RegionalGroup | null;
  capital: Generated<string>;
  time_zone: string;
  joined_on: DateOnly;
  created_at: DefaultTimestamp;
}

export interface PersonTable {
  id: Generated<number>;
  user_id: string;
  name: string;
  role: Role;
  member_id: number | null;
  is_alternate: Generated<boolean>;
  title: Generated<string>;
  ministry: Generated<string>;
  time_zone: Generated<string>;
  locale: Generated<Locale>;
  status: Generated<PersonStatus>;
  created_at: DefaultTimestamp;
  deactivated_at: Timestamp | null;
  invited_at: Timestamp | null;
  activated_at: Timestamp | null;
}

export interface InvitationTable {
  id: Generated<number>;
  person_id: number;
  token_hash: string;
  invited_by: number | null;
  handover_from: number | null;
  expires_at: Timestamp;
  created_at: DefaultTimestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface RateLimitTable {
  key: string;
  window_start: Timestamp;
  hits: Generated<number>;
}

export type AuditAction =
  | "sign_in"
  | "sign_out"
  | "member_added"
  | "invitation_sent"
  | "invitation_resent"
  | "invitation_revoked"
  | "invitation_accepted"
  | "seat_handover"
  | "person_deactivated";

export interface AuditLogTable {
  id: Generated<number>;
  at: DefaultTimestamp;
  actor_id: number | null;
  action: AuditAction;
  person_id: number | null;
  member_id: number | null;
  /** jsonb: pass the object itself (the driver encodes it once). */
  details: ColumnType<Record<string, unknown>, Record<string, unknown> | undefined, Record<string, unknown>>;
  ip: string | null;
}

export interface EmailTable {
  id: Generated<number>;
  created_at: DefaultTimestamp;
  recipient: string;
  subject: string;
  purpose: string;
  html: string;
  text: string;
  transport: "outbox" | "resend";
  status: "sent" | "failed";
  provider_id: string | null;
  error: string | null;
}

export type ActivityCategory = "national" | "international" | "global_network";
export const ACTIVITY_CATEGORIES: readonly ActivityCategory[] = ["national", "international", "global_network"];
export type ActivityStatus = "proposed" | "planned" | "in_progress" | "done" | "dropped";
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ["proposed", "planned", "in_progress", "done", "dropped"];
export type ReportStatus = "not_started" | "in_progress" | "achieved" | "not_applicable";
export const REPORT_STATUSES: readonly ReportStatus[] = ["not_started", "in_progress", "achieved", "not_applicable"];
export type TargetKind = "count" | "share";

export interface ActivityTable {
  id: Generated<number>;
  title: string;
  description: Generated<string>;
  language: Generated<Locale>;
  category: ActivityCategory;
  status: ActivityStatus;
  start_on: DateOnly | null;
  due_on: DateOnly | null;
  proposed_by: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  archived_at: Timestamp | null;
}

export interface ActivityMemberTable {
  activity_id: number;
  member_id: number;
  role: "lead" | "participant";
}

export interface ActivityChange {
  field: string;
  from: string | null;
  to: string | null;
}

export interface ActivityChangeTable {
  id: Generated<number>;
  activity_id: number;
  person_id: number | null;
  at: DefaultTimestamp;
  kind: "proposed" | "created" | "updated" | "approved" | "archived";
  /** jsonb: pass the array itself (the driver encodes it once). */
  changes: ColumnType<ActivityChange[], ActivityChange[] | undefined, ActivityChange[]>;
}

export interface BenchmarkTable {
  id: Generated<number>;
  title: string;
  language: Generated<Locale>;
  description: Generated<string>;
  measure: string;
  target_kind: TargetKind;
  target_value: number;
  set_on: DateOnly;
  deadline: DateOnly;
  activity_id: number | null;
  created_by: number | null;
  created_at: DefaultTimestamp;
}

export interface BenchmarkReportTable {
  id: Generated<number>;
  benchmark_id: number;
  member_id: number;
  status: ReportStatus;
  note: Generated<string>;
  evidence_url: string | null;
  reported_on: DateOnly;
  reported_by: number | null;
  created_at: DefaultTimestamp;
}

/** Kept by a trigger on benchmark_reports (migration 0004): each member's latest report. */
export interface BenchmarkLatestTable {
  benchmark_id: number;
  member_id: number;
  report_id: number;
  status: ReportStatus;
  reported_on: DateOnly;
}

/** Kept by the same trigger: how many members reported, achieved, or found it not applicable. */
export interface BenchmarkTallyTable {
  benchmark_id: number;
  reported: number;
  achieved: number;
  not_applicable: number;
}

export interface Database {
  User: UserTable;
  Account: AccountTable;
  Session: SessionTable;
  VerificationToken: VerificationTokenTable;
  members: MemberTable;
  people: PersonTable;
  invitations: InvitationTable;
  rate_limits: RateLimitTable;
  audit_log: AuditLogTable;
  emails: EmailTable;
  activities: ActivityTable;
  activity_members: ActivityMemberTable;
  activity_changes: ActivityChangeTable;
  benchmarks: BenchmarkTable;
  benchmark_reports: BenchmarkReportTable;
  benchmark_latest: BenchmarkLatestTable;
  benchmark_tallies: BenchmarkTallyTable;
}

export type Member = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;

// ── Calendar and Global Calls (migration 0005) ──
export type EventType =
  | "general_assembly"
  | "security_council"
  | "human_rights_council"
  | "regional_organisation"
  | "national_forum"
  | "global_call"
  | "annual_meeting"
  | "regional_meeting"
  | "training";
export const EVENT_TYPES: readonly EventType[] = [
  "general_assembly",
  "security_council",
  "human_rights_council",
  "regional_organisation",
  "national_forum",
  "global_call",
  "annual_meeting",
  "regional_meeting",
  "training",
];
export type RsvpResponse = "attending" | "not_attending" | "maybe";
export const RSVP_RESPONSES: readonly RsvpResponse[] = ["attending", "maybe", "not_attending"];
export type EventChangeKind = "created" | "updated" | "rescheduled" | "cancelled" | "minutes_posted";

export interface EventTable {
  id: Generated<number>;
  uid: Generated<string>;
  title: string;
  language: Generated<Locale>;
  type: EventType;
  starts_at: Timestamp;
  ends_at: Timestamp;
  time_zone: string;
  location: Generated<string>;
  online_url: string | null;
  dial_in: Generated<string>;
  description: Generated<string>;
  agenda: Generated<string>;
  minutes: Generated<string>;
  minutes_posted_at: Timestamp | null;
  member_id: number | null;
  created_by: number | null;
  status: Generated<"scheduled" | "cancelled">;
  sequence: Generated<number>;
  reminder_offsets: ColumnType<number[], number[] | undefined, number[]>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  cancelled_at: Timestamp | null;
}

export interface EventChangeTable {
  id: Generated<number>;
  event_id: number;
  person_id: number | null;
  at: DefaultTimestamp;
  kind: EventChangeKind;
  /** jsonb: pass the array itself (the driver encodes it once). */
  changes: ColumnType<ActivityChange[], ActivityChange[] | undefined, ActivityChange[]>;
}

export interface EventRsvpTable {
  event_id: number;
  person_id: number;
  response: RsvpResponse;
  updated_at: DefaultTimestamp;
}

export interface CallReminderTable {
  id: Generated<number>;
  event_id: number;
  person_id: number;
  offset_minutes: number;
  due_at: Timestamp;
  status: Generated<"pending" | "sent" | "skipped" | "cancelled">;
  sent_at: Timestamp | null;
}

export interface DeliveryTable {
  key: string;
  purpose: string;
  person_id: number | null;
  created_at: DefaultTimestamp;
}

export interface CalendarFeedTable {
  person_id: number;
  token_hash: string;
  created_at: DefaultTimestamp;
  last_used_at: Timestamp | null;
}

// Declaration merging keeps this block apart from the tables above.
export interface Database {
  events: EventTable;
  event_changes: EventChangeTable;
  event_rsvps: EventRsvpTable;
  call_reminders: CallReminderTable;
  deliveries: DeliveryTable;
  calendar_feeds: CalendarFeedTable;
}
