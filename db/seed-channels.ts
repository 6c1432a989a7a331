// The seeded channels: an announcement from the secretariat to the network, and two discussions with
// replies, one mentioning Ghana. Adds them only to a database that has none, so `db:seed` can run
// again; dated in the past, so no post is still in its edit window.
import type { DB } from "./connection";
import type { Locale } from "./schema";

const ANNOUNCEMENT = {
  title: "Annual meeting of the Global Network: call for agenda items",
  body: `The secretariat is preparing the agenda of the next **annual meeting of the Global Network of R2P
Focal Points**. Members are invited to propose:

- country situations with a risk of atrocity crimes that the network should discuss;
- thematic sessions (the Kigali Principles, the ACT Code of Conduct, the UN Framework of Analysis);
- best practices of national prevention mechanisms to present to peers.

Please reply in the discussion "Agenda of the annual meeting" or write to the secretariat before the
end of the month.`,
  postedAt: "2026-11-16T09:00:00Z",
};

/** The secretariat's French and Spanish versions of the announcement. */
const ANNOUNCEMENT_VERSIONS = {
  fr: {
    title: "Réunion annuelle du Réseau mondial : appel à propositions pour l’ordre du jour",
    body: `Le secrétariat prépare l’ordre du jour de la prochaine **réunion annuelle du Réseau mondial des points
focaux R2P**. Les membres sont invités à proposer :

- des situations de pays présentant un risque d’atrocités criminelles dont le réseau devrait débattre ;
- des sessions thématiques (les Principes de Kigali, le Code de conduite du groupe ACT, le Cadre d’analyse des
  Nations Unies) ;
- des bonnes pratiques de mécanismes nationaux de prévention à présenter à leurs pairs.

Merci de répondre dans la discussion « Ordre du jour de la réunion annuelle » ou d’écrire au secrétariat
avant la fin du mois.`,
  },
  es: {
    title: "Reunión anual de la Red Mundial: convocatoria de temas para el orden del día",
    body: `La secretaría prepara el orden del día de la próxima **reunión anual de la Red Mundial de Puntos Focales
R2P**. Se invita a los miembros a proponer:

- situaciones de países con riesgo de crímenes atroces que la red debería examinar;
- sesiones temáticas (los Principios de Kigali, el Código de Conducta del grupo ACT, el Marco de Análisis de las
  Naciones Unidas);
- buenas prácticas de mecanismos nacionales de prevención para presentar a sus pares.

Respondan en el debate «Orden del día de la reunión anual» o escriban a la secretaría antes de fin de mes.`,
  },
} as const;

interface SeedPost {
  by: string;
  at: string;
  body: string;
}

const THREADS: { topic: string; posts: SeedPost[] }[] = [
  {
    topic: "Agenda of the annual meeting",
    posts: [
      {
        by: "claire.hartley@secretariat.example.org",
        at: "2026-11-16T09:30:00Z",
        body: "Following today's announcement: which situations and themes should the annual meeting take up?",
      },
      {
        by: "seoyeon.lee@mofa-korea.example.org",
        at: "2026-11-17T02:10:00Z",
        body: `We propose a session on **early-warning information sharing** between focal points, building on
the regional mechanisms presented in the manual. @Ghana, would you share how your national
architecture for peace works with ECOWAS early warning?`,
      },
      {
        by: "kwame.mensah@mfa-ghana.example.org",
        at: "2026-11-17T10:45:00Z",
        body: "Gladly. We can present the National Peace Council's work with the ECOWAS Early Warning Directorate.",
      },
    ],
  },
  {
    topic: "Translating the Framework of Analysis into national languages",
    posts: [
      {
        by: "mariela.jimenez@rree-costarica.example.org",
        at: "2026-11-18T15:00:00Z",
        body: `Costa Rica has started a Spanish-language training module on the UN Framework of Analysis for
Atrocity Crimes. Has any member translated it into another national language, and how did you
involve the other ministries?`,
      },
      {
        by: "mette.kjaergaard@um-denmark.example.org",
        at: "2026-11-19T08:20:00Z",
        body: "Denmark worked with the defence ministry on a short version for pre-deployment training. Glad to share.",
      },
    ],
  },
];

async function personByEmail(db: DB, email: string) {
  return db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select(["p.id", "p.member_id as memberId", "p.locale"])
    .where("u.email", "=", email)
    .executeTakeFirst();
}

export async function seedChannels(db: DB): Promise<{ announcements: number; posts: number }> {
  const existing = await db.selectFrom("announcements").select("id").limit(1).executeTakeFirst();
  if (existing) return { announcements: 0, posts: 0 };
  const secretariat = await personByEmail(db, "claire.hartley@secretariat.example.org");
  if (!secretariat) return { announcements: 0, posts: 0 };
  const ghana = await db.selectFrom("members").select("id").where("slug", "=", "ghana").executeTakeFirst();
  let posts = 0;
  await db.transaction().execute(async (trx) => {
    const { id: announcementId } = await trx
      .insertInto("announcements")
      .values({
        title: ANNOUNCEMENT.title,
        body: ANNOUNCEMENT.body,
        language: "en",
        regional_group: null,
        posted_by: secretariat.id,
        posted_at: ANNOUNCEMENT.postedAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("content_translations")
      .values(
        Object.entries(ANNOUNCEMENT_VERSIONS).flatMap(([locale, version]) =>
          (["title", "body"] as const).map((field) => ({
            subject_kind: "announcement" as const,
            subject_id: announcementId,
            field,
            locale: locale as "fr" | "es",
            text: version[field],
            source_text: ANNOUNCEMENT[field],
            translated_by: secretariat.id,
            translated_at: ANNOUNCEMENT.postedAt,
          })),
        ),
      )
      .execute();
    for (const thread of THREADS) {
      const authors = [];
      for (const post of thread.posts) authors.push(await personByEmail(trx, post.by));
      const first = authors[0];
      if (!first || authors.some((author) => !author)) continue;
      const { id: threadId } = await trx
        .insertInto("discussion_threads")
        .values({
          topic: thread.topic,
          started_by: first.id,
          started_at: thread.posts[0]!.at,
          post_count: thread.posts.length,
          last_post_at: thread.posts.at(-1)!.at,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      for (const [index, post] of thread.posts.entries()) {
        const author = authors[index]!;
        const { id } = await trx
          .insertInto("discussion_posts")
          .values({
            thread_id: threadId,
            author_id: author.id,
            member_id: author.memberId,
            body: post.body,
            language: author.locale as Locale,
            posted_at: post.at,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        posts++;
        if (ghana && post.body.includes("@Ghana"))
          await trx.insertInto("discussion_mentions").values({ post_id: id, member_id: ghana.id }).execute();
      }
    }
  });
  return { announcements: 1, posts };
}
