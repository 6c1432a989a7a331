// Seeds onboarding (seed 004: "an annual training for new members", "small regional meetings and other
// pairings"): focal points appointed this year, among them alternates still to sign in, a mentor pair
// (the demo focal point mentors a newcomer of the Philippines) and the "Great Lakes pairing" of
// African Group members. Adds nothing if any pairing exists.
import type { DB } from "./connection";
import type { Locale } from "./schema";

const DAY = 86_400_000;

/** Newly appointed alternates: appointed `daysAgo`, signed in `signedIn` days ago or not yet. */
const NEWCOMERS: {
  email: string;
  name: string;
  memberSlug: string;
  title: string;
  timeZone: string;
  locale: Locale;
  daysAgo: number;
  signedIn: number | null;
}[] = [
  {
    email: "maria.santos@dfa-philippines.example.org",
    name: "Maria Santos",
    memberSlug: "philippines",
    title: "Assistant Director, United Nations and International Organizations",
    timeZone: "Asia/Manila",
    locale: "en",
    daysAgo: 60,
    signedIn: 55,
  },
  {
    email: "aline.uwase@minaffet-rwanda.example.org",
    name: "Aline Uwase",
    memberSlug: "rwanda",
    title: "Deputy Director, Multilateral Affairs",
    timeZone: "Africa/Kigali",
    locale: "fr",
    daysAgo: 120,
    signedIn: 110,
  },
  {
    email: "patrick.ilunga@mae-rdc.example.org",
    name: "Patrick Ilunga",
    memberSlug: "democratic-republic-of-the-congo",
    title: "Counsellor, Human Rights",
    timeZone: "Africa/Kinshasa",
    locale: "fr",
    daysAgo: 200,
    signedIn: 190,
  },
  {
    email: "grace.nakato@mofa-uganda.example.org",
    name: "Grace Nakato",
    memberSlug: "uganda",
    title: "Principal Foreign Service Officer",
    timeZone: "Africa/Kampala",
    locale: "en",
    daysAgo: 12,
    signedIn: null,
  },
];

export async function seedPairings(db: DB, now = new Date()): Promise<{ pairings: number }> {
  const existing = await db.selectFrom("pairings").select("id").limit(1).execute();
  if (existing.length) return { pairings: 0 };
  return db.transaction().execute(async (trx) => {
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const members = await trx
      .selectFrom("members")
      .select(["id", "slug"])
      .where(
        "slug",
        "in",
        NEWCOMERS.map((newcomer) => newcomer.memberSlug),
      )
      .execute();
    const secretariat = await trx
      .selectFrom("people")
      .select("id")
      .where("role", "=", "secretariat")
      .orderBy("id")
      .executeTakeFirst();
    if (members.length !== NEWCOMERS.length || !secretariat) return { pairings: 0 };
    const users = await trx
      .insertInto("User")
      .values(NEWCOMERS.map(({ email, name }) => ({ email, name })))
      .onConflict((oc) => oc.column("email").doUpdateSet({ name: (eb) => eb.ref("excluded.name") }))
      .returning(["id", "email"])
      .execute();
    const newcomers = await trx
      .insertInto("people")
      .values(
        NEWCOMERS.map((newcomer) => ({
          user_id: users.find((user) => user.email === newcomer.email)!.id,
          name: newcomer.name,
          role: "focal_point" as const,
          member_id: members.find((member) => member.slug === newcomer.memberSlug)!.id,
          is_alternate: true,
          title: newcomer.title,
          ministry: "Ministry of Foreign Affairs",
          time_zone: newcomer.timeZone,
          locale: newcomer.locale,
          status: newcomer.signedIn === null ? ("invited" as const) : ("active" as const),
          invited_at: ago(newcomer.daysAgo),
          activated_at: newcomer.signedIn === null ? null : ago(newcomer.signedIn),
        })),
      )
      .onConflict((oc) => oc.column("user_id").doNothing())
      .returning(["id", "name", "status", "member_id as memberId"])
      .execute();
    const person = (name: string) => newcomers.find((row) => row.name === name);
    const invited = newcomers.filter((row) => row.status === "invited");
    if (invited.length)
      await trx
        .insertInto("invitations")
        .values(
          invited.map((row) => ({
            person_id: row.id,
            invited_by: secretariat.id,
            created_at: ago(12),
            expires_at: new Date(now.getTime() + 2 * DAY),
          })),
        )
        .execute();
    // The demo focal point has acted lately; one newcomer has too, the others not since signing in.
    const mentors = await trx
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select(["p.id", "u.email"])
      .where("u.email", "in", [
        "seoyeon.lee@mofa-korea.example.org",
        "jeanpierre.mukendi@mae-rdc.example.org",
        "kwame.mensah@mfa-ghana.example.org",
      ])
      .execute();
    const mentor = (email: string) => mentors.find((row) => row.email === email);
    const maria = person("Maria Santos");
    if (maria)
      await trx
        .insertInto("audit_log")
        .values({ at: ago(20), action: "profile_updated", actor_id: maria.id, person_id: maria.id, details: {} })
        .execute();
    const korea = mentor("seoyeon.lee@mofa-korea.example.org");
    const ghana = mentor("kwame.mensah@mfa-ghana.example.org");
    const patrick = person("Patrick Ilunga");
    const aline = person("Aline Uwase");
    const pairs = [
      { mentor: korea, newcomer: maria, at: ago(50) },
      { mentor: ghana, newcomer: patrick, at: ago(180) },
    ].filter((pair) => pair.mentor && pair.newcomer);
    let pairings = 0;
    for (const pair of pairs) {
      const pairing = await trx
        .insertInto("pairings")
        .values({ kind: "mentor", created_by: secretariat.id, created_at: pair.at })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("pairing_people")
        .values([
          { pairing_id: pairing.id, person_id: pair.mentor!.id, role: "mentor" },
          { pairing_id: pairing.id, person_id: pair.newcomer!.id, role: "newcomer" },
        ])
        .execute();
      pairings += 1;
    }
    const drc = mentor("jeanpierre.mukendi@mae-rdc.example.org");
    const greatLakes = [drc, aline].filter((row) => row !== undefined);
    const others = await trx
      .selectFrom("people as p")
      .innerJoin("members as m", "m.id", "p.member_id")
      .select("p.id")
      .where("m.slug", "in", ["uganda", "united-republic-of-tanzania"])
      .where("p.status", "=", "active")
      .where("p.is_alternate", "=", false)
      .execute();
    const peers = [...greatLakes.map((row) => row.id), ...others.map((row) => row.id)];
    if (peers.length >= 2) {
      const pairing = await trx
        .insertInto("pairings")
        .values({
          kind: "regional",
          name: "Great Lakes pairing",
          regional_group: "african",
          created_by: secretariat.id,
          created_at: ago(90),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("pairing_people")
        .values(peers.map((id) => ({ pairing_id: pairing.id, person_id: id, role: "peer" as const })))
        .execute();
      pairings += 1;
    }
    return { pairings };
  });
}
