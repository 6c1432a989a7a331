// Seeds the last two annual meetings: the sixth (Seoul, June 2016), whose recommendations are seed
// 004's word for word and which the seeded program of work answers, with its outcome document; and the
// latest, in Copenhagen, which set the benchmarks for the next meeting. Into an empty record only.
import { createHash } from "node:crypto";
import type { DB } from "./connection";
import type { RecommendationCategory } from "./schema";
import { simplePdf } from "./seed-data/documents";

interface SeedRecommendation {
  category: RecommendationCategory;
  text: string;
  /** The beginnings of the titles of the seeded activities and benchmarks that answer it. */
  activities: string[];
  benchmarks: string[];
}

const SIXTH: SeedRecommendation[] = [
  {
    category: "national",
    text:
      "Awareness-raising activities, including translation of the UN Framework of Analysis for Atrocity Crimes " +
      "into a local language and engaging in public diplomacy on R2P and atrocity situations.",
    activities: ["Translate the UN Framework of Analysis"],
    benchmarks: ["30 members have translated the Framework of Analysis"],
  },
  {
    category: "national",
    text:
      "Identifying opportunities for engagement between ministries on mass atrocity prevention, including through " +
      "demonstrating the connections between development programming and reducing the risk of mass atrocities.",
    activities: ["Inter-ministerial working groups"],
    benchmarks: ["25 members have an inter-ministerial focal group"],
  },
  {
    category: "national",
    text:
      "Mapping existing preventive mechanisms within their governments, including assessing national " +
      "implementation of international principles that support the protection of human rights and prevention " +
      "of mass atrocities.",
    activities: ["Map national prevention mechanisms"],
    benchmarks: ["Half of the network has mapped"],
  },
  {
    category: "national",
    text:
      "Facilitating training of diplomatic staff, parliamentarians, and the security sector on risk factors for " +
      "mass atrocities and mechanisms for prevention.",
    activities: ["Training on risk factors"],
    benchmarks: ["40 members have held a training"],
  },
  {
    category: "national",
    text:
      "Ensuring troops and police participating in peacekeeping missions receive pre-deployment training for the " +
      "protection of civilians in mass atrocity situations from their home government.",
    activities: ["Pre-deployment protection-of-civilians training"],
    benchmarks: ["Every troop-contributing member"],
  },
  {
    category: "international",
    text:
      "Engaging in country-specific advocacy to address mass atrocity situations with a group of R2P Focal Points " +
      "who may consider a particular country a priority commitment.",
    activities: ["Country-specific advocacy"],
    benchmarks: [],
  },
  {
    category: "international",
    text:
      "Encouraging permanent missions in New York and Geneva to consistently engage on R2P and atrocity risk " +
      "situations at the UN Security Council and Human Rights Council.",
    activities: ["Consistent engagement by missions"],
    benchmarks: [],
  },
  {
    category: "international",
    text:
      "Strengthening information-sharing for early warning, and encouraging regional organizations with " +
      "sophisticated early warning tools to help others in developing similar mechanisms.",
    activities: ["Early-warning information sharing"],
    benchmarks: [],
  },
  {
    category: "international",
    text:
      "Raising R2P implementation within meetings of various country sub-groupings, " +
      "including regional organizations.",
    activities: ["Raise R2P implementation in regional groupings"],
    benchmarks: ["All members have endorsed the Kigali Principles"],
  },
  {
    category: "global_network",
    text: "Generating and implementing a collective program of work, including issuing joint statements on R2P.",
    activities: ["Joint statements for the General Assembly"],
    benchmarks: [],
  },
  {
    category: "global_network",
    text: "Publishing a Manual for R2P Focal Points and holding an annual training for new members.",
    activities: ["Publish the Manual", "Annual training for newly appointed"],
    benchmarks: [],
  },
];

const LATEST: SeedRecommendation[] = [
  {
    category: "national",
    text:
      "Members that have not yet translated the Framework of Analysis do so before the next annual meeting, " +
      "drawing on the translations and briefing notes shared in the library.",
    activities: ["Translate the UN Framework of Analysis"],
    benchmarks: ["30 members have translated the Framework of Analysis"],
  },
  {
    category: "global_network",
    text:
      "The secretariat pairs each newly appointed focal point with an experienced one and holds the annual " +
      "training in the first months of their appointment.",
    activities: ["Annual training for newly appointed"],
    benchmarks: [],
  },
  {
    category: "international",
    text:
      "Situation groups share early-warning updates between Global Calls and bring the most urgent to the " +
      "secretariat for the next call's agenda.",
    activities: ["Early-warning information sharing"],
    benchmarks: [],
  },
];

