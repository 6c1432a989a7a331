// Every migration, in order. Listed explicitly so any runner (tsx, Vitest, a bundle) can load them.
import type { Migration } from "kysely";
import * as m0001 from "./0001_network";
import * as m0002 from "./0002_access";
import * as m0003 from "./0003_program";
import * as m0004 from "./0004_benchmark_tallies";
import * as m0005 from "./0005_calendar";
import * as m0010 from "./0010_statements";
import * as m0015 from "./0015_manual";
import * as m0020 from "./0020_notifications";
import * as m0021 from "./0021_statement_search";
import * as m0022 from "./0022_search_tables";
import * as m0023 from "./0023_benchmark_page";
import * as m0024 from "./0024_search_steady";
import * as m0025 from "./0025_section_search";
import * as m0026 from "./0026_snippet_text";
import * as m0029 from "./0029_audit_subjects";
import * as m0030 from "./0030_worker_heartbeats";
import * as m0060 from "./0060_activity_review";
import * as m0080 from "./0080_invitation_tokens_in_jobs";
import * as m0100 from "./0100_member_names";
import * as m0105 from "./0105_content_translations";
import * as m0106 from "./0106_search_in_every_language";
import * as m0130 from "./0130_situation_groups";
import * as m0180 from "./0180_inquiries";
import * as m0190 from "./0190_announcement_translations";
import * as m0140 from "./0140_channels";
import * as m0160 from "./0160_directory_search";
import * as m0161 from "./0161_contact_details";
import * as m0220 from "./0220_step_up";
import * as m0350 from "./0350_session_details";
import * as m0351 from "./0351_retention";
import * as m0352 from "./0352_audit_sessions";
import * as m0353 from "./0353_passkeys";
import * as m0360 from "./0360_training_registrations";
import * as m0361 from "./0361_event_materials";
import * as m0380 from "./0380_paragraph_translations";
import * as m0390 from "./0390_negotiation";
import * as m0391 from "./0391_paragraph_remarks";
import * as m0400 from "./0400_situation_update_search_group";
import * as m0410 from "./0410_next_event_by_type";
import * as m0420 from "./0420_table_revisions";
import * as m0450 from "./0450_directory_search_narrowed";
import * as m0460 from "./0460_member_name_order";
import * as m0461 from "./0461_contact_list_revisions";
import * as m0462 from "./0462_newcomer_order";
import * as m0230 from "./0230_reminders";
import * as m0200 from "./0200_library";
import * as m0201 from "./0201_annual_meetings";
import * as m0210 from "./0210_pairings";

export const migrations: Record<string, Migration> = {
  "0001_network": m0001,
  "0002_access": m0002,
  "0003_program": m0003,
  "0004_benchmark_tallies": m0004,
  "0005_calendar": m0005,
  "0010_statements": m0010,
  "0015_manual": m0015,
  "0020_notifications": m0020,
  "0021_statement_search": m0021,
  "0022_search_tables": m0022,
  "0023_benchmark_page": m0023,
  "0024_search_steady": m0024,
  "0025_section_search": m0025,
  "0026_snippet_text": m0026,
  "0029_audit_subjects": m0029,
  "0030_worker_heartbeats": m0030,
  "0060_activity_review": m0060,
  "0080_invitation_tokens_in_jobs": m0080,
  "0100_member_names": m0100,
  "0105_content_translations": m0105,
  "0106_search_in_every_language": m0106,
  "0130_situation_groups": m0130,
  "0180_inquiries": m0180,
  "0140_channels": m0140,
  "0160_directory_search": m0160,
  "0161_contact_details": m0161,
  "0190_announcement_translations": m0190,
  "0220_step_up": m0220,
  "0230_reminders": m0230,
  "0200_library": m0200,
  "0201_annual_meetings": m0201,
  "0210_pairings": m0210,
  "0350_session_details": m0350,
  "0351_retention": m0351,
  "0352_audit_sessions": m0352,
  "0353_passkeys": m0353,
  "0360_training_registrations": m0360,
  "0361_event_materials": m0361,
  "0380_paragraph_translations": m0380,
  "0390_negotiation": m0390,
  "0391_paragraph_remarks": m0391,
  "0400_situation_update_search_group": m0400,
  "0410_next_event_by_type": m0410,
  "0420_table_revisions": m0420,
  "0450_directory_search_narrowed": m0450,
  "0460_member_name_order": m0460,
  "0461_contact_list_revisions": m0461,
  "0462_newcomer_order": m0462,
};
