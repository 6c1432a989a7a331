// Seeds the document library (seed 004: "translations of the Framework of Analysis, national mapping
// and training modules"): a file on a manual section, a best practice, two activities, a benchmark
// report and a situation group, each uploaded by someone who may change what it is attached to.
// Into an empty library only.
import { createHash } from "node:crypto";
import type { LibraryLanguage, LibraryOwnerKind } from "./schema";
import type { DB } from "./connection";
import { simpleDocx, simplePdf } from "./seed-data/documents";

interface SeedFile {
  owner: LibraryOwnerKind;
  ownerId: number | undefined;
  uploadedBy: number | undefined;
  title: string;
  description: string;
  language: LibraryLanguage;
  filename: string;
  contentType: string;
  bytes: Uint8Array;
  daysAgo: number;
}

const PDF = "application/pdf";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const DAY = 86_400_000;

export async function seedLibrary(db: DB, now = new Date()): Promise<{ libraryFiles: number }> {
  const existing = await db.selectFrom("library_files").select("id").limit(1).execute();
  if (existing.length) return { libraryFiles: 0 };
  const [people, section, practice, activities, report, group] = await Promise.all([
    db
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select(["p.id", "u.email"])
      .where("u.email", "in", [
        "claire.hartley@secretariat.example.org",
        "seoyeon.lee@mofa-korea.example.org",
        "kwame.mensah@mfa-ghana.example.org",
      ])
      .execute(),
    db.selectFrom("manual_sections").select("id").where("slug", "=", "framework-of-analysis").executeTakeFirst(),
    db
      .selectFrom("best_practices")
      .select("id")
      .where("title", "=", "Translating the Framework of Analysis and briefing every desk")
      .executeTakeFirst(),
    db
      .selectFrom("activities")
      .select(["id", "title"])
      .where("title", "in", [
        "Map national prevention mechanisms and treaty ratification",
        "Training on risk factors for diplomats, parliamentarians and the security sector",
      ])
      .execute(),
    db
      .selectFrom("benchmark_reports as r")
      .innerJoin("benchmarks as b", "b.id", "r.benchmark_id")
      .innerJoin("members as m", "m.id", "r.member_id")
      .select("r.id")
      .where("m.slug", "=", "republic-of-korea")
      .where("b.title", "like", "30 members have translated the Framework%")
      .orderBy("r.reported_on", "desc")
      .executeTakeFirst(),
    db.selectFrom("situation_groups").select("id").where("title", "like", "Central Sahel%").executeTakeFirst(),
  ]);
  const person = (email: string) => people.find((row) => row.email === email)?.id;
  const secretariat = person("claire.hartley@secretariat.example.org");
  const korea = person("seoyeon.lee@mofa-korea.example.org");
  const ghana = person("kwame.mensah@mfa-ghana.example.org");
  const activity = (start: string) => activities.find((row) => row.title.startsWith(start))?.id;

  const files: SeedFile[] = [
    {
      owner: "manual_section",
      ownerId: section?.id,
      uploadedBy: secretariat,
      title: "Cadre d'analyse des atrocités criminelles (traduction française)",
      description:
        "La traduction française du Cadre d'analyse des atrocités criminelles des Nations Unies, " +
        "avec ses facteurs de risque communs et spécifiques, pour les formations des ministères francophones.",
      language: "fr",
      filename: "cadre-d-analyse-atrocites-criminelles.pdf",
      contentType: PDF,
      bytes: simplePdf("Cadre d'analyse des atrocités criminelles", [
        "Un outil de prévention - Nations Unies, 2014",
        "Facteur de risque 1 : situations de conflit armé ou autres formes d'instabilité",
        "Facteur de risque 2 : violations graves du droit international des droits de l'homme",
        "Facteur de risque 3 : faiblesse des structures de l'État",
      ]),
      daysAgo: 120,
    },
    {
      owner: "best_practice",
      ownerId: practice?.id,
      uploadedBy: korea,
      title: "Briefing note for country desks on the Framework of Analysis",
      description:
        "The two-page note the Republic of Korea's ministry sends to each country desk with the translated " +
        "Framework of Analysis: which risk factors to watch in their reporting and whom to alert.",
      language: "en",
      filename: "framework-briefing-note-country-desks.docx",
      contentType: DOCX,
      bytes: await simpleDocx("Briefing note for country desks", [
        "Why the Framework of Analysis matters to your desk's reporting.",
        "Risk factors to watch: armed conflict, serious violations of human rights, weak state structures.",
        "Whom to alert: the R2P focal point, who brings it to the network's early-warning channel.",
      ]),
      daysAgo: 90,
    },
    {
      owner: "activity",
      ownerId: activity("Map national prevention mechanisms"),
      uploadedBy: secretariat,
      title: "National mapping template: prevention mechanisms and ratifications",
      description:
        "A spreadsheet to map national prevention mechanisms and the ratification of the Geneva Conventions, " +
        "the Rome Statute, the Arms Trade Treaty and the Kigali Principles, one row per instrument.",
      language: "en",
      filename: "national-mapping-template.csv",
      contentType: "text/csv; charset=utf-8",
      bytes: new TextEncoder().encode(
        "Instrument,Signed,Ratified,National implementing law,Responsible ministry\n" +
          "Geneva Conventions (1949),,,,\nRome Statute of the ICC,,,,\nArms Trade Treaty,,,,\n" +
          "Kigali Principles (endorsement),,,,\nGenocide Convention,,,,\n",
      ),
      daysAgo: 60,
    },
    {
      owner: "activity",
      ownerId: activity("Training on risk factors"),
      uploadedBy: secretariat,
      title: "Módulo de formación: factores de riesgo de crímenes atroces",
      description:
        "Módulo de formación de medio día para diplomáticos, parlamentarios y el sector de seguridad sobre " +
        "los factores de riesgo de crímenes atroces y los mecanismos de prevención.",
      language: "es",
      filename: "modulo-formacion-factores-de-riesgo.pdf",
      contentType: PDF,
      bytes: simplePdf("Módulo de formación: factores de riesgo", [
        "Sesión 1: el Marco de Análisis de Crímenes Atroces",
        "Sesión 2: alerta temprana y acción temprana",
        "Sesión 3: ejercicio práctico por regiones",
      ]),
      daysAgo: 45,
    },
    {
      owner: "benchmark_report",
      ownerId: report?.id,
      uploadedBy: korea,
      title: "Korean translation of the Framework of Analysis: review record",
      description:
        "How the Korean translation was reviewed with the UN Office on Genocide Prevention and the " +
        "Responsibility to Protect before it was published, as evidence for the benchmark.",
      language: "en",
      filename: "korean-translation-review-record.docx",
      contentType: DOCX,
      bytes: await simpleDocx("Korean translation: review record", [
        "First draft by the ministry's translation service.",
        "Review of terminology with the UN Office on Genocide Prevention and the Responsibility to Protect.",
        "Published on the ministry's website and sent to every embassy.",
      ]),
      daysAgo: 30,
    },
    {
      owner: "situation_group",
      ownerId: group?.id,
      uploadedBy: ghana,
      title: "Briefing note: early-warning indicators in the tri-border area",
      description:
        "Confidential briefing note for the group: attacks on civilians, displacement and hate speech " +
        "observed where Burkina Faso, Mali and Niger meet, with the indicators the group follows.",
      language: "en",
      filename: "briefing-tri-border-indicators.pdf",
      contentType: PDF,
      bytes: simplePdf("Briefing note: tri-border area", [
        "Confidential - for the members of the situation group",
        "Indicators: attacks on civilians, displacement, hate speech, arms flows",
        "Recommended: joint demarche before the next Human Rights Council session",
      ]),
      daysAgo: 10,
    },
  ];

  let added = 0;
  for (const file of files) {
    if (file.ownerId === undefined) continue;
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("library_files")
        .values({
          owner_kind: file.owner,
          owner_id: file.ownerId!,
          title: file.title,
          description: file.description,
          language: file.language,
          filename: file.filename,
          content_type: file.contentType,
          size: file.bytes.byteLength,
          sha256: createHash("sha256").update(file.bytes).digest("hex"),
          storage: "database",
          storage_key: null,
          uploaded_by: file.uploadedBy ?? null,
          uploaded_at: new Date(now.getTime() - file.daysAgo * DAY),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx.insertInto("library_blobs").values({ file_id: id, content: file.bytes }).execute();
    });
    added++;
  }
  return { libraryFiles: added };
}