export async function seedMeetings(db: DB, now = new Date()): Promise<{ annualMeetings: number }> {
  const existing = await db.selectFrom("annual_meetings").select("id").limit(1).execute();
  if (existing.length) return { annualMeetings: 0 };
  const [members, activities, benchmarks, secretariat] = await Promise.all([
    db.selectFrom("members").select(["id", "slug"]).where("slug", "in", ["republic-of-korea", "denmark"]).execute(),
    db.selectFrom("activities").select(["id", "title"]).execute(),
    db.selectFrom("benchmarks").select(["id", "title"]).execute(),
    db
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select("p.id")
      .where("u.email", "=", "claire.hartley@secretariat.example.org")
      .executeTakeFirst(),
  ]);
  const host = (slug: string) => members.find((member) => member.slug === slug)?.id;
  const korea = host("republic-of-korea");
  const denmark = host("denmark");
  if (!korea || !denmark) return { annualMeetings: 0 };
  const idsOf = (rows: { id: number; title: string }[], starts: string[]) =>
    starts.flatMap((start) => rows.filter((row) => row.title.startsWith(start)).map((row) => row.id));
  const lastYear = now.getUTCFullYear() - (now.getUTCMonth() < 6 ? 1 : 0);

  const meetings = [
    {
      title: "Sixth annual meeting of the Global Network of R2P Focal Points",
      city: "Seoul",
      starts_on: "2016-06-20",
      ends_on: "2016-06-22",
      host_member_id: korea,
      summary:
        "Co-hosted by the Republic of Korea and the Democratic Republic of Timor-Leste with the Global Centre for " +
        "the Responsibility to Protect. Senior government representatives from more than 50 countries identified " +
        "concrete measures focal points can undertake individually and collectively to implement R2P at " +
        "national, regional and global levels, from small, budget-neutral projects to broader inter-ministerial " +
        "activities.",
      recommendations: SIXTH,
      outcome: {
        title: "Summary of the Sixth Annual Meeting (outcome document)",
        filename: "sixth-annual-meeting-outcome-document.pdf",
        description:
          "The outcome document of the sixth annual meeting, Seoul, 20-22 June 2016: challenges identified, " +
          "building capacity to prevent mass atrocity crimes, and the recommendations of the focal points.",
        bytes: simplePdf("Summary of the Sixth Annual Meeting", [
          "Global Network of R2P Focal Points - Seoul, Republic of Korea, 20-22 June 2016",
          "Executive summary: from principle to practice",
          "Recommendations: National, International, Global Network",
        ]),
      },
    },
    {
      title: `Annual meeting of the Global Network of R2P Focal Points, ${lastYear}`,
      city: "Copenhagen",
      starts_on: `${lastYear}-06-09`,
      ends_on: `${lastYear}-06-10`,
      host_member_id: denmark,
      summary:
        "The network reviewed progress on the program of work and its benchmarks, welcomed newly appointed focal " +
        "points and agreed how members share early-warning information between Global Calls.",
      recommendations: LATEST,
      outcome: null,
    },
  ];

  for (const meeting of meetings) {
    await db.transaction().execute(async (trx) => {
      const { recommendations, outcome, ...record } = meeting;
      const at = new Date(`${meeting.ends_on}T18:00:00Z`);
      const { id } = await trx
        .insertInto("annual_meetings")
        .values({ ...record, language: "en", created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (outcome) {
        const file = await trx
          .insertInto("library_files")
          .values({
            owner_kind: "annual_meeting",
            owner_id: id,
            title: outcome.title,
            description: outcome.description,
            language: "en",
            filename: outcome.filename,
            content_type: "application/pdf",
            size: outcome.bytes.byteLength,
            sha256: createHash("sha256").update(outcome.bytes).digest("hex"),
            storage: "database",
            storage_key: null,
            uploaded_by: secretariat?.id ?? null,
            uploaded_at: at,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await trx.insertInto("library_blobs").values({ file_id: file.id, content: outcome.bytes }).execute();
        await trx.updateTable("annual_meetings").set({ outcome_file_id: file.id }).where("id", "=", id).execute();
      }
      for (const [index, recommendation] of recommendations.entries()) {
        const { id: recommendationId } = await trx
          .insertInto("annual_meeting_recommendations")
          .values({ meeting_id: id, position: index + 1, category: recommendation.category, text: recommendation.text })
          .returning("id")
          .executeTakeFirstOrThrow();
        const activityIds = idsOf(activities, recommendation.activities);
        const benchmarkIds = idsOf(benchmarks, recommendation.benchmarks);
        if (activityIds.length)
          await trx
            .insertInto("recommendation_activities")
            .values(activityIds.map((activity_id) => ({ recommendation_id: recommendationId, activity_id })))
            .execute();
        if (benchmarkIds.length)
          await trx
            .insertInto("recommendation_benchmarks")
            .values(benchmarkIds.map((benchmark_id) => ({ recommendation_id: recommendationId, benchmark_id })))
            .execute();
      }
    });
  }
  return { annualMeetings: meetings.length };
}
