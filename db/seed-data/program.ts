// The seeded program of work, drawn from the recommendations of the network's sixth annual meeting
// (Seoul, 2016), written afresh. Members are named by slug.
import type { ActivityCategory, ActivityStatus, TargetKind } from "../schema";

export interface SeedActivity {
  key: string;
  title: string;
  description: string;
  category: ActivityCategory;
  status: ActivityStatus;
  startOn: string | null;
  dueOn: string | null;
  leads: string[];
  participants: string[];
}

export const activities: SeedActivity[] = [
  {
    key: "translate-framework",
    title: "Translate the UN Framework of Analysis for Atrocity Crimes into national languages",
    description:
      "Members publish the Framework of Analysis in the languages their officials work in, " +
      "and circulate it to embassies and line ministries.\n\n" +
      "- Share finished translations with the secretariat so others can reuse them\n" +
      "- Note which ministries received the text",
    category: "national",
    status: "in_progress",
    startOn: "2026-01-15",
    dueOn: "2027-06-30",
    leads: ["republic-of-korea"],
    participants: ["ghana", "costa-rica", "denmark", "guatemala", "cote-divoire", "japan"],
  },
  {
    key: "inter-ministerial",
    title: "Inter-ministerial working groups on atrocity prevention",
    description:
      "Bring together foreign affairs, defence, justice and development ministries " +
      "to look at how their programmes reduce (or raise) the risk of mass atrocities.",
    category: "national",
    status: "planned",
    startOn: "2026-03-01",
    dueOn: "2027-03-31",
    leads: ["ghana", "australia"],
    participants: ["nigeria", "uganda", "netherlands"],
  },
  {
    key: "mapping",
    title: "Map national prevention mechanisms and treaty ratification",
    description:
      "Each member takes stock of its existing preventive mechanisms and of where it stands on " +
      "the Geneva Conventions, the Rome Statute, the Arms Trade Treaty and the Kigali Principles.",
    category: "national",
    status: "in_progress",
    startOn: "2026-02-01",
    dueOn: "2026-12-31",
    leads: ["switzerland"],
    participants: ["chile", "czechia", "portugal", "botswana"],
  },
  {
    key: "training",
    title: "Training on risk factors for diplomats, parliamentarians and the security sector",
    description:
      "Short courses on the risk factors for atrocity crimes and on the tools " +
      "available to prevent them, run by ministries with the secretariat's help.",
    category: "national",
    status: "planned",
    startOn: "2026-09-01",
    dueOn: "2027-09-30",
    leads: ["germany"],
    participants: ["poland", "mexico", "rwanda"],
  },
  {
    key: "peacekeepers",
    title: "Pre-deployment protection-of-civilians training for peacekeepers",
    description:
      "Troop- and police-contributing members make sure their contingents are " +
      "trained to protect civilians in mass atrocity situations before they deploy.",
    category: "national",
    status: "proposed",
    startOn: null,
    dueOn: "2027-12-31",
    leads: ["rwanda"],
    participants: [],
  },
  {
    key: "country-advocacy",
    title: "Country-specific advocacy by concerned members",
    description:
      "Sub-groups of members who share a priority concern about a situation " +
      "coordinate their messages and share early-warning information.",
    category: "international",
    status: "in_progress",
    startOn: "2026-01-01",
    dueOn: null,
    leads: ["netherlands", "canada"],
    participants: ["belgium", "ireland", "new-zealand", "uruguay"],
  },
  {
    key: "missions",
    title: "Consistent engagement by missions in New York and Geneva",
    description:
      "Permanent missions raise R2P and atrocity-risk situations at the Security Council and " +
      "the Human Rights Council, including in Arria-formula meetings.",
    category: "international",
    status: "planned",
    startOn: "2026-04-01",
    dueOn: "2027-04-01",
    leads: ["united-kingdom"],
    participants: ["france", "estonia", "panama"],
  },
  {
    key: "early-warning",
    title: "Early-warning information sharing with regional organisations",
    description:
      "Regional organisations with developed early-warning tools " +
      "help members build similar capacity and share analysis.",
    category: "international",
    status: "in_progress",
    startOn: "2026-02-15",
    dueOn: "2027-02-15",
    leads: ["european-union"],
    participants: ["gambia", "liberia", "timor-leste"],
  },
  {
    key: "regional-groupings",
    title: "Raise R2P implementation in regional groupings",
    description: "Members put R2P implementation on the agenda of the regional and sub-regional bodies they belong to.",
    category: "international",
    status: "done",
    startOn: "2025-09-01",
    dueOn: "2026-06-30",
    leads: ["costa-rica"],
    participants: ["guatemala", "paraguay", "chile"],
  },
  {
    key: "joint-statements",
    title: "Joint statements for the General Assembly's interactive dialogue",
    description:
      "Draft and co-sign joint statements on behalf of the network for the annual interactive dialogue on R2P.",
    category: "global_network",
    status: "in_progress",
    startOn: "2026-05-01",
    dueOn: "2026-09-15",
    leads: ["denmark"],
    participants: ["republic-of-korea", "ghana", "costa-rica", "australia"],
  },
  {
    key: "manual",
    title: "Publish the Manual for R2P Focal Points",
    description:
      "A compendium of analysis tools, expert guidance and members' best practices, " +
      "so a newly appointed focal point inherits what predecessors knew.",
    category: "global_network",
    status: "in_progress",
    startOn: "2026-01-10",
    dueOn: "2027-05-31",
    leads: ["denmark", "republic-of-korea"],
    participants: ["switzerland", "european-union"],
  },
  {
    key: "annual-training",
    title: "Annual training for newly appointed focal points",
    description: "A yearly course for focal points new to the role, built on the Manual.",
    category: "global_network",
    status: "planned",
    startOn: "2027-01-01",
    dueOn: "2027-06-30",
    leads: ["australia"],
    participants: ["japan", "botswana"],
  },
];

