// `npm run bench`: how long 1,000 reminders due at the same moment take to go out, through a
// separate worker process (`npm run worker`) delivering to the dev outbox.
import { spawn } from "node:child_process";
import { sql } from "kysely";
import { openDatabase } from "../../db/connection";

export async function benchReminders(databaseUrl: string, count: number): Promise<void> {
  const db = openDatabase(databaseUrl, { max: 2 });
  let output = "";
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      RESEND_API_KEY: "",
      AUTH_SECRET: "bench-secret-that-is-long-enough-0123456789",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker.stdout.on("data", (chunk) => (output += chunk));
  worker.stderr.on("data", (chunk) => (output += chunk));
  try {
    while (!output.includes("Worker running")) {
      if (worker.exitCode !== null) throw new Error(`The worker exited:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Two Global Calls in half an hour, each with its 1-hour reminder already due for half the count.
    const calls = await sql<{ id: number }>`
      insert into events (title, type, starts_at, ends_at, time_zone, reminder_offsets)
      select 'Bench call ' || n, 'global_call', now() + interval '30 minutes', now() + interval '90 minutes',
        'UTC', '{60}'
      from generate_series(1, 2) as n returning id`.execute(db);
    const started = Date.now();
    for (const call of calls.rows) {
      await sql`
        insert into call_reminders (event_id, person_id, offset_minutes, due_at)
        select ${call.id}::integer, id, 60, now() - interval '1 minute'
        from people where status = 'active' order by id limit ${count / 2}::integer`.execute(db);
    }
    await sql`select graphile_worker.add_job('calendar.dispatch_reminders', '{}'::json,
      job_key := 'calendar.dispatch_reminders')`.execute(db);
    const ids = calls.rows.map((call) => call.id);
    // Done when every reminder is told (a notification) and every immediate one is emailed.
    let [sent, unsent] = [0, 0];
    while (sent < count || unsent > 0) {
      if (Date.now() - started > 120_000)
        throw new Error(
          `Only ${sent} of ${count} reminders were told (${unsent} not yet emailed) in 120 s. ` +
            `Worker output:\n${output}`,
        );
      await new Promise((resolve) => setTimeout(resolve, 100));
      const row = await db
        .selectFrom("call_reminders")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("event_id", "in", ids)
        .where("status", "=", "sent")
        .executeTakeFirstOrThrow();
      sent = Number(row.n);
      const waiting = await db
        .selectFrom("notifications")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("kind", "=", "call_reminder")
        .where(
          "link",
          "in",
          ids.map((id) => `/calendar/${id}`),
        )
        .where("email_cadence", "=", "immediate")
        .where("emailed_at", "is", null)
        .executeTakeFirstOrThrow();
      unsent = Number(waiting.n);
    }
    const seconds = (Date.now() - started) / 1000;
    const emails = await db
      .selectFrom("emails")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("purpose", "=", "call_reminder")
      .executeTakeFirstOrThrow();
    console.log(
      `\n${count} reminders due at once: all sent in ${seconds.toFixed(1)} s ` +
        `(${Math.round(count / seconds)} per second; ${emails.n} in the outbox)`,
    );
  } finally {
    worker.kill("SIGTERM");
    await new Promise((resolve) => worker.once("exit", resolve));
    await db.destroy();
  }
}
