// The one way the portal sends email: Resend when RESEND_API_KEY is set, the dev outbox otherwise.
// Every message is recorded in the `emails` table with how it went.
import { Resend } from "resend";
import { getConfig, isLocalMode } from "./config.server";
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
  /**
   * The single-use secret a sign-in or invitation link carries. Outside local mode the record keeps
   * the message without any link that holds it: only the recipient's mailbox has it in clear.
   */
  secret?: string;
}

export const REMOVED_LINK = "[link removed]";

/** The text or HTML with every URL that holds the secret replaced. */
export function withoutSecretLinks(body: string, secret: string): string {
  const escaped = secret.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return body.replace(new RegExp(`[^\\s"'<>()\\[\\]]*${escaped}[^\\s"'<>()\\[\\]]*`, "g"), REMOVED_LINK);
}

/** `db` may be a transaction, so the record commits (or not) with the change that sent it. */
export async function sendEmail(email: OutgoingEmail, db: DB = getDb()): Promise<void> {
  const config = getConfig();
  // The dev outbox needs the links to be of use; anywhere else the record must not sign anyone in.
  const keepSecret = isLocalMode(config) || !email.secret;
  const record = {
    recipient: email.to,
    subject: email.subject,
    purpose: email.purpose,
    html: keepSecret ? email.html : withoutSecretLinks(email.html, email.secret!),
    text: keepSecret ? email.text : withoutSecretLinks(email.text, email.secret!),
  };
  if (!config.RESEND_API_KEY) {
    await db
      .insertInto("emails")
      .values({ ...record, transport: "outbox", status: "sent" })
      .execute();
    // Printed too when someone watches a terminal (`npm start`, `npm run dev`), not into test logs.
    if (isLocalMode(config) && process.stdout.isTTY) {
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
