// The secretariat posts an announcement: one transaction with its audit entry and the notices to
// its audience, whose emails go out by the queue as each person's preferences say.
import type { RegionalGroup } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { notify } from "~/notifications/delivery.server";
import type { AnnouncementInput } from "./forms.server";
import { can } from "./policy";

/**
 * Who hears of it: every active person for the whole network; for a regional group, the focal points
 * of its members, and the secretariat, who speaks for the network. Never the one who posted it.
 */
async function audience(db: DB, regionalGroup: RegionalGroup | null, posterId: number): Promise<number[]> {
  let people = db
    .selectFrom("people as p")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select("p.id")
    .where("p.status", "=", "active")
    .where("p.id", "<>", posterId);
  if (regionalGroup !== null)
    people = people.where((eb) =>
      eb.or([eb("p.role", "=", "secretariat"), eb("m.regional_group", "=", regionalGroup)]),
    );
  return (await people.execute()).map((person) => person.id);
}

export async function postAnnouncement(db: DB, viewer: Viewer, input: AnnouncementInput): Promise<number> {
  ensure(can(viewer, "post"));
  const regionalGroup = input.audience === "network" ? null : input.audience;
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("announcements")
      .values({
        title: input.title,
        body: input.body,
        language: input.language,
        regional_group: regionalGroup,
        posted_by: viewer.id,
        posted_at: now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: "announcement_posted",
      actor: viewer,
      subject: { kind: "announcement", id },
      details: { audience: input.audience },
    });
    await notify(trx, {
      kind: "announcement_posted",
      recipients: await audience(trx, regionalGroup, viewer.id),
      params: { announcement: input.title, announcementId: String(id) },
      link: `/announcements/${id}`,
    });
    return id;
  });
}
