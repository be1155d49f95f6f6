import { searchText } from "../domain/directory.ts";
import { type GovernanceAnswers, governanceCheck } from "../domain/governanceCheck.ts";
import { PHASES, type Phase } from "../domain/network.ts";
import { type NetworkTypeAnswers, placeNetwork, type Rating } from "../domain/networkType.ts";
import { pickFrom } from "../domain/random.ts";
import { releasePlacements } from "../services/diagnosis.ts";
import type { Tx } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import { insertRows } from "../storage/repos/bulk.ts";
import type { NetworkRole } from "../storage/schema.ts";

/** The demo networks' minimum group size (set where they are made), under which released summaries stay hidden. */
export const DEMO_MIN_GROUP_SIZE = 3;

export interface DemoCycle {
  id: string;
  year: number;
  closed: boolean;
  phase: string;
}

export interface DemoPerson {
  id: string;
  userId: string;
  orgId: string | null;
  role: NetworkRole;
}

export interface DemoNetwork {
  networkId: string;
  swedish: boolean;
  cycles: DemoCycle[];
  people: DemoPerson[];
  organisationIds: string[];
  coordinatorId: string;
}

const SUMMARIES_FI: Record<Phase, string> = {
  assembling: "Kokosimme verkoston: mukana kunnat, hyvinvointialue, järjestöt ja seurakunnat. Kelan edustaja puuttuu vielä.",
  agreeing: "Sovimme tavoitteista ja pelisäännöistä yhdessä kahdessa työpajassa. Kaikki organisaatiot hyväksyivät pelisäännöt.",
  doing: "Neljä verkostotapaamista, yksi oppimiskahvila ja yhteinen hankehakemus. Lupauksista pidettiin suurin osa.",
  evaluating: "Arvioimme yhdessä: asiakkaan polku selkeytyi, mutta tiedonkulku organisaatioiden välillä vaatii vielä työtä.",
};

const SUMMARIES_SV: Record<Phase, string> = {
  assembling: "Vi samlade nätverket: kommunerna, välfärdsområdet, föreningarna och församlingen är med.",
  agreeing: "Vi kom överens om målen och spelreglerna tillsammans i två workshoppar.",
  doing: "Tre nätverksmöten och ett ungdomsforum. De flesta löften hölls.",
  evaluating: "Vi utvärderade tillsammans: de unga hittar stödet lättare, men informationen når inte alla skolor.",
};

const CARRY_FORWARD_FI = [
  "Jatketaan oppimiskahviloita – niissä syntyi eniten uusia tuttavuuksia.",
  "Sovitaan tapaamisille selkeämpi asialista etukäteen.",
  "Otetaan kokemusasiantuntijat mukaan jo suunnitteluun.",
  "Taustaorganisaatioille pitää viestiä päätöksistä nopeammin.",
];

const SECTIONS_FI: [question: number, body: string][] = [
  [
    1,
    "Koordinaattori fasilitoi verkostotapaamiset ja pitää vuosikellon ajan tasalla. Koordinoiva ryhmä (4 henkeä eri organisaatioista) valmistelee asiat yhdessä.",
  ],
  [
    2,
    "Jokainen tapaaminen alkaa kuulumiskierroksella. Kerran vuodessa järjestetään oppimiskahvila, joka sekoittaa toisilleen tuntemattomia ihmisiä.",
  ],
  [
    3,
    "Verkostotapaaminen kerran kuussa (2 h), joka toinen paikan päällä kiertäen jäsenorganisaatioissa. Isompi työpaja keväällä ja syksyllä.",
  ],
  [4, "Tiedonjakoa, yhteisiä työpajoja, oppimiskahviloita ja vuosittain vähintään yksi yhteinen hanke."],
  [
    6,
    "Päätämme konsensuksella verkostotapaamisissa. Jos yksimielisyyttä ei synny kahdessa tapaamisessa, äänestämme; kiireelliset asiat koordinoiva ryhmä päättää ja tuo seuraavaan tapaamiseen tiedoksi.",
  ],
  [7, "Uudet toimijat voi kutsua kuka tahansa jäsen. Koordinaattori käy uuden jäsenen kanssa läpi pelisäännöt."],
  [9, "Odotamme, että jokainen organisaatio nimeää edustajan ja varahenkilön ja osallistuu vähintään puoleen tapaamisista."],
  [14, "Seuraamme tavoitteita indikaattoreilla ja arvioimme vuoden lopussa yhdessä, mitä saimme aikaan."],
];

const SECTIONS_SV: [question: number, body: string][] = [
  [1, "Koordinatorn faciliterar mötena. Styrgruppen fastställer ramarna och följer upp arbetet."],
  [3, "Nätverksmöte varannan månad, växelvis i Vasa, Korsholm och Jakobstad."],
  [6, "Styrgruppen beslutar om ramarna; arbetsgrupperna beslutar själva inom dem."],
];

