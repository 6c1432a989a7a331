// The one typed view of the database for Kysely. Keep in step with db/migrations/.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A timestamp with a database default (now()). */
type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Postgres `date`, read as 'YYYY-MM-DD' (see db/connection.ts). */
type DateOnly = ColumnType<string, string, string>;

export type RegionalGroup = "african" | "asia_pacific" | "eastern_european" | "grulac" | "weog";
export const REGIONAL_GROUPS: readonly RegionalGroup[] = [
  "african",
  "asia_pacific",
  "eastern_european",
  "grulac",
  "weog",
];
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
  /** When the person last confirmed themselves in this session (step-up), for acts of state. */
  steppedUpAt: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Migration 0350: when the session began and was last used, and the device and network it began on. */
  createdAt: DefaultTimestamp;
  lastUsedAt: DefaultTimestamp;
  userAgent: Generated<string>;
  ipAddress: Generated<string>;
}

export interface StepUpCodeTable {
  id: Generated<number>;
  person_id: number;
  session_id: string;
  /** Null until the job that emails the code has minted it. */
  code_hash: string | null;
  attempts: Generated<number>;
  created_at: DefaultTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

/** Migration 0353: a person's passkey (WebAuthn credential); the portal keeps its public key only. */
export interface PasskeyTable {
  id: string;
  person_id: number;
  name: string;
  public_key: Uint8Array;
  /** bigint: read back as a string. */
  counter: ColumnType<string, number | undefined, number>;
  transports: ColumnType<string[], string[] | undefined, string[]>;
  backed_up: Generated<boolean>;
  created_at: DefaultTimestamp;
  last_used_at: Timestamp | null;
}

/** A challenge a passkey ceremony signs: single-use, short-lived, bound to a session where one exists. */
export interface WebAuthnChallengeTable {
  id: Generated<number>;
  challenge: string;
  purpose: "register" | "sign_in" | "step_up";
  person_id: number | null;
  session_id: string | null;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface VerificationTokenTable {
  identifier: string;
  token: string;
  expires: Timestamp;
}

export interface MemberTable {
  id: Generated<number>;
  slug: string;
  /** The English name; `name_fr` and `name_es` as the UN writes them (see app/members/names.ts). */
  name: string;
  name_fr: string;
  name_es: string;
  kind: MemberKind;
  regional_group: RegionalGroup | null;
  capital: Generated<string>;
  time_zone: string;
  joined_on: DateOnly;
  created_at: DefaultTimestamp;
  /** What people also call it ("UK", "DRC"), found by the directory and search (migration 0160). */
  short_names: Generated<string[]>;
  /** Its place among all members by name in each language's collation, kept by a trigger (migration 0460). */
  name_order_en: Generated<number>;
  name_order_fr: Generated<number>;
  name_order_es: Generated<number>;
}

/** Kept by triggers (migration 0160): a member's names, short names, focal points and ministries, as searched. */
export interface MemberDirectoryTable {
  member_id: number;
  words: string;
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
  /** Contact details (migration 0161); `share_*` false leaves them out of the directory and the exports. */
  phone: Generated<string>;
  postal_address: Generated<string>;
  share_phone: Generated<boolean>;
  share_address: Generated<boolean>;
  /** Retention (migration 0351): when a stepped-down person was warned, and their details reduced. */
  retention_warned_at: Timestamp | null;
  details_reduced_at: Timestamp | null;
}

export interface InvitationTable {
  id: Generated<number>;
  person_id: number;
  /** Null until the job that emails the invitation mints its token (migration 0080). */
  token_hash: string | null;
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
  | "annual_meeting_recorded"
  | "annual_meeting_updated"
  | "recommendation_added"
  | "recommendation_removed"
  | "library_file_added"
  | "library_file_deleted"
  | "sign_in_link_requested"
  | "sign_in"
  | "step_up"
  | "sign_out"
  | "session_ended"
  | "passkey_added"
  | "passkey_renamed"
  | "passkey_removed"
  | "passkeys_reset"
  | "passkeys_required_set"
  | "retention_period_set"
  | "retention_warned"
  | "details_reduced"
  | "member_added"
  | "member_updated"
  | "invitation_sent"
  | "invitation_resent"
  | "invitation_revoked"
  | "invitation_accepted"
  | "activity_proposed"
  | "activity_created"
  | "activity_updated"
  | "activity_approved"
  | "activity_returned"
  | "activity_archived"
  | "benchmark_set"
  | "benchmark_report_filed"
  | "event_created"
  | "event_updated"
  | "event_cancelled"
  | "minutes_posted"
  | "rsvp_answered"
  | "feed_created"
  | "feed_regenerated"
  | "feed_revoked"
  | "handover_started"
  | "handover_completed"
  | "person_deactivated"
  | "profile_updated"
  | "language_changed"
  | "manual_chapter_added"
  | "manual_section_added"
  | "manual_section_edited"
  | "manual_section_moved"
  | "best_practice_contributed"
  | "best_practice_revised"
  | "best_practice_returned"
  | "best_practice_published"
  // Joint statements (subject: the statement)
  | "statement_created"
  | "group_member_added"
  | "group_member_removed"
  | "paragraph_edited"
  | "paragraph_added"
  | "paragraph_status_set"
  | "amendment_proposed"
  | "amendment_accepted"
  | "amendments_merged"
  | "amendment_rejected"
  | "amendment_commented"
  | "paragraph_remarked"
  | "silence_started"
  | "silence_broken"
  | "text_adopted"
  | "signature_opened"
  | "cosignatories_invited"
  | "signatories_reminded"
  | "call_unanswered_reminded"
  | "statement_signed"
  | "signature_withdrawn"
  | "statement_published"
  | "paragraph_translated"
  // Translated content (subject: the thing translated)
  | "content_translated"
  // Situation groups (subject: the group)
  | "situation_group_opened"
  | "situation_member_invited"
  | "situation_member_left"
  | "situation_member_removed"
  | "situation_join_requested"
  | "situation_join_accepted"
  | "situation_join_declined"
  | "situation_update_posted"
  | "situation_reply_posted"
  | "situation_agenda_requested"
  | "situation_agenda_handled"
  // Asking the secretariat (subject: the inquiry); events shown on the public site
  | "inquiry_sent"
  | "inquiry_status_set"
  | "inquiry_answered"
  | "event_publicity_set"
  // Announcements and discussions (subject: the announcement, the post)
  | "announcement_posted"
  | "discussion_started"
  | "discussion_replied"
  | "discussion_post_edited"
  | "discussion_post_hidden"
  // Pairings (subject: the pairing)
  | "pairing_made"
  | "pairing_ended"
  // The annual training's registrations (subject: the event)
  | "training_registered"
  | "training_registration_cancelled"
  | "training_moved_up";

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
  /** What the act was about, e.g. ("statement", 12); null for acts on a person or member alone. */
  subject_kind: string | null;
  subject_id: number | null;
  /** Migration 0352: the session the act came from, and the browser and system it began on. */
  session_id: string | null;
  device: string | null;
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
/** "returned": sent back to the member that proposed it, with a note saying what to change (migration 0060). */
export type ActivityStatus = "proposed" | "returned" | "planned" | "in_progress" | "done" | "dropped";
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  "proposed",
  "returned",
  "planned",
  "in_progress",
  "done",
  "dropped",
];
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
  /** Why the secretariat returned the proposal; cleared when it is revised or approved. */
  review_note: Generated<string>;
  /** Who last approved or returned the proposal. */
  reviewed_by: number | null;
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

export type ActivityChangeKind =
  "proposed" | "created" | "updated" | "approved" | "returned" | "resubmitted" | "archived";

export interface ActivityChangeTable {
  id: Generated<number>;
  activity_id: number;
  person_id: number | null;
  at: DefaultTimestamp;
  kind: ActivityChangeKind;
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
  note: Generated<string>;
  evidence_url: string | null;
}

/** Kept by the same trigger: how many members reported, achieved, or found it not applicable. */
/** A table's revision: moves once for each committed transaction that wrote it (migration 0420). */
export interface TableRevisionTable {
  table_name: string;
  revision: string;
}

export interface BenchmarkTallyTable {
  benchmark_id: number;
  reported: number;
  achieved: number;
  not_applicable: number;
  /** Every report ever made on the benchmark: changes whenever its figures over time may. */
  reports: Generated<number>;
}

export type NotificationCadence = "immediate" | "daily" | "weekly" | "off";

export interface NotificationTable {
  id: Generated<number>;
  person_id: number;
  category: string;
  kind: string;
  /** jsonb: pass the object itself (the driver encodes it once). */
  params: ColumnType<Record<string, string>, Record<string, string> | undefined, Record<string, string>>;
  link: string;
  created_at: DefaultTimestamp;
  read_at: Timestamp | null;
  email_cadence: NotificationCadence;
  emailed_at: Timestamp | null;
  dedupe_key: string | null;
}

export interface NotificationPreferenceTable {
  person_id: number;
  category: string;
  cadence: NotificationCadence;
  updated_at: DefaultTimestamp;
}

export interface Database extends ManualDatabase {
  User: UserTable;
  Account: AccountTable;
  Session: SessionTable;
  step_up_codes: StepUpCodeTable;
  passkeys: PasskeyTable;
  webauthn_challenges: WebAuthnChallengeTable;
  VerificationToken: VerificationTokenTable;
  members: MemberTable;
  member_directory: MemberDirectoryTable;
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
  table_revisions: TableRevisionTable;
  notifications: NotificationTable;
  notification_preferences: NotificationPreferenceTable;
}

export type Member = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;
export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
export type PersonUpdate = Updateable<PersonTable>;

/* ---------------------------------------------------------------- joint statements */

export type StatementKind = "joint_statement" | "joint_letter";
export const STATEMENT_KINDS: readonly StatementKind[] = ["joint_statement", "joint_letter"];
export type StatementStage = "drafting" | "silence" | "adopted" | "signature" | "published";
export type ParagraphStatus = "open" | "bracketed" | "ad_referendum" | "agreed";
export const PARAGRAPH_STATUSES: readonly ParagraphStatus[] = ["open", "bracketed", "ad_referendum", "agreed"];
export type AmendmentKind = "replace" | "insert_after" | "delete";
export const AMENDMENT_KINDS: readonly AmendmentKind[] = ["replace", "insert_after", "delete"];
export type AmendmentStatus = "pending" | "accepted" | "rejected" | "merged";
export type CommentStance = "comment" | "support" | "object";
export type StatementEventKind =
  "created" | "silence_started" | "silence_broken" | "adopted" | "signature_opened" | "published";

export interface StatementTable {
  id: Generated<number>;
  title: string;
  kind: StatementKind;
  topic: Generated<string>;
  occasion: Generated<string>;
  language: Generated<Locale>;
  penholder_member_id: number;
  stage: Generated<StatementStage>;
  current_version: Generated<number>;
  silence_deadline: Timestamp | null;
  adopted_at: Timestamp | null;
  delivered_on: DateOnly | null;
  venue: string | null;
  published_at: Timestamp | null;
  created_by: number | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
  /** The current text, kept by a trigger on statement_paragraphs (migration 0021), for search. */
  body_text: ColumnType<string, never, never>;
}

export interface StatementMemberTable {
  statement_id: number;
  member_id: number;
  added_by: number | null;
  added_at: DefaultTimestamp;
}

export interface StatementParagraphTable {
  id: Generated<number>;
  statement_id: number;
  position: number;
  body: string;
  status: Generated<ParagraphStatus>;
  removed_at: Timestamp | null;
}

/** One paragraph as a version holds it. */
export interface VersionParagraph {
  id: number;
  body: string;
}

export interface StatementVersionTable {
  statement_id: number;
  number: number;
  /** jsonb: pass the array itself (the driver encodes it once). */
  paragraphs: ColumnType<VersionParagraph[], VersionParagraph[], never>;
  amendment_id: number | null;
  reason: Generated<string>;
  created_by: number | null;
  created_at: DefaultTimestamp;
}

export interface AmendmentTable {
  id: Generated<number>;
  statement_id: number;
  paragraph_id: number;
  kind: AmendmentKind;
  body: Generated<string>;
  rationale: string;
  original: string;
  based_on_version: number;
  member_id: number;
  proposed_by: number | null;
  status: Generated<AmendmentStatus>;
  decided_by: number | null;
  decided_at: Timestamp | null;
  decision_reason: string | null;
  /** The version a compromise made, for an amendment it merged (migration 0390). */
  merged_into_version: number | null;
  created_at: DefaultTimestamp;
}

export interface AmendmentCommentTable {
  id: Generated<number>;
  amendment_id: number;
  member_id: number;
  person_id: number | null;
  stance: CommentStance;
  body: Generated<string>;
  created_at: DefaultTimestamp;
}

/** A comment on a paragraph, or on the words of it quoted, without a proposed change (migration 0391). */
export interface ParagraphRemarkTable {
  id: Generated<number>;
  statement_id: number;
  paragraph_id: number;
  quote: Generated<string>;
  body: string;
  member_id: number;
  person_id: number | null;
  created_at: DefaultTimestamp;
}

export interface StatementEventTable {
  id: Generated<number>;
  statement_id: number;
  kind: StatementEventKind;
  person_id: number | null;
  member_id: number | null;
  reason: string | null;
  deadline: Timestamp | null;
  at: DefaultTimestamp;
}

export interface StatementSignatureTable {
  statement_id: number;
  member_id: number;
  invited_by: number | null;
  invited_at: DefaultTimestamp;
  signed_by: number | null;
  signed_at: Timestamp | null;
}

/** When a statement or event last had "a reminder to those who have not acted" (migration 0230). */
export interface ReminderSentTable {
  subject_kind: "statement" | "event";
  subject_id: number;
  sent_at: Timestamp;
  sent_by: number | null;
}

/** A paragraph's version in a language other than the statement's (migration 0380). */
export interface StatementParagraphTranslationTable {
  paragraph_id: number;
  language: Locale;
  body: string;
  /** The original paragraph as it read when this version was made: outdated once they differ. */
  source_body: string;
  /** 1 for the first save, one more for each: a save based on an older one is refused. */
  revision: Generated<number>;
  translated_by: number | null;
  updated_at: DefaultTimestamp;
}

/** The statements' tables (declaration merging keeps this block apart from the one above). */
export interface Database {
  statements: StatementTable;
  statement_members: StatementMemberTable;
  statement_paragraphs: StatementParagraphTable;
  statement_versions: StatementVersionTable;
  amendments: AmendmentTable;
  amendment_comments: AmendmentCommentTable;
  paragraph_remarks: ParagraphRemarkTable;
  statement_events: StatementEventTable;
  statement_signatures: StatementSignatureTable;
  reminders_sent: ReminderSentTable;
  statement_paragraph_translations: StatementParagraphTranslationTable;
}

/* ---------------------------------------------------------------- the manual and search (migration 0015) */

export type BestPracticeStatus = "submitted" | "published" | "returned";

export interface ManualChapterTable {
  id: Generated<number>;
  slug: string;
  position: number;
  title: string;
  summary: Generated<string>;
  language: Generated<Locale>;
}

export interface ManualTagTable {
  slug: string;
  name: string;
}

export interface ManualSectionTable {
  id: Generated<number>;
  chapter_id: number;
  slug: string;
  position: number;
  title: string;
  body: Generated<string>;
  language: Generated<Locale>;
  tags: Generated<string[]>;
  revision: Generated<number>;
  updated_at: DefaultTimestamp;
}

export interface ManualRevisionTable {
  id: Generated<number>;
  section_id: number;
  revision: number;
  title: string;
  body: string;
  tags: Generated<string[]>;
  note: string;
  author_id: number | null;
  created_at: DefaultTimestamp;
}

export interface BestPracticeTable {
  id: Generated<number>;
  member_id: number;
  contributed_by: number | null;
  title: string;
  body: string;
  language: Generated<Locale>;
  tags: Generated<string[]>;
  status: Generated<BestPracticeStatus>;
  review_note: Generated<string>;
  reviewed_by: number | null;
  submitted_at: DefaultTimestamp;
  published_at: Timestamp | null;
}

/** Words of what everyone may read, each in its language (migration 0106), for "Did you mean". */
export interface SearchWordTable {
  word: string;
  language: Locale;
  /** The word without its accents. */
  bare: string;
}

export interface ManualDatabase {
  manual_chapters: ManualChapterTable;
  manual_tags: ManualTagTable;
  manual_sections: ManualSectionTable;
  manual_revisions: ManualRevisionTable;
  best_practices: BestPracticeTable;
  search_words: SearchWordTable;
}

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
  /** Shown to anonymous visitors on the public site (migration 0180); the secretariat sets it. */
  public: Generated<boolean>;
  /** A training's seats (migration 0360); null: unlimited, and for every other type. */
  capacity: number | null;
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

/** A place at a training (migration 0360): a seat, or on the waiting list in order of signing up. */
export type RegistrationStatus = "registered" | "waiting";
export interface EventRegistrationTable {
  id: Generated<number>;
  event_id: number;
  person_id: number;
  status: RegistrationStatus;
  created_at: DefaultTimestamp;
  /** Set when the person cancelled; a live registration has none (one per person and event). */
  cancelled_at: Timestamp | null;
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
  event_registrations: EventRegistrationTable;
  call_reminders: CallReminderTable;
  deliveries: DeliveryTable;
  calendar_feeds: CalendarFeedTable;
  /** Kept by a trigger on events (migration 0022), for search. */
  event_search: { event_id: number; language: string; search: string };
  /** Kept by a trigger on activities (migration 0022), for search. */
  activity_search: { activity_id: number; language: string; search: string };
  /** Kept by a trigger on statements (migration 0024), for search: the stage tells a published statement. */
  statement_search: { statement_id: number; language: string; stage: StatementStage; search: string };
  /** Kept by a trigger on manual_sections (migration 0025), for search, with the tags search filters by. */
  manual_section_search: { section_id: number; language: string; tags: string[]; search: string };
  /** Kept by a trigger on best_practices (migration 0106): one row per language, with what readability needs. */
  best_practice_search: {
    best_practice_id: number;
    language: string;
    member_id: number;
    status: BestPracticeStatus;
    tags: string[];
    search: string;
  };
}

/* ---------------------------------------------------------------- job workers */

/** A job worker process alive now (its heartbeat), with the ids its workers lock jobs by. */
export interface WorkerHeartbeatTable {
  process_id: string;
  worker_ids: string[];
  started_at: DefaultTimestamp;
  last_seen: DefaultTimestamp;
}

export interface Database {
  worker_heartbeats: WorkerHeartbeatTable;
}

/* ---------------------------------------------------------------- translated content (migration 0105) */

/** What may be translated: content_translations.subject_kind. */
export type TranslatedKind =
  "manual_chapter" | "manual_section" | "best_practice" | "benchmark" | "activity" | "event" | "announcement";

/** One field of a thing in a language other than its original's, with the original text it was made from. */
export interface ContentTranslationTable {
  id: Generated<number>;
  subject_kind: TranslatedKind;
  subject_id: number;
  field: string;
  locale: Locale;
  text: string;
  source_text: string;
  revision: Generated<number>;
  translated_by: number | null;
  translated_at: DefaultTimestamp;
}

export interface Database {
  content_translations: ContentTranslationTable;
}

/* ---------------------------------------------------------------- situation groups (migration 0130) */

export type RiskLevel = "low" | "elevated" | "high" | "severe";
export const RISK_LEVELS: readonly RiskLevel[] = ["low", "elevated", "high", "severe"];
export type JoinRequestStatus = "pending" | "accepted" | "declined";

/** A source an early-warning update cites. */
export interface UpdateSource {
  label: string;
  url: string;
}

export interface SituationGroupTable {
  id: Generated<number>;
  title: string;
  description: Generated<string>;
  language: Generated<Locale>;
  listed: Generated<boolean>;
  opened_by: number | null;
  created_at: DefaultTimestamp;
  /** The latest update's risk level and date (kept by the command that posts an update). */
  risk_level: RiskLevel | null;
  last_update_on: DateOnly | null;
}

export interface SituationGroupMemberTable {
  group_id: number;
  member_id: number;
  added_by: number | null;
  added_at: DefaultTimestamp;
}

export interface SituationJoinRequestTable {
  id: Generated<number>;
  group_id: number;
  member_id: number;
  requested_by: number | null;
  requested_at: DefaultTimestamp;
  status: Generated<JoinRequestStatus>;
  decided_by: number | null;
  decided_at: Timestamp | null;
}

export interface SituationUpdateTable {
  id: Generated<number>;
  group_id: number;
  occurred_on: DateOnly;
  body: string;
  /** jsonb: pass the array itself (the driver encodes it once). */
  sources: ColumnType<UpdateSource[], UpdateSource[] | undefined, UpdateSource[]>;
  risk_level: RiskLevel;
  language: Generated<Locale>;
  author_id: number | null;
  member_id: number | null;
  created_at: DefaultTimestamp;
}

export interface SituationReplyTable {
  id: Generated<number>;
  update_id: number;
  body: string;
  author_id: number | null;
  member_id: number | null;
  created_at: DefaultTimestamp;
}

export interface SituationAgendaRequestTable {
  id: Generated<number>;
  group_id: number;
  note: Generated<string>;
  requested_by: number | null;
  member_id: number | null;
  requested_at: DefaultTimestamp;
  handled_by: number | null;
  handled_at: Timestamp | null;
}

export interface Database {
  situation_groups: SituationGroupTable;
  situation_group_members: SituationGroupMemberTable;
  situation_join_requests: SituationJoinRequestTable;
  situation_updates: SituationUpdateTable;
  situation_replies: SituationReplyTable;
  situation_agenda_requests: SituationAgendaRequestTable;
  /** Kept by triggers (migration 0130), for search; who may see a group is decided at query time. */
  situation_group_search: { group_id: number; language: string; search: string };
  situation_update_search: { update_id: number; group_id: number; language: string; search: string };
}

/* ---------------------------------------------------------------- asking the secretariat (migration 0180) */

export type InquiryKind = "inquiry" | "project_proposal" | "membership";
export type InquiryStatus = "received" | "in_progress" | "answered";

/** A member's inquiry or project proposal, or a visitor's question about joining (`membership`, no account). */
export interface InquiryTable {
  id: Generated<number>;
  kind: InquiryKind;
  subject: string;
  body: string;
  status: Generated<InquiryStatus>;
  member_id: number | null;
  asked_by: number | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_organisation: string | null;
  /** The language the answer's email is written in. */
  locale: Locale;
  answer: Generated<string>;
  answered_by: number | null;
  answered_at: Timestamp | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export interface Database {
  inquiries: InquiryTable;
}

/* ---------------------------------------------------------------- announcements and discussions (migration 0140) */

export interface AnnouncementTable {
  id: Generated<number>;
  title: string;
  body: string;
  language: Locale;
  /** Null: the whole network. */
  regional_group: RegionalGroup | null;
  posted_by: number;
  posted_at: Timestamp;
}

export interface DiscussionThreadTable {
  id: Generated<number>;
  topic: string;
  started_by: number;
  started_at: Timestamp;
  post_count: Generated<number>;
  last_post_at: Timestamp;
}

export interface DiscussionPostTable {
  id: Generated<number>;
  thread_id: number;
  author_id: number;
  member_id: number | null;
  body: string;
  language: Locale;
  posted_at: Timestamp;
  edited_at: Timestamp | null;
  hidden_at: Timestamp | null;
  hidden_by: number | null;
  hidden_reason: string | null;
}

export interface DiscussionPostRevisionTable {
  id: Generated<number>;
  post_id: number;
  body: string;
  replaced_at: Timestamp;
}

export interface DiscussionMentionTable {
  post_id: number;
  member_id: number;
}

/** What a person may watch or mute: subscriptions.subject_kind (situation groups will add theirs). */
export type SubscriptionKind = "discussion" | "statement" | "situation_group" | "event";
export type SubscriptionState = "watch" | "mute";

export interface SubscriptionTable {
  person_id: number;
  subject_kind: SubscriptionKind;
  subject_id: number;
  state: SubscriptionState;
  updated_at: Timestamp;
}

export interface WebhookMessageTable {
  id: string;
  received_at: Timestamp;
}

export type EmailProblemKind = "bounced" | "complained";

export interface EmailProblemTable {
  email: string;
  kind: EmailProblemKind;
  reason: string;
  occurred_at: Timestamp;
}

export interface Database {
  announcements: AnnouncementTable;
  discussion_threads: DiscussionThreadTable;
  discussion_posts: DiscussionPostTable;
  discussion_post_revisions: DiscussionPostRevisionTable;
  discussion_mentions: DiscussionMentionTable;
  subscriptions: SubscriptionTable;
  webhook_messages: WebhookMessageTable;
  email_problems: EmailProblemTable;
}

/** What a library file is attached to (library_files.owner_kind): its reader is decided by that owner. */
export type LibraryOwnerKind =
  | "manual_section"
  | "best_practice"
  | "activity"
  | "benchmark_report"
  | "situation_group"
  | "annual_meeting"
  /** A training's materials (migration 0361). */
  | "event";
export type LibraryLanguage = Locale | "other";

export interface LibraryFileTable {
  id: Generated<number>;
  owner_kind: LibraryOwnerKind;
  owner_id: number;
  title: string;
  description: string;
  language: LibraryLanguage;
  filename: string;
  /** Decided from the bytes (app/library/content-type.server.ts), never from the name or the browser. */
  content_type: string;
  size: number;
  sha256: string;
  storage: "database" | "s3";
  /** The object's key in the S3-compatible store; null when the bytes are in library_blobs. */
  storage_key: string | null;
  uploaded_by: number | null;
  uploaded_at: Timestamp;
}

export interface LibraryBlobTable {
  file_id: number;
  content: Uint8Array;
}

/** Kept by a trigger on library_files (migration 0200). */
export interface LibraryFileSearchTable {
  file_id: number;
  owner_kind: LibraryOwnerKind;
  owner_id: number;
  language: Locale;
  search: string;
}

export interface Database {
  library_files: LibraryFileTable;
  library_blobs: LibraryBlobTable;
  library_file_search: LibraryFileSearchTable;
}

export type RecommendationCategory = "national" | "international" | "global_network";

export interface AnnualMeetingTable {
  id: Generated<number>;
  title: string;
  city: string;
  starts_on: DateOnly;
  ends_on: DateOnly;
  host_member_id: number;
  summary: Generated<string>;
  language: Locale;
  outcome_file_id: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AnnualMeetingRecommendationTable {
  id: Generated<number>;
  meeting_id: number;
  position: number;
  category: RecommendationCategory;
  text: string;
}

export interface Database {
  annual_meetings: AnnualMeetingTable;
  annual_meeting_recommendations: AnnualMeetingRecommendationTable;
  recommendation_activities: { recommendation_id: number; activity_id: number };
  recommendation_benchmarks: { recommendation_id: number; benchmark_id: number };
}

/* ---------------------------------------------------------------- pairings (migration 0210) */

export type PairingKind = "mentor" | "regional";
/** In a mentor pair, the experienced focal point and the newcomer; in a regional pairing, peers. */
export type PairingRole = "mentor" | "newcomer" | "peer";

export interface PairingTable {
  id: Generated<number>;
  kind: PairingKind;
  /** A regional pairing's name ("Great Lakes pairing") and group; null for a mentor pair. */
  name: string | null;
  regional_group: RegionalGroup | null;
  created_by: number | null;
  created_at: DefaultTimestamp;
  ended_at: Timestamp | null;
  ended_by: number | null;
}

export interface PairingPersonTable {
  pairing_id: number;
  person_id: number;
  role: PairingRole;
}

export interface Database {
  pairings: PairingTable;
  pairing_people: PairingPersonTable;
}

/* ---------------------------------------------------------------- network settings (migration 0351) */

/** One row: what the secretariat sets for the whole network. */
export interface NetworkSettingsTable {
  id: Generated<boolean>;
  /** How long a stepped-down person's details are kept, in months. */
  retention_months: Generated<number>;
  updated_at: DefaultTimestamp;
  updated_by: number | null;
  /** Migration 0353: everyone who can sign in a member's name confirms acts of state with a passkey. */
  require_passkeys: Generated<boolean>;
}

export interface Database {
  network_settings: NetworkSettingsTable;
}
