// Seeded joint statements at different stages, on themes the network works on (veto restraint and
// the ACT Code of Conduct, the Framework of Analysis, the General Assembly's dialogue), written afresh.
import type {
  AmendmentKind,
  AmendmentStatus,
  CommentStance,
  ParagraphStatus,
  StatementKind,
  StatementStage,
} from "../schema";

export interface SeedAmendment {
  paragraph: number; // index in the first text
  kind: AmendmentKind;
  body: string;
  rationale: string;
  member: string;
  status: AmendmentStatus;
  decisionReason?: string;
  comments: { member: string; stance: CommentStance; body: string }[];
}

export interface SeedStatement {
  title: string;
  kind: StatementKind;
  topic: string;
  occasion: string;
  penholder: string;
  group: string[];
  stage: StatementStage;
  paragraphs: { body: string; status: ParagraphStatus }[];
  amendments: SeedAmendment[];
  /** Days from the seeding day until the silence deadline. */
  silenceDays?: number;
  deliveredOn?: string;
  venue?: string;
  signatories?: { member: string; signed: boolean }[];
  /**
   * Versions of the first text's paragraphs in another language, by a member of the group; made before
   * the amendments, so a paragraph an accepted amendment changed has an outdated version.
   */
  translations?: { language: "en" | "fr" | "es"; member: string; paragraphs: string[] };
}

