/**
 * A year of the network's calendar, September 2026 to September 2027: the General Assembly's
 * interactive dialogue on R2P, Human Rights Council sessions, Security Council meetings, regional
 * organisations and national forums, the annual meeting, regional meetings, training, and a
 * monthly Global Call on a thematic topic or an emerging situation. Times are wall-clock times in
 * the event's own zone.
 */
import type { EventType } from "../schema";

export interface SeedEvent {
  title: string;
  type: EventType;
  /** 'YYYY-MM-DD HH:MM' in timeZone. */
  start: string;
  /** 'YYYY-MM-DD HH:MM' in timeZone. */
  end: string;
  timeZone: string;
  location: string;
  memberSlug: string | null;
  description: string;
  agenda?: string;
  minutes?: string;
  /** Shown on the public site (the secretariat's choice). */
  public?: boolean;
}

export const CALL_LINK = "https://meet.example.org/r2p-global-call";
export const CALL_DIAL_IN = "+1 646 555 0142, meeting ID 815 2207 4410";
const CALL_DESCRIPTION =
  "A network-wide call between annual meetings, convened by the secretariat. " +
  "Focal points and alternates are invited; the video link and dial-in are on this page for signed-in members.";

/** Global Calls rotate between three slots so no region always calls at night. */
const globalCalls: { topic: string; date: string; time: string; agenda: string; minutes?: string }[] = [
  {
    topic: "The Kigali Principles on the Protection of Civilians",
    date: "2026-09-10",
    time: "09:00",
    agenda:
      "1. Where endorsement of the Kigali Principles stands\n" +
      "2. Members' experience with pre-deployment training\n" +
      "3. Next steps before the annual meeting",
    minutes:
      "Eleven members reported on pre-deployment training that draws on the Kigali Principles. " +
      "**Rwanda** and **the Netherlands** offered to share their training modules through the manual. " +
      "The secretariat will circulate a short note on endorsement by the end of the month.",
  },
  {
    topic: "Preparing the General Assembly's interactive dialogue on R2P",
    date: "2026-10-08",
    time: "14:00",
    agenda:
      "1. The Secretary-General's report and its recommendations\n" +
      "2. Themes for a joint statement\n" +
      "3. Who speaks for the network",
    minutes:
      "Members welcomed the report's focus on national prevention mechanisms. A sub-group led by " +
      "**Ghana** will hold the pen on a joint statement; comments to the penholder within two weeks.",
  },
  {
    topic: "Early warning in the Sahel: an emerging situation",
    date: "2026-11-12",
    time: "21:00",
    agenda:
      "1. Briefing by the secretariat on risk factors\n2. Information members can share\n3. Options for a joint letter",
    minutes:
      "The secretariat briefed on rising risk factors in the central Sahel. Members agreed to share " +
      "early-warning assessments through their focal points and to consider a joint letter at the next call.",
  },
  {
    topic: "The ACT Code of Conduct and Security Council action",
    date: "2026-12-10",
    time: "09:00",
    agenda: "1. Where the Code of Conduct stands\n2. Voting explanations as practice\n3. Members' outreach in capitals",
  },
  {
    topic: "Translating the UN Framework of Analysis for Atrocity Crimes",
    date: "2027-01-14",
    time: "14:00",
    agenda:
      "1. Translations completed and under way\n" +
      "2. Using the Framework in ministries\n" +
      "3. The benchmark for the annual meeting",
  },
  {
    topic: "National mechanisms for atrocity prevention",
    date: "2027-02-11",
    time: "21:00",
    agenda: "1. Mapping existing mechanisms\n2. Two members present their national committees\n3. Peer exchanges",
  },
  {
    topic: "R2P at the Human Rights Council",
    date: "2027-03-11",
    time: "09:00",
    agenda: "1. The Council's 64th session\n2. Joint statement under item 4\n3. Side event planning",
  },
  {
    topic: "Atrocity prevention, peacebuilding and development",
    date: "2027-04-08",
    time: "14:00",
    agenda: "1. Linking prevention to the Peacebuilding Commission\n2. Development partners' risk assessments",
  },
  {
    topic: "Preparing the annual meeting",
    date: "2027-05-13",
    time: "21:00",
    agenda: "1. Programme of the annual meeting\n2. Progress on the benchmarks\n3. Training for new focal points",
  },
  {
    topic: "Women, peace and security and the prevention of atrocities",
    date: "2027-06-10",
    time: "09:00",
    agenda: "1. Gender-sensitive early warning\n2. National action plans",
  },
  {
    topic: "Engaging parliamentarians on atrocity prevention",
    date: "2027-07-08",
    time: "14:00",
    agenda: "1. Parliamentary hearings held by members\n2. A briefing kit for parliamentarians",
  },
  {
    topic: "Accountability and the Rome Statute",
    date: "2027-08-12",
    time: "21:00",
    agenda: "1. Ratification and implementing legislation\n2. Cooperation with the International Criminal Court",
  },
];