const DECISIONS_FI: [title: string, body: string, rule: string, monthsAgo: number][] = [
  [
    "Perhekeskuksen pilotti Siilinjärvellä",
    "Käynnistetään perhekeskuksen yhteinen palveluohjaus Siilinjärvellä syksyllä. Hyvinvointialue ja MLL nimeävät vastuuhenkilöt.",
    "consensus",
    2,
  ],
  [
    "Hankehakemus STEAlle",
    "Jätetään yhteinen hankehakemus lapsiperheköyhyyden ehkäisyyn; hakijana Kuopion Setlementti Puijola ry.",
    "vote",
    5,
  ],
  ["Tapaamisrytmi", "Verkostotapaamiset kerran kuussa, joka toinen etänä.", "consensus", 9],
  ["Kevään oppimiskahvila", "Koordinoiva ryhmä päätti kevään oppimiskahvilan ajankohdaksi maaliskuun.", "coordinator", 11],
];

const rating = (rnd: () => number, around: number): Rating => Math.min(5, Math.max(1, Math.round(around + (rnd() - 0.5) * 2))) as Rating;

/**
 * The agreeing phase's data for a demo network: phase history and success
 * evaluations, goals with governance-form checks, the agreement (an approved
 * version and, in the Finnish network, a newer proposal half-way through
 * approval), decisions and network-type self-assessments for each cycle.
 */
