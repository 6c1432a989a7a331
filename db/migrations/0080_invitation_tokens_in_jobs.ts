// An invitation's token is minted by the job that emails it (members.send_invitation), so it is
// never stored in clear, not even in the job queue: until that job has run, the invitation has no
// token hash. And the audit log names handovers in their own words: the entries written before as
// "seat_handover" and "person_deactivated (reason: handover)" are what are now "handover_started"
// and "handover_completed".
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("invitations")
    .alterColumn("token_hash", (c) => c.dropNotNull())
    .execute();
  await sql`update audit_log set action = 'handover_started' where action = 'seat_handover'`.execute(db);
  await sql`update audit_log set action = 'handover_completed', details = details - 'reason'
    where action = 'person_deactivated' and details->>'reason' = 'handover'`.execute(db);
}