const calls: SeedEvent[] = globalCalls.map((call) => {
  const [h, m] = call.time.split(":").map(Number);
  return {
    title: `Global Call: ${call.topic}`,
    type: "global_call",
    start: `${call.date} ${call.time}`,
    end: `${call.date} ${String(h! + 1).padStart(2, "0")}:${String(m! + 30).padStart(2, "0")}`,
    timeZone: "UTC",
    location: "",
    memberSlug: null,
    description: CALL_DESCRIPTION,
    agenda: call.agenda,
    minutes: call.minutes,
  };
});

export const seedEvents: SeedEvent[] = [
  ...calls,
  {
    title: "Human Rights Council, 63rd session",
    type: "human_rights_council",
    start: "2026-09-14 10:00",
    end: "2026-10-09 18:00",
    timeZone: "Europe/Zurich",
    location: "Palais des Nations, Geneva",
    memberSlug: null,
    description:
      "The Council's autumn session. Members coordinate statements on country situations with atrocity risk.",
  },
  {
    title: "General Assembly interactive dialogue on the Responsibility to Protect",
    public: true,
    type: "general_assembly",
    start: "2026-09-22 10:00",
    end: "2026-09-22 13:00",
    timeZone: "America/New_York",
    location: "Trusteeship Council Chamber, United Nations Headquarters, New York",
    memberSlug: null,
    description:
      "The annual informal interactive dialogue on the Secretary-General's report on R2P. " +
      "The network delivers a joint statement.",
  },
  {
    title: "Annual ministerial meeting of the Global Network of R2P Focal Points",
    type: "annual_meeting",
    start: "2026-09-24 13:15",
    end: "2026-09-24 15:00",
    timeZone: "America/New_York",
    location: "Conference Room 11, United Nations Headquarters, New York",
    memberSlug: "denmark",
    description:
      "The ministerial breakfast on the margins of the General Assembly's high-level week, " +
      "co-hosted by the network's co-chairs.",
  },
  {
    title: "Arria-formula meeting on atrocity prevention and early warning",
    type: "security_council",
    start: "2026-10-20 15:00",
    end: "2026-10-20 18:00",
    timeZone: "America/New_York",
    location: "ECOSOC Chamber, United Nations Headquarters, New York",
    memberSlug: "ireland",
    description:
      "An informal meeting of Security Council members with " +
      "civil society briefers on early warning of atrocity crimes.",
  },
  {
    title: "National forum on the Responsibility to Protect",
    type: "national_forum",
    start: "2026-11-05 09:30",
    end: "2026-11-05 16:00",
    timeZone: "Africa/Accra",
    location: "Kofi Annan International Peacekeeping Training Centre, Accra",
    memberSlug: "ghana",
    description:
      "A public forum with civil society, academia and parliament " +
      "on Ghana's national architecture for atrocity prevention.",
  },
  {
    title: "Regional meeting of Latin American and Caribbean focal points",
    type: "regional_meeting",
    start: "2026-11-26 09:00",
    end: "2026-11-27 17:00",
    timeZone: "America/Costa_Rica",
    location: "Ministry of Foreign Affairs, San José",
    memberSlug: "costa-rica",
    description:
      "Focal points of GRULAC exchange practice on national mechanisms " +
      "and prepare the region's input to the program of work.",
  },
  {
    title: "EU Working Party on Human Rights (COHOM): exchange on atrocity prevention",
    type: "regional_organisation",
    start: "2026-12-03 10:00",
    end: "2026-12-03 12:30",
    timeZone: "Europe/Brussels",
    location: "Justus Lipsius building, Brussels",
    memberSlug: "european-union",
    description:
      "The EU's focal point presents the EU Atrocity Prevention Toolkit and " +
      "early-warning system to member states' experts.",
  },
  {
    title: "Training for new focal points: the Framework of Analysis for Atrocity Crimes",
    type: "training",
    start: "2027-01-26 14:00",
    end: "2027-01-26 16:30",
    timeZone: "Europe/Zurich",
    location: "Online",
    memberSlug: null,
    description:
      "The annual introduction for newly appointed focal points and alternates: " +
      "risk factors, indicators and how ministries use them.",
  },
  {
    title: "Human Rights Council, 64th session",
    type: "human_rights_council",
    start: "2027-02-22 10:00",
    end: "2027-04-02 18:00",
    timeZone: "Europe/Zurich",
    location: "Palais des Nations, Geneva",
    memberSlug: null,
    description: "The Council's main session, including the interactive dialogues on country situations.",
  },
  {
    title: "African Union Peace and Security Council: open session on early warning",
    type: "regional_organisation",
    start: "2027-03-18 10:00",
    end: "2027-03-18 13:00",
    timeZone: "Africa/Addis_Ababa",
    location: "African Union Commission, Addis Ababa",
    memberSlug: "south-africa",
    description: "An open session on the Continental Early Warning System and the prevention of mass atrocities.",
  },
  {
    title: "Regional meeting of African focal points",
    type: "regional_meeting",
    start: "2027-04-21 09:00",
    end: "2027-04-22 17:00",
    timeZone: "Africa/Kigali",
    location: "Kigali",
    memberSlug: "rwanda",
    description:
      "Focal points of the African Group on national mechanisms, " +
      "the Kigali Principles and cooperation with the African Union.",
  },
  {
    title: "Security Council open debate on the protection of civilians",
    public: true,
    type: "security_council",
    start: "2027-05-20 10:00",
    end: "2027-05-20 18:00",
    timeZone: "America/New_York",
    location: "Security Council Chamber, United Nations Headquarters, New York",
    memberSlug: null,
    description: "The annual open debate; members of the network are encouraged to speak to atrocity prevention.",
  },
  {
    title: "Annual meeting of the Global Network of R2P Focal Points",
    public: true,
    type: "annual_meeting",
    start: "2027-06-02 09:00",
    end: "2027-06-03 17:30",
    timeZone: "Asia/Seoul",
    location: "Seoul",
    memberSlug: "republic-of-korea",
    description:
      "The network's annual meeting: " +
      "progress on the program of work and its benchmarks, training, and regional sessions.",
  },
  {
    title: "Human Rights Council, 65th session",
    type: "human_rights_council",
    start: "2027-06-14 10:00",
    end: "2027-07-09 18:00",
    timeZone: "Europe/Zurich",
    location: "Palais des Nations, Geneva",
    memberSlug: null,
    description: "The Council's summer session.",
  },
  {
    title: "Asia-Pacific regional meeting of focal points",
    type: "regional_meeting",
    start: "2027-07-20 09:00",
    end: "2027-07-20 17:00",
    timeZone: "Asia/Manila",
    location: "Manila",
    memberSlug: "philippines",
    description: "Focal points of the Asia-Pacific Group on early warning and the role of regional organisations.",
  },
  {
    title: "Parliamentary hearing on atrocity prevention",
    type: "national_forum",
    start: "2027-08-31 13:00",
    end: "2027-08-31 15:00",
    timeZone: "America/Mexico_City",
    location: "Senate of the Republic, Mexico City",
    memberSlug: "mexico",
    description: "A public hearing of the Senate's foreign affairs committee with the focal point and civil society.",
  },
  {
    title: "General Assembly interactive dialogue on the Responsibility to Protect",
    public: true,
    type: "general_assembly",
    start: "2027-09-21 10:00",
    end: "2027-09-21 13:00",
    timeZone: "America/New_York",
    location: "Trusteeship Council Chamber, United Nations Headquarters, New York",
    memberSlug: null,
    description: "The annual informal interactive dialogue on the Secretary-General's report on R2P.",
  },
];
