// The starter Manual for R2P Focal Points, written afresh from the recommendations of the network's
// annual meetings (seeds 000–004): what the role is for, the activities, the tools, handing over.

export const manualTags = [
  { slug: "early-warning", name: "Early warning" },
  { slug: "training", name: "Training" },
  { slug: "framework-of-analysis", name: "Framework of Analysis" },
  { slug: "peacekeeping", name: "Peacekeeping" },
  { slug: "security-council", name: "Security Council" },
  { slug: "human-rights-council", name: "Human Rights Council" },
  { slug: "awareness", name: "Awareness raising" },
  { slug: "handover", name: "Handover" },
];

export interface SeedSection {
  slug: string;
  title: string;
  tags: string[];
  body: string;
}

export interface SeedChapter {
  slug: string;
  title: string;
  summary: string;
  sections: SeedSection[];
}

export const manualChapters: SeedChapter[] = [
  {
    slug: "the-role",
    title: "The role of an R2P Focal Point",
    summary: "What a focal point is for, and how the role sits inside a ministry.",
    sections: [
      {
        slug: "what-a-focal-point-is-for",
        title: "What a focal point is for",
        tags: ["awareness"],
        body: `A focal point is a senior official appointed by a government (or a regional organisation) to apply an
**atrocity-prevention lens** to the everyday work of that government. The focal point is a catalyst, not the manager of
every prevention project: the task is to make sure that the people who decide on development programmes, diplomatic
démarches, peacekeeping contributions and votes at the United Nations ask one more question — *could this raise or
lower the risk of genocide, war crimes, ethnic cleansing or crimes against humanity?*

## Three things every focal point does

1. **Raises awareness** of the responsibility to protect and of the tools for prevention inside the ministry and across
   government.
2. **Connects people**: colleagues in other ministries, the permanent missions in New York and Geneva, embassies in
   countries at risk, and other focal points in the network.
3. **Speaks for the member in the Global Network**: in Global Calls, joint statements, the program of work and the
   annual meeting.

The European Union appointed its own focal point in 2015, which shows that regional organisations can take on the role
as well as states.`,
      },
      {
        slug: "the-role-in-a-ministry",
        title: "How the role sits in a ministry",
        tags: ["awareness"],
        body: `Most focal points sit in a foreign ministry — in a human rights, multilateral or political department
— and carry the role alongside other dossiers. Competing priorities are the most common difficulty members report.

## Making it work

- **Anchor the role in writing.** A short note from a director or the minister naming the focal point and what the role
  covers makes it easier to ask other departments for time.
- **Find allies in other ministries.** Atrocity prevention is cross-cutting: defence, justice, development and interior
  ministries all hold levers. An informal inter-ministerial contact list is a good first step.
- **Use the secretariat.** The secretariat can explain what the role means in your country's situation and put you in
  touch with members who have faced the same question.
- **Keep a record.** What you did, with whom, and what worked is what your successor will need (see *Handing over to a
  successor*).`,
      },
    ],
  },
  {
    slug: "activities",
    title: "Activities focal points undertake",
    summary:
      "National, international and network activities, from budget-neutral steps to inter-ministerial programmes.",
    sections: [
      {
        slug: "national-activities",
        title: "National activities",
        tags: ["awareness", "training", "framework-of-analysis", "peacekeeping"],
        body: `National activities range from small, budget-neutral steps a focal point can take alone to programmes
involving several ministries.

## Awareness raising

Translate the UN Framework of Analysis for Atrocity Crimes into the languages your officials work in, write short
briefing notes for ministry staff, and hold informal "brown bag" presentations. Public diplomacy — op-eds, ministerial
speeches, public forums — builds commitment at the highest level.

## Engagement between ministries

Show colleagues in development, defence and justice where an atrocity-prevention lens helps them: for example,
identifying risk factors when designing development programmes in fragile countries.

## Mapping national mechanisms

Take stock of the prevention mechanisms your government already has and of where it stands on the Geneva Conventions,
the Rome Statute, the Arms Trade Treaty and the Kigali Principles. A mapping can feed a national action plan and your
country's submission to the Universal Periodic Review.

## Training

Help organise training on risk factors and prevention tools for diplomats, parliamentarians, justice and gender offices,
and the security sector. Troop- and police-contributing countries should make sure contingents receive **pre-deployment
training on the protection of civilians** in mass atrocity situations.`,
      },
      {
        slug: "international-activities",
        title: "International activities",
        tags: ["early-warning", "security-council", "human-rights-council"],
        body: `## Country-specific advocacy

Not every member is seized of every situation. A sub-group of concerned members can share early-warning information,
propose joint assistance and issue joint letters calling for a response by the United Nations, regional organisations
and states.

## The Security Council and the Human Rights Council

Encourage your missions in New York and Geneva to engage consistently on atrocity-risk situations: support the ACT Code
of Conduct, host Arria-formula meetings during a Council presidency, ask for briefings by the Special Advisers on the
Prevention of Genocide and on the Responsibility to Protect, and work with the Group of Friends of R2P in Geneva.

## Linking prevention to other agendas

Show how atrocity prevention connects to peacebuilding, development and the protection of civilians, and encourage the
UN Secretariat to mainstream it across agencies.

## Regional groupings

Raise R2P implementation in the regional and language-based groupings your government belongs to.`,
      },
      {
        slug: "network-activities",
        title: "Network activities",
        tags: ["training"],
        body: `The Global Network works between annual meetings through:

- **the program of work**, with benchmarks members reach together (see *Program of work* in the portal);
- **Global Calls** on emerging situations and on thematic topics such as the Kigali Principles or the ACT Code of
  Conduct;
- **joint statements and joint letters**, drafted by a penholder with the members concerned;
- **regional meetings and pairings** of focal points;
- **this manual** and the **annual training** for newly appointed focal points.`,
      },
    ],
  },
  {
    slug: "tools",
    title: "A compendium of tools",
    summary: "Analysis frameworks, early-warning systems and instruments every focal point should know.",
    sections: [
      {
        slug: "framework-of-analysis",
        title: "The UN Framework of Analysis for Atrocity Crimes",
        tags: ["framework-of-analysis", "early-warning"],
        body: `The Framework of Analysis for Atrocity Crimes, published by the UN Office on Genocide Prevention and the
Responsibility to Protect, sets out **risk factors and indicators** for genocide, war crimes and crimes against
humanity. Eight risk factors are common to all atrocity crimes — among them situations of armed conflict, records of
serious violations, weak state structures and triggering factors — and further factors are specific to each crime.

## Using it in a ministry

- Use it as a checklist when embassies report on a country at risk.
- Bring it into development and security planning for fragile countries.
- Translate it: a translation in your officials' working language is one of the network's benchmarks.`,
      },
      {
        slug: "regional-early-warning",
        title: "Regional early-warning systems",
        tags: ["early-warning"],
        body: `Several regional and sub-regional organisations run early-warning systems that focal points can learn
from and draw on. The Economic Community of West African States (ECOWAS) has one of the most developed, with monitoring
and reporting across its member states; the European Union has its own early-warning tools for conflict and atrocity
risk.

## What focal points can do

- Ask how your regional organisation gathers and shares warnings, and who in your government receives them.
- Network with other embassies in countries at risk, so information reaches capitals in time.
- Encourage organisations with well-developed systems to help others build similar capacity.`,
      },
      {
        slug: "kigali-principles",
        title: "The Kigali Principles on the Protection of Civilians",
        tags: ["peacekeeping"],
        body: `The Kigali Principles are pledges by troop- and police-contributing countries to protect civilians in UN
peacekeeping: to train contingents before deployment, to act when civilians are under threat, and not to hide behind
caveats. Endorsing the principles, and checking that pre-deployment training follows them, is a concrete step a focal
point can promote with the ministry of defence.`,
      },
      {
        slug: "act-code-of-conduct",
        title: "The ACT Code of Conduct",
        tags: ["security-council"],
        body: `The Code of Conduct of the Accountability, Coherence and Transparency (ACT) group asks members of the
Security Council not to vote against credible draft resolutions aimed at preventing or ending genocide, crimes against
humanity or war crimes. More than a hundred states support it. Focal points can check whether their government has
signed and encourage it to do so before a term on the Council.`,
      },
      {
        slug: "universal-periodic-review",
        title: "The Universal Periodic Review",
        tags: ["human-rights-council"],
        body: `Every UN member state's human rights record is reviewed by the Human Rights Council through the Universal
Periodic Review. Focal points can bring an atrocity-prevention lens to their own country's report (for example by
including a mapping of national prevention mechanisms) and to the recommendations their government makes to others.`,
      },
    ],
  },
  {
    slug: "handover",
    title: "Handing over to a successor",
    summary: "Personnel rollover is constant: how a new focal point inherits what the predecessor knew.",
    sections: [
      {
        slug: "before-you-leave",
        title: "Before you leave the post",
        tags: ["handover"],
        body: `Focal points rotate every few years. The network's momentum depends on each successor picking up where
the predecessor stopped.

## A handover checklist

1. **Name your successor early** and invite them through the portal (*Members → your member → Hand over the seat*):
   the member's activities, reports and contributions stay with the member.
2. **Write a handover note**: open benchmarks, the sub-groups and joint statements you are part of, contacts in other
   ministries and missions.
3. **Introduce your successor** to the secretariat and to the focal points you work with most.
4. **Point them to this manual** and to the next annual training.`,
      },
      {
        slug: "your-first-months",
        title: "Your first months as a focal point",
        tags: ["handover", "training"],
        body: `Start with the manual's chapter on the role, then the program of work: which benchmarks your member still
has to report on and which activities it leads or joins. Join the next Global Call, introduce yourself to the
secretariat, and ask for the predecessor's handover note. The annual training for new members is the best place to meet
peers who started at the same time.`,
      },
    ],
  },
];

