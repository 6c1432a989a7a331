// The mailer with RESEND_API_KEY set: Resend's HTTP API is the only thing stubbed; the record is real.
import { describe, expect, it } from "vitest";
import { resendSuite } from "../helpers/resend";

const resend = resendSuite({ env: { EMAIL_FROM: "R2P Focal Points <portal@example.org>" } });

const message = {
  to: "kwame.mensah@mfa-ghana.example.org",
  subject: "Your sign-in link",
  html: "<p>Hello</p>",
  text: "Hello",
  purpose: "sign_in",
  idempotencyKey: "sign_in/42",
};

describe("sending through Resend", () => {
  it("posts both parts with the sender and idempotency key, and records the delivery", async () => {
    resend.answer = () => Response.json({ id: "email_123" });
    const { sendEmail } = await import("~/lib/mailer.server");
    await sendEmail(message);
    const { calls } = resend;
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("https://api.resend.com/emails");
    expect(calls[0]!.body).toMatchObject({
      from: "R2P Focal Points <portal@example.org>",
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text,
    });
    expect(calls[0]!.headers.get("Authorization")).toBe("Bearer re_test_key");
    expect(calls[0]!.headers.get("Idempotency-Key")).toBe("sign_in/42");
    const row = await resend.database.db.selectFrom("emails").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ transport: "resend", status: "sent", provider_id: "email_123", recipient: message.to });
  });

  it("records a refusal as failed and reports it", async () => {
    resend.answer = () =>
      Response.json({ name: "validation_error", message: "Invalid `to` field.", statusCode: 422 }, { status: 422 });
    const { sendEmail } = await import("~/lib/mailer.server");
    await expect(sendEmail({ ...message, idempotencyKey: undefined })).rejects.toThrow(
      "Resend refused the sign_in email",
    );
    const failed = await resend.database.db
      .selectFrom("emails")
      .selectAll()
      .where("status", "=", "failed")
      .executeTakeFirstOrThrow();
    expect(failed.error).toContain("Invalid `to` field.");
  });
});
