// Seeds what members and visitors asked the secretariat (seed 004: members "approach the Secretariat
// with recommendations and inquiries" and "propose joint-assistance projects"; the network shares its
// work "with states that have not yet joined"): an answered inquiry, an open project proposal and a
// question about joining from the public site. Adds nothing if any inquiry exists.
import type { DB } from "./connection";

export async function seedInquiries(db: DB): Promise<{ inquiries: number }> {
  const existing = await db.selectFrom("inquiries").select("id").limit(1).execute();
  if (existing.length) return { inquiries: 0 };
  const people = await db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select(["p.id", "p.member_id as memberId", "u.email"])
    .where("u.email", "in", [
      "claire.hartley@secretariat.example.org",
      "seoyeon.lee@mofa-korea.example.org",
      "kwame.mensah@mfa-ghana.example.org",
    ])
    .execute();
  const person = (email: string) => people.find((row) => row.email === email);
  const secretariat = person("claire.hartley@secretariat.example.org");
  const korea = person("seoyeon.lee@mofa-korea.example.org");
  const ghana = person("kwame.mensah@mfa-ghana.example.org");
  if (!secretariat || !korea || !ghana) return { inquiries: 0 };
  await db
    .insertInto("inquiries")
    .values([
      {
        kind: "inquiry",
        subject: "Translating the Framework of Analysis into Korean",
        body:
          "Our ministry would like to translate the UN Framework of Analysis for Atrocity Crimes into Korean " +
          "for the training of our diplomats.\n\nHave other members translated it, and could we see how they " +
          "organised the review of the translation with the UN Office on Genocide Prevention?",
        status: "answered",
        member_id: korea.memberId,
        asked_by: korea.id,
        locale: "en",
        answer:
          "Thank you for this welcome initiative. Several members have translated the Framework of Analysis; " +
          "the French and Spanish versions were reviewed with the UN Office on Genocide Prevention and the " +
          "Responsibility to Protect.\n\nWe will put you in touch with the focal points who coordinated those " +
          "reviews, and the manual's section on the Framework of Analysis lists the translations we know of.",
        answered_by: secretariat.id,
        answered_at: new Date("2026-10-14T15:20:00Z"),
        created_at: new Date("2026-10-09T08:45:00Z"),
        updated_at: new Date("2026-10-14T15:20:00Z"),
      },
      {
        kind: "project_proposal",
        subject: "Joint-assistance project: early-warning training for West African ministries",
        body:
          "Ghana proposes a joint-assistance project with interested members of the African Group: a two-day " +
          "training on early-warning indicators for officials of ministries of foreign affairs and interior, " +
          "hosted in Accra.\n\nWe would welcome the secretariat's help to identify partner members and experts, " +
          "and to link the project to the program of work's benchmark on training.",
        status: "in_progress",
        member_id: ghana.memberId,
        asked_by: ghana.id,
        locale: "en",
        created_at: new Date("2026-11-18T10:05:00Z"),
        updated_at: new Date("2026-11-19T09:00:00Z"),
      },
      {
        kind: "membership",
        subject: "Ministry of Foreign Affairs of Mongolia",
        body:
          "Our ministry is considering the appointment of an R2P Focal Point. Could you tell us what the " +
          "role involves in practice, and how the appointment is communicated to the network?",
        contact_name: "Bolormaa Ganbaatar",
        contact_email: "b.ganbaatar@mfa-mongolia.example.org",
        contact_organisation: "Ministry of Foreign Affairs of Mongolia",
        locale: "en",
        created_at: new Date("2026-11-25T03:30:00Z"),
        updated_at: new Date("2026-11-25T03:30:00Z"),
      },
    ])
    .execute();
  return { inquiries: 3 };
}