export interface SeedBestPractice {
  memberSlug: string;
  title: string;
  tags: string[];
  body: string;
}

/** Published best practices, attributed to their member. */
export const bestPractices: SeedBestPractice[] = [
  {
    memberSlug: "ghana",
    title: "Reaching development staff in capital and in the field",
    tags: ["early-warning", "awareness"],
    body: `**What we did.** Our focal point met the development cooperation department and staff posted in countries at
risk to walk through the risk factors of the Framework of Analysis alongside their programme plans.

**What worked.** Short sessions built around a real programme, not a lecture; a one-page checklist left behind; a named
contact in each embassy.`,
  },
  {
    memberSlug: "republic-of-korea",
    title: "Translating the Framework of Analysis and briefing every desk",
    tags: ["framework-of-analysis", "training"],
    body: `**What we did.** We translated the UN Framework of Analysis for Atrocity Crimes, circulated it to regional
desks and embassies, and held brown-bag briefings for new diplomats.

**What worked.** Pairing the translation with a short briefing, and adding it to the training for newly posted diplomats
so it reaches each cohort.`,
  },
  {
    memberSlug: "costa-rica",
    title: "Putting R2P on a regional grouping's agenda",
    tags: ["awareness"],
    body: `**What we did.** We proposed a side session on atrocity prevention at a regional ministerial meeting and
offered our focal point as a resource for neighbours appointing their own.

**What worked.** Linking the topic to the grouping's existing priorities and inviting the secretariat to brief.`,
  },
];