export async function seedAgreementDemo(tx: Tx, n: DemoNetwork, rnd: () => number, now: Date) {
  const stamp = now.toISOString();
  const summaries = n.swedish ? SUMMARIES_SV : SUMMARIES_FI;
  const voters = n.people.filter((p) => p.role !== "observer");
  const phases = [];
  const evaluations = [];
  for (const cycle of n.cycles) {
    const upTo = PHASES.indexOf(cycle.phase as Phase);
    for (const [i, phase] of PHASES.entries()) {
      if (i > upTo) break;
      const done = cycle.closed || i < upTo;
      const started = new Date(Date.UTC(cycle.year, i * 3, 1)).toISOString();
      phases.push({
        cycle_id: cycle.id,
        phase,
        started_at: started,
        ended_at: done ? new Date(Date.UTC(cycle.year, i * 3 + 3, 0)).toISOString() : null,
        summary: done ? summaries[phase] : "",
      });
      for (const p of voters.slice(0, 6 + Math.floor(rnd() * 6))) {
        evaluations.push({
          id: newId(),
          cycle_id: cycle.id,
          phase,
          user_id: p.userId,
          achieved: rating(rnd, 3.6),
          carry_forward: n.swedish || rnd() < 0.6 ? "" : pickFrom(rnd, CARRY_FORWARD_FI),
          created_at: stamp,
          updated_at: stamp,
        });
      }
    }
  }
  await insertRows(tx, "cycle_phases", phases);
  await insertRows(tx, "phase_evaluations", evaluations);

  const current = n.cycles.find((c) => !c.closed);
  if (!current) return;
  const [orgA, orgB, orgC] = n.organisationIds;
  const goals = n.swedish
    ? [
        {
          type: "client_service",
          title: "Unga hittar rätt stöd i tid",
          description: "En gemensam väg in till stödet för unga 13–25 år.",
          owners: [orgA, orgB],
        },
      ]
    : [
        {
          type: "client_service",
          title: "Yksi luukku lapsiperheille",
          description: "Perhe saa avun yhdestä paikasta, eikä sitä pompotella palvelusta toiseen.",
          owners: [orgA, orgB],
        },
        {
          type: "phenomenon",
          title: "Nuorten yksinäisyys",
          description: "Vastataan yhdessä kasvavaan yksinäisyyteen harrastusten ja vertaistuen avulla.",
          owners: [orgB, orgC],
        },
        {
          type: "smooth_work",
          title: "Yhteinen asiakasohjauksen malli",
          description: "Sovitaan, kuka ohjaa ja miten tieto kulkee.",
          owners: [orgA],
        },
      ];
  const checked: GovernanceAnswers = {
    novelty: "new",
    complexity: "complex",
    information: "deep",
    division: "flexible",
    commitments: "flexible",
  };
  const goalRows = goals.map((g, i) => ({
    id: newId(),
    network_id: n.networkId,
    cycle_id: current.id,
    goal_type: g.type,
    title: g.title,
    description: g.description,
    governance_check: i === 1 ? JSON.stringify({ answers: checked, result: governanceCheck(checked), checkedAt: stamp }) : null,
    created_by: n.coordinatorId,
    created_at: stamp,
    updated_at: stamp,
  }));
  await insertRows(tx, "goals", goalRows);
  await insertRows(
    tx,
    "goal_owners",
    goalRows.flatMap((g, i) =>
      [...new Set(goals[i]?.owners.filter((o): o is string => Boolean(o)))].map((o) => ({ goal_id: g.id, organisation_id: o })),
    ),
  );

  // Each organisation names two of its people to speak for it, the coordinator among them where placed there; the
  // last organisation to join has named nobody yet, so the agreement page shows what that means.
  const named = n.organisationIds.slice(0, -1).flatMap((org) => {
    const own = voters.filter((p) => p.orgId === org);
    const chosen = new Set([...own.filter((p) => p.userId === n.coordinatorId), ...own].slice(0, 2));
    return [...chosen].map((p) => ({ organisation_id: org, membership_id: p.id, named_by: n.coordinatorId, named_at: stamp }));
  });
  await insertRows(tx, "organisation_representatives", named);

  const written = n.swedish ? SECTIONS_SV : SECTIONS_FI;
  const sections = Array.from({ length: 15 }, (_, i) => {
    const body = written.find(([q]) => q === i + 1)?.[1] ?? "";
    return {
      id: newId(),
      network_id: n.networkId,
      question: i + 1,
      title: "",
      body,
      position: i + 1,
      version: body ? 2 : 1,
      updated_by: body ? pickFrom(rnd, voters).userId : null,
      created_at: stamp,
      updated_at: stamp,
    };
  });
  await insertRows(tx, "agreement_sections", sections);
  await insertRows(
    tx,
    "agreement_revisions",
    sections
      .filter((s) => s.body)
      .map((s) => ({ id: newId(), section_id: s.id, version: 2, title: "", body: s.body, author_id: s.updated_by, created_at: stamp })),
  );
  if (n.swedish) return;

  const snapshot = JSON.stringify(sections.filter((s) => s.body).map((s) => ({ question: s.question, title: "", body: s.body })));
  const represented = [...new Set(voters.map((p) => p.orgId).filter((o): o is string => Boolean(o)))];
  const representativeOf = (org: string) => voters.find((p) => p.orgId === org)?.userId ?? null;
  const approvedId = newId();
  const proposedId = newId();
  const lastYear = n.cycles.find((c) => c.year === current.year - 1);
  await insertRows(tx, "agreement_versions", [
    {
      id: approvedId,
      network_id: n.networkId,
      cycle_id: lastYear?.id ?? null,
      number: 1,
      snapshot,
      status: "approved",
      proposed_by: n.coordinatorId,
      proposed_at: `${current.year - 1}-04-15T09:00:00.000Z`,
      approved_at: `${current.year - 1}-05-20T12:00:00.000Z`,
    },
    {
      id: proposedId,
      network_id: n.networkId,
      cycle_id: current.id,
      number: 2,
      snapshot,
      status: "proposed",
      proposed_by: n.coordinatorId,
      proposed_at: stamp,
      approved_at: null,
    },
  ]);
  await insertRows(tx, "agreement_approvals", [
    ...represented.map((org) => ({
      version_id: approvedId,
      organisation_id: org,
      decision: "accepted" as const,
      comment: "",
      decided_by: representativeOf(org),
      decided_at: `${current.year - 1}-05-20T12:00:00.000Z`,
    })),
    // Half of the organisations have decided on the new proposal; one asks for changes.
    ...represented.slice(0, Math.floor(represented.length / 2)).map((org, i) => ({
      version_id: proposedId,
      organisation_id: org,
      decision: i === 1 ? ("changes_requested" as const) : ("accepted" as const),
      comment: i === 1 ? "Kohtaan 13 tarvitaan tieto rahoituksesta ennen hyväksyntää." : "",
      decided_by: representativeOf(org),
      decided_at: stamp,
    })),
  ]);

  await insertRows(
    tx,
    "decisions",
    DECISIONS_FI.map(([title, body, rule, monthsAgo]) => {
      const day = new Date(now.getTime() - monthsAgo * 30 * 86_400_000).toISOString().slice(0, 10);
      return {
        id: newId(),
        network_id: n.networkId,
        cycle_id: day.startsWith(String(current.year)) ? current.id : (lastYear?.id ?? null),
        decided_on: day,
        meeting_id: null,
        title,
        body,
        rule,
        participants: "Verkostotapaaminen",
        search_text: searchText([title, body, "Verkostotapaaminen"]),
        created_by: n.coordinatorId,
        created_at: stamp,
      };
    }),
  );

  const assessments = [];
  for (const cycle of n.cycles) {
    for (const p of voters.slice(0, 8)) {
      // Members mostly see a jointly led network; some see it as led from the top.
      const topDown = rnd() < 0.25;
      const answers: NetworkTypeAnswers = {
        g1: rating(rnd, 4.2),
        g2: rating(rnd, 2),
        g3: rating(rnd, 3.5),
        r1: rating(rnd, topDown ? 4.5 : 2),
        r2: rating(rnd, topDown ? 2 : 4.3),
        r3: rating(rnd, 1.5),
      };
      assessments.push({
        id: newId(),
        network_id: n.networkId,
        cycle_id: cycle.id,
        user_id: p.userId,
        answers: JSON.stringify(answers),
        placement: JSON.stringify(placeNetwork(answers)),
        created_at: stamp,
        updated_at: stamp,
      });
    }
  }
  await insertRows(tx, "network_type_assessments", assessments);
  for (const cycle of n.cycles) await releasePlacements(tx, n.networkId, cycle.id, DEMO_MIN_GROUP_SIZE);
}
