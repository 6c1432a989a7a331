// The one way the portal sends email: Resend when RESEND_API_KEY is set, the dev outbox otherwise.
// Every message is recorded in the `emails` table with how it went.
import { Resend } from "resend";
import { getConfig } from "./config.server";
import { getDb, type DB } from "./db.server";

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** What the message is for ("sign_in", "invitation"…), for the record and the outbox. */
  purpose: string;
  /** Resend drops a second request with the same key, so a retried send is delivered once. */
  idempotencyKey?: string;
  headers?: Record<string, string>;
}

/** `db` may be a transaction, so the record commits (or not) with the change that sent it. */
export async function sendEmail(email: OutgoingEmail, db: DB = getDb()): Promise<void> {
  const config = getConfig();
  const record = {
    recipient: email.to,
    subject: email.subject,
    purpose: email.purpose,
    html: email.html,
    text: email.text,
  };
  if (!config.RESEND_API_KEY) {
    await db
      .insertInto("emails")
      .values({ ...record, transport: "outbox", status: "sent" })
      .execute();
    if (config.NODE_ENV === "development") {
      console.log(`\n[outbox] To: ${email.to}\n[outbox] Subject: ${email.subject}\n${email.text}\n`);
    }
    return;
  }
  const resend = new Resend(config.RESEND_API_KEY);
  const { data, error } = await resend.emails.send(
    {
      from: config.EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: email.headers,
    },
    email.idempotencyKey ? { idempotencyKey: email.idempotencyKey } : undefined,
  );
  await db
    .insertInto("emails")
    .values({
      ...record,
      transport: "resend",
      status: error ? "failed" : "sent",
      provider_id: data?.id ?? null,
      error: error ? `${error.name}: ${error.message}` : null,
    })
    .execute();
  if (error) throw new Error(`Resend refused the ${email.purpose} email: ${error.message}`);
}
