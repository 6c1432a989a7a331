import type { LoaderFunctionArgs } from "@remix-run/node";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { now, today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { can } from "~/personal-data/policy";
import { dataFile, dataFileName } from "~/personal-data/presenter";
import { personalData } from "~/personal-data/queries.server";

/** "Download my data": everything the portal holds about the signed-in person, as a JSON file. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "download", { personId: person.id }));
  const file = dataFile(await personalData(getDb(), person.id), now());
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${dataFileName(today(person.timeZone))}"`,
      "Cache-Control": "no-store",
    },
  });
}