export interface SeedBenchmark {
  title: string;
  measure: string;
  targetKind: TargetKind;
  targetValue: number;
  setOn: string;
  deadline: string;
  activityKey: string | null;
  /** How far along the network is: the share of members that have achieved it by now. */
  achievedShare: number;
  /** The share of members that have reported at all. */
  reportedShare: number;
}

export const benchmarks: SeedBenchmark[] = [
  {
    title: "30 members have translated the Framework of Analysis by the next annual meeting",
    measure: "A translation is published or circulated by the ministry",
    targetKind: "count",
    targetValue: 30,
    setOn: "2026-01-15",
    deadline: "2027-06-30",
    activityKey: "translate-framework",
    achievedShare: 0.3,
    reportedShare: 0.7,
  },
  {
    title: "Half of the network has mapped its national prevention mechanisms",
    measure: "A mapping document exists and has been shared with the secretariat",
    targetKind: "share",
    targetValue: 50,
    setOn: "2026-02-01",
    deadline: "2026-12-31",
    activityKey: "mapping",
    achievedShare: 0.22,
    reportedShare: 0.6,
  },
  {
    title: "40 members have held a training on atrocity risk factors",
    measure: "At least one session for diplomats, parliamentarians or the security sector",
    targetKind: "count",
    targetValue: 40,
    setOn: "2026-03-01",
    deadline: "2027-09-30",
    activityKey: "training",
    achievedShare: 0.12,
    reportedShare: 0.45,
  },
  {
    title: "Every troop-contributing member trains contingents on protecting civilians",
    measure: "Pre-deployment training includes protection of civilians in atrocity situations",
    targetKind: "share",
    targetValue: 60,
    setOn: "2026-01-01",
    deadline: "2027-12-31",
    activityKey: "peacekeepers",
    achievedShare: 0.2,
    reportedShare: 0.5,
  },
  {
    title: "25 members have an inter-ministerial focal group on prevention",
    measure: "A standing group meets at least twice a year",
    targetKind: "count",
    targetValue: 25,
    setOn: "2026-03-01",
    deadline: "2027-03-31",
    activityKey: "inter-ministerial",
    achievedShare: 0.28,
    reportedShare: 0.55,
  },
  {
    title: "All members have endorsed the Kigali Principles",
    measure: "The government has formally endorsed the Kigali Principles on the Protection of Civilians",
    targetKind: "share",
    targetValue: 100,
    setOn: "2025-09-01",
    deadline: "2026-09-30",
    activityKey: null,
    achievedShare: 0.68,
    reportedShare: 0.85,
  },
];

export const reportNotes = {
  not_started: ["Planned for next year's budget cycle.", "Waiting for a decision from the minister's office.", ""],
  in_progress: [
    "Drafting under way with the legal department.",
    "First meeting held; terms of reference in preparation.",
    "Translation commissioned; review by the ministry in progress.",
  ],
  achieved: [
    "Completed and published on the ministry's website.",
    "Done; shared with the secretariat.",
    "Completed ahead of schedule.",
  ],
  not_applicable: ["Does not apply to our situation (no contingents deployed).", ""],
} as const;