export const statements: SeedStatement[] = [
  {
    title: "Joint statement on restraint in the use of the veto in situations of mass atrocities",
    kind: "joint_statement",
    topic: "Veto restraint and the ACT Code of Conduct",
    occasion: "Security Council open debate on the protection of civilians",
    penholder: "costa-rica",
    group: ["republic-of-korea", "ghana", "chile", "denmark", "european-union", "latvia"],
    stage: "drafting",
    translations: {
      language: "fr",
      member: "european-union",
      paragraphs: [
        "Nous nous exprimons au nom d’un groupe d’États membres et d’organisations du Réseau mondial des points " +
          "focaux pour la responsabilité de protéger, des responsables dont le travail quotidien consiste à " +
          "intégrer la prévention des atrocités dans les politiques de nos gouvernements.",
        "Lorsque le génocide, les crimes de guerre, le nettoyage ethnique ou les crimes contre l’humanité sont " +
          "imminents ou en cours, le Conseil de sécurité a la responsabilité particulière d’agir à temps. Trop " +
          "souvent, la menace ou l’usage du veto a empêché le Conseil d’agir, " +
          "tandis que les populations en payaient le prix.",
        "Nous soutenons donc le code de conduite du groupe Responsabilité, cohérence et transparence, ainsi que la " +
          "déclaration politique sur la suspension du veto en cas d’atrocités de masse, et nous appelons chaque " +
          "membre du Conseil à s’engager à ne pas voter contre un projet de résolution crédible visant à prévenir " +
          "ou à faire cesser de tels crimes.",
        "Nous encourageons les membres qui n’ont pas encore adhéré au code de conduite à le faire avant la " +
          "prochaine élection au Conseil de sécurité, et à le faire savoir publiquement.",
        "La prévention commence bien avant qu’un projet de résolution ne soit déposé. Nous continuerons à partager " +
          "entre points focaux nos évaluations d’alerte rapide, afin que le Conseil soit informé des risques " +
          "croissants tant qu’il est encore temps d’agir.",
      ],
    },
    paragraphs: [
      {
        body:
          "We speak on behalf of a group of member states and organisations of " +
          "the Global Network of R2P Focal Points, officials whose daily work is " +
          "to bring an atrocity-prevention lens to the policies of our governments.",
        status: "agreed",
      },
      {
        body:
          "When genocide, war crimes, ethnic cleansing or crimes against humanity are imminent or under way, " +
          "the Security Council carries a special responsibility to act in time. Too often, " +
          "the threat or use of the veto has left the Council unable to act while populations paid the price.",
        status: "open",
      },
      {
        body:
          "We therefore support the Code of Conduct of the Accountability, Coherence and Transparency group, " +
          "and the political declaration on suspending the veto in case of mass atrocities, " +
          "and we call on every member of the Council to pledge not to vote against a credible " +
          "draft resolution aimed at preventing or ending such crimes.",
        status: "bracketed",
      },
      {
        body:
          "We encourage members not yet signed up to the Code of Conduct to join it " +
          "before the next election to the Security Council, and to say so publicly.",
        status: "open",
      },
      {
        body:
          "Prevention begins long before a draft resolution is tabled. We will keep sharing early-warning " +
          "assessments among focal points so that the Council hears of rising risks while there is still time to act.",
        status: "open",
      },
    ],
    amendments: [
      {
        paragraph: 1,
        kind: "replace",
        body:
          "When genocide, war crimes, ethnic cleansing or crimes against humanity are imminent or under way, the " +
          "Security Council carries a special responsibility to act in a timely and decisive manner. Too often, the " +
          "threat or use of the veto has left the Council unable to act while civilian populations paid the price.",
        rationale:
          "Aligns the wording with paragraph 139 of the 2005 World Summit Outcome and names the civilians concerned.",
        member: "latvia",
        status: "accepted",
        comments: [{ member: "denmark", stance: "support", body: "Agreed: closer to agreed UN language." }],
      },
      {
        paragraph: 2,
        kind: "replace",
        body:
          "We therefore support the Code of Conduct of the Accountability, " +
          "Coherence and Transparency group, and we call on every member of the Council to " +
          "refrain from voting against a credible draft resolution aimed at preventing or ending such crimes.",
        rationale:
          "Not every member of the group has endorsed the political declaration; " +
          "the Code of Conduct is the common ground.",
        member: "republic-of-korea",
        status: "pending",
        comments: [
          {
            member: "chile",
            stance: "object",
            body: "We would prefer to keep the reference to the declaration, which a majority of the group supports.",
          },
          { member: "ghana", stance: "support", body: "" },
        ],
      },
      {
        paragraph: 3,
        kind: "delete",
        body: "",
        rationale:
          "Members decide on the Code of Conduct in their own time; the statement should not set a deadline for them.",
        member: "european-union",
        status: "rejected",
        decisionReason:
          "The group agreed in its first call to keep a clear, time-bound ask; the wording stays soft enough.",
        comments: [],
      },
      {
        paragraph: 4,
        kind: "insert_after",
        body:
          "We welcome the work of the Special Adviser on the Responsibility to Protect and " +
          "look forward to the Secretary-General's annual report.",
        rationale: "A closing reference to the Special Adviser, as in earlier statements of the group.",
        member: "ghana",
        status: "pending",
        comments: [
          { member: "denmark", stance: "comment", body: "Fine with us; could the year of the report be named?" },
        ],
      },
    ],
  },
  {
    title: "Joint letter on using the Framework of Analysis for Atrocity Crimes in national early warning",
    kind: "joint_letter",
    topic: "Framework of Analysis for Atrocity Crimes",
    occasion: "Letter to the Special Adviser on the Responsibility to Protect",
    penholder: "ghana",
    group: ["republic-of-korea", "guatemala", "denmark", "cote-divoire"],
    stage: "silence",
    silenceDays: 5,
    paragraphs: [
      {
        body:
          "We write as focal points for the Responsibility to Protect of " +
          "the undersigned members of the Global Network.",
        status: "agreed",
      },
      {
        body:
          "Over the past year our ministries have translated the United Nations Framework " +
          "of Analysis for Atrocity Crimes into the languages our officials work in, " +
          "and have begun to use its risk factors in national early-warning assessments.",
        status: "agreed",
      },
      {
        body:
          "We would welcome the support of your Office in training " +
          "desk officers and embassy staff to apply the Framework, " +
          "and in bringing together the experience of members who use it, so that others can learn from it.",
        status: "agreed",
      },
      { body: "We remain at your disposal to discuss how the Network can contribute to this work.", status: "agreed" },
    ],
    amendments: [
      {
        paragraph: 2,
        kind: "replace",
        body:
          "We would welcome the support of your Office in training desk officers, " +
          "embassy staff and members of the security sector to apply the Framework, " +
          "and in bringing together the experience of members who use it, so that others can learn from it.",
        rationale: "The security sector is where the Framework changes most on the ground.",
        member: "guatemala",
        status: "accepted",
        comments: [{ member: "republic-of-korea", stance: "support", body: "" }],
      },
    ],
  },
  {
    title: "Joint statement to the General Assembly's interactive dialogue on the Responsibility to Protect",
    kind: "joint_statement",
    topic: "Accountability as prevention",
    occasion: "General Assembly interactive dialogue on the Responsibility to Protect",
    penholder: "denmark",
    group: ["republic-of-korea", "ghana", "costa-rica", "australia", "botswana"],
    stage: "published",
    deliveredOn: "2026-07-09",
    venue: "United Nations General Assembly, New York",
    paragraphs: [
      {
        body:
          "I have the honour to speak on behalf of a cross-regional " +
          "group of members of the Global Network of R2P Focal Points.",
        status: "agreed",
      },
      {
        body:
          "We thank the Secretary-General for his report, which reminds us that accountability " +
          "for past atrocity crimes is one of the strongest tools we have to prevent the next ones.",
        status: "agreed",
      },
      {
        body:
          "Our group commits to mapping the national mechanisms that contribute " +
          "to atrocity prevention, to sharing what we learn with one another, " +
          "and to reporting on our progress at the next annual meeting of the Network.",
        status: "agreed",
      },
      {
        body:
          "We call on all States to include the Responsibility to Protect as " +
          "a standing item on the agenda of the General Assembly.",
        status: "agreed",
      },
    ],
    amendments: [],
    signatories: [
      { member: "republic-of-korea", signed: true },
      { member: "ghana", signed: true },
      { member: "costa-rica", signed: true },
      { member: "australia", signed: true },
      { member: "botswana", signed: true },
      { member: "guatemala", signed: true },
      { member: "canada", signed: false },
    ],
  },
];
