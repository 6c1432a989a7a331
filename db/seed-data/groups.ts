// Two situation groups for the seeded network: a country situation and a theme, each with early-warning
// updates over several months (the risk level changing), a discussion, and a request to join that waits.
import type { RiskLevel } from "../schema";

export interface SeedUpdate {
  /** Days before the seed's "now". */
  daysAgo: number;
  by: string;
  riskLevel: RiskLevel;
  body: string;
  sources: { label: string; url: string }[];
  replies: { by: string; body: string }[];
}

export interface SeedGroup {
  title: string;
  description: string;
  listed: boolean;
  openedBy: string;
  members: string[];
  pendingRequest: string;
  updates: SeedUpdate[];
}

export const situationGroups: SeedGroup[] = [
  {
    title: "Central Sahel: risks to civilians in the tri-border area",
    description:
      "Members concerned by attacks on civilians and rising inter-communal violence where Burkina Faso, " +
      "Mali and Niger meet share early-warning information, compare their missions' reporting and prepare " +
      "joint démarches.",
    listed: true,
    openedBy: "ghana",
    members: ["ghana", "cote-divoire", "france", "netherlands", "republic-of-korea", "canada"],
    pendingRequest: "denmark",
    updates: [
      {
        daysAgo: 150,
        by: "ghana",
        riskLevel: "elevated",
        body:
          "Our embassy reports **displacement from rural communes** after two attacks on weekly markets. " +
          "Local officials describe armed groups separating people by ethnicity at checkpoints, an early " +
          "indicator under risk factor 7 of the UN Framework of Analysis.",
        sources: [
          { label: "OCHA situation report", url: "https://www.unocha.org/" },
          { label: "Embassy cable (summary shared with the group)", url: "https://www.example.org/cable-summary" },
        ],
        replies: [
          {
            by: "france",
            body: "Our reporting matches this. We also note hate speech on local radio naming one community.",
          },
          { by: "canada", body: "Could the group track the radio messages over the next month?" },
        ],
      },
      {
        daysAgo: 110,
        by: "france",
        riskLevel: "high",
        body:
          "Three villages attacked in one week; dozens of civilians killed. Self-defence militias are being " +
          "armed by local authorities. The pattern now meets several indicators of **risk factor 4** " +
          "(motives or incentives) and of **factor 10** (enabling circumstances).",
        sources: [{ label: "OHCHR press briefing", url: "https://www.ohchr.org/en/press-briefing-notes" }],
        replies: [
          {
            by: "netherlands",
            body: "We propose raising this at the next Global Call and drafting a joint letter to the Council.",
          },
        ],
      },
      {
        daysAgo: 60,
        by: "cote-divoire",
        riskLevel: "severe",
        body:
          "Reports of a massacre in a market town, with survivors describing killings by ethnicity. " +
          "Humanitarian access is cut. The group's members agree this is the highest risk since the group opened.",
        sources: [
          {
            label: "UN Special Adviser on the Prevention of Genocide, statement",
            url: "https://www.un.org/en/genocideprevention/",
          },
        ],
        replies: [
          { by: "republic-of-korea", body: "Seoul supports a joint letter; we can co-sign within the week." },
          { by: "ghana", body: "I will hold the pen on a draft letter and share it here." },
        ],
      },
      {
        daysAgo: 20,
        by: "canada",
        riskLevel: "high",
        body:
          "A local ceasefire brokered by religious leaders holds in two communes; attacks continue elsewhere. " +
          "Risk remains high but access has partly reopened.",
        sources: [{ label: "ReliefWeb updates", url: "https://reliefweb.int/" }],
        replies: [{ by: "france", body: "Agreed. We keep the level at high until the ceasefire holds a month." }],
      },
    ],
  },
  {
    title: "Incitement and hate speech ahead of national elections",
    description:
      "A thematic group on atrocity risks around elections: online incitement, attacks on candidates and " +
      "minorities, and what focal points can do with their election observers and the Kigali Principles.",
    listed: true,
    openedBy: "costa-rica",
    members: ["costa-rica", "guatemala", "mexico", "spain", "uruguay"],
    pendingRequest: "panama",
    updates: [
      {
        daysAgo: 130,
        by: "costa-rica",
        riskLevel: "low",
        body:
          "We start this group with a baseline: election calendars for the coming year in the region and the " +
          "monitoring tools each member already has.",
        sources: [{ label: "UN Strategy and Plan of Action on Hate Speech", url: "https://www.un.org/en/hate-speech" }],
        replies: [{ by: "spain", body: "We can share the methodology of our online monitoring unit." }],
      },
      {
        daysAgo: 75,
        by: "mexico",
        riskLevel: "elevated",
        body:
          "Coordinated online campaigns target an indigenous candidate with dehumanising language. Platforms " +
          "were slow to act on our requests.",
        sources: [
          { label: "Monitoring report (shared by the electoral authority)", url: "https://www.example.org/monitoring" },
        ],
        replies: [
          { by: "uruguay", body: "Worth a joint approach to the platforms' regional offices?" },
          { by: "costa-rica", body: "Yes: I will prepare a short note for the group's review." },
        ],
      },
      {
        daysAgo: 14,
        by: "guatemala",
        riskLevel: "elevated",
        body:
          "Incitement continues but the platforms now remove the worst content within a day. We recommend " +
          "keeping the level at elevated through election day.",
        sources: [],
        replies: [],
      },
    ],
  },
];
