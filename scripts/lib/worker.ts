// The job worker with the portal's task list: started by the server entry (in-process) and by scripts/worker.ts.
import type { Runner } from "graphile-worker";
import { cron, taskList } from "../../app/jobs/task-list.server";
import { enqueue, startWorker } from "../../app/lib/jobs.server";
import { requeueUnsent } from "../../app/notifications/delivery.server";
import { openDatabase } from "../../db/connection";

export async function startPortalWorker(connectionString: string, concurrency?: number): Promise<Runner> {
  const runner = await startWorker({ connectionString, taskList, cron, concurrency });
  // Catch up at once on what fell due while no worker ran (and requeue jobs a crashed worker held).
  const db = openDatabase(connectionString, { max: 1 });
  await enqueue(db, "calendar.dispatch_reminders", {}, { jobKey: "calendar.dispatch_reminders" });
  await requeueUnsent(db);
  await db.destroy();
  return runner;
}
