import type { Tx } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import { insertRows } from "../storage/repos/bulk.ts";
import type { IndicatorMeasurementsTable, IndicatorsTable } from "../storage/schema.ts";
import type { DemoNetwork } from "./agreement.ts";

type Indicator = Omit<IndicatorsTable, "unit" | "question" | "version"> & { unit: string; question: string };
type Measurement = Omit<IndicatorMeasurementsTable, "text" | "source" | "computed"> & { text: string; source: string; computed: number };

interface IndicatorPlan {
  goal: string;
  kind: "quantitative" | "qualitative";
  name: string;
  unit?: string;
  baseline?: number;
  target?: number;
  direction?: "increase" | "decrease" | "keep";
  question?: string;
  source: string;
  /** Last year's value (a number or words); null for none. */
  lastYear: number | string | null;
  /** This year's value entered by hand so far; computed ones have none (Solmu computes them). */
  thisYear: number | string | null;
  measurementSource?: string;
}

const SAVO: IndicatorPlan[] = [
  {
    goal: "Yksi luukku lapsiperheille",
    kind: "quantitative",
    name: "Perheet, jotka saivat avun ensimmäisestä yhteydenotosta",
    unit: "%",
    baseline: 48,
    target: 70,
    direction: "increase",
    source: "manual",
    lastYear: 53,
    thisYear: 61,
    measurementSource: "Perhekeskuksen asiakaskysely",
  },
  {
    goal: "Yksi luukku lapsiperheille",
    kind: "qualitative",
    name: "Perheiden kokemus palvelupolusta",
    question: "Mitä perheet kertovat palvelupolusta?",
    source: "manual",
    lastYear: "Perheet kokivat, että neuvolasta ohjataan eteenpäin, mutta järjestöjen tuki jää usein mainitsematta.",
    thisYear: "Perhekeskuksen ohjaaja tuntee nyt MLL:n ja seurakunnan tuen; perheet mainitsevat perhekahvilat itse.",
    measurementSource: "Kokemusasiantuntijoiden haastattelut",
  },
  {
    goal: "Yksi luukku lapsiperheille",
    kind: "quantitative",
    name: "Lupausten pitäminen",
    baseline: 60,
    target: 80,
    direction: "increase",
    source: "promise_keeping",
    lastYear: 66.7,
    thisYear: null,
  },
  {
    goal: "Nuorten yksinäisyys",
    kind: "quantitative",
    name: "Keskimääräinen luottamus verkostossa",
    baseline: 3.2,
    target: 3.8,
    direction: "increase",
    source: "average_trust",
    lastYear: 3.41,
    thisYear: null,
  },
  {
    goal: "Nuorten yksinäisyys",
    kind: "quantitative",
    name: "Nuoria harrastusryhmissä (Kuopio, Siilinjärvi, Leppävirta)",
    unit: "nuorta",
    baseline: 120,
    target: 200,
    direction: "increase",
    source: "manual",
    lastYear: 142,
    thisYear: 171,
    measurementSource: "Nuorisopalvelujen tilasto",
  },
  {
    goal: "Yhteinen asiakasohjauksen malli",
    kind: "quantitative",
    name: "Pelisäännöt hyväksyneet organisaatiot",
    baseline: 0,
    target: 100,
    direction: "increase",
    source: "agreement_approval",
    lastYear: null,
    thisYear: null,
  },
];

const SWEDISH: IndicatorPlan[] = [
  {
    goal: "Unga hittar rätt stöd i tid",
    kind: "quantitative",
    name: "Unga som fick stöd inom en vecka",
    unit: "%",
    baseline: 35,
    target: 60,
    direction: "increase",
    source: "manual",
    lastYear: 41,
    thisYear: 47,
    measurementSource: "Ungdomstjänsternas uppföljning",
  },
];

const UNITS: Record<string, string> = {
  promise_keeping: "%",
  average_trust: "1–5",
  agreement_approval: "%",
  density: "%",
  meeting_feedback: "1–5",
  contacts_fresh: "%",
};

const EVALUATION_ANSWERS = [
  "Yhteinen palvelukartta ja perhekeskuksen ohjaajan vierailut järjestöissä.",
  "Oppimiskahvila: tapasin ensimmäistä kertaa seurakunnan perhetyöntekijät.",
  "Lupausten seuraaminen teki sopimisesta konkreettista.",
  "Tiedonkulku taustaorganisaatioihin on vielä hidasta.",
  "Kokemusasiantuntijat toivat perheiden näkökulman suunnitteluun.",
  "Tapaamisia oli ehkä liikaa syksyllä; keväällä vähemmän.",
];

/**
 * Evaluation and dissemination for the Finnish and the Swedish demo network:
 * indicators on this year's goals, carried from last year's goals so their
 * values form a trend; last year's joint evaluation with enough answers to
 * show; a public page with news; good practices, one of them shared from the
 * Swedish network.
 */
export async function seedEvaluationDemo(tx: Tx, n: DemoNetwork, rnd: () => number, now: Date) {
  const current = n.cycles.find((c) => !c.closed);
  const last = n.cycles.find((c) => c.closed && current && c.year === current.year - 1);
  if (!current || !last) return;
  const stamp = now.toISOString();
  const goals = await tx.selectFrom("goals").selectAll().where("cycle_id", "=", current.id).execute();
  const owners = await tx
    .selectFrom("goal_owners")
    .selectAll()
    .where(
      "goal_id",
      "in",
      goals.map((g) => g.id),
    )
    .execute();
  // Last year's copies of the goals: the goals were carried forward, so their indicators share a series.
  const lastGoals = new Map(goals.map((g) => [g.id, { ...g, id: newId(), cycle_id: last.id }]));
  await insertRows(tx, "goals", [...lastGoals.values()]);
  await insertRows(
    tx,
    "goal_owners",
    owners.map((o) => ({ goal_id: lastGoals.get(o.goal_id)?.id as string, organisation_id: o.organisation_id })),
  );

  const indicators: Indicator[] = [];
  const measurements: Measurement[] = [];
  const thisYearDay = new Date(now.getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
  for (const plan of n.swedish ? SWEDISH : SAVO) {
    const goal = goals.find((g) => g.title === plan.goal);
    if (!goal) continue;
    const series = newId();
    for (const [k, goalId, value, day] of [
      [0, lastGoals.get(goal.id)?.id as string, plan.lastYear, `${last.year}-11-20`],
      [1, goal.id, plan.thisYear, thisYearDay],
    ] as const) {
      // The first indicator of a series names it, as when one is created in the app.
      const id = k === 0 ? series : newId();
      indicators.push({
        id,
        network_id: n.networkId,
        goal_id: goalId,
        series_id: series,
        kind: plan.kind,
        name: plan.name,
        unit: plan.source === "manual" ? (plan.unit ?? "") : (UNITS[plan.source] ?? ""),
        baseline: plan.baseline ?? null,
        target: plan.target ?? null,
        direction: plan.direction ?? null,
        question: plan.question ?? "",
        source: plan.source,
        created_by: n.coordinatorId,
        // A millisecond apart, so the indicators keep the order they are listed in here.
        created_at: new Date(now.getTime() + indicators.length).toISOString(),
        updated_at: stamp,
      });
      if (value === null) continue;
      measurements.push({
        id: newId(),
        indicator_id: id,
        value: typeof value === "number" ? value : null,
        text: typeof value === "string" ? value : "",
        measured_on: day,
        source: plan.source === "manual" ? (plan.measurementSource ?? "") : "Solmu",
        computed: plan.source === "manual" ? 0 : 1,
        created_by: plan.source === "manual" ? n.coordinatorId : null,
        created_at: stamp,
      });
    }
  }
  await insertRows(tx, "indicators", indicators);
  await insertRows(tx, "indicator_measurements", measurements);

  if (!n.swedish) {
    const roundId = newId();
    await insertRows(tx, "evaluation_rounds", [
      {
        id: roundId,
        network_id: n.networkId,
        cycle_id: last.id,
        intro: "Arvioidaan yhdessä, miten vuoden tavoitteet edistyivät ja mitä viemme ensi vuoteen.",
        closes_on: `${last.year}-12-10`,
        closed_at: `${last.year}-12-10T16:00:00.000Z`,
        created_by: n.coordinatorId,
        created_at: stamp,
      },
    ]);
    const questions = [
      { id: newId(), round_id: roundId, position: 0, text: "Mikä toimi verkostossa parhaiten?" },
      { id: newId(), round_id: roundId, position: 1, text: "Mitä pitäisi muuttaa ensi vuonna?" },
    ];
    await insertRows(tx, "evaluation_questions", questions);
    const raters = n.people.filter((p) => p.role !== "observer").slice(0, 9);
    const responses = raters.map((p) => ({
      id: newId(),
      round_id: roundId,
      membership_id: p.id,
      submitted_at: `${last.year}-12-05T10:00:00.000Z`,
    }));
    await insertRows(tx, "evaluation_responses", responses);
    await insertRows(
      tx,
      "evaluation_goal_ratings",
      responses.flatMap((r) =>
        [...lastGoals.values()].map((g, i) => ({
          response_id: r.id,
          goal_id: g.id,
          rating: rnd() < 0.1 ? null : Math.min(5, Math.max(1, Math.round(3.4 - i * 0.5 + rnd() * 1.8))),
          comment: "",
        })),
      ),
    );
    await insertRows(
      tx,
      "evaluation_answers",
      responses.flatMap((r, i) => [
        { response_id: r.id, question_id: questions[0]?.id as string, text: EVALUATION_ANSWERS[i % 3] as string },
        { response_id: r.id, question_id: questions[1]?.id as string, text: EVALUATION_ANSWERS[3 + (i % 3)] as string },
      ]),
    );
  }

  await insertRows(tx, "publications", [
    {
      network_id: n.networkId,
      slug: n.swedish ? "ungdomsnatverket-osterbotten" : "pohjois-savon-perheverkosto",
      enabled: 1,
      intro: n.swedish
        ? "Vi samlar kommunerna, välfärdsområdet och föreningarna kring de unga."
        : "Tällä sivulla kerromme, mitä tavoittelemme, miten olemme edenneet ja mikä on toiminut. Sivun tiedot julkaisee verkoston koordinaattori.",
      show_goals: 1,
      show_results: 1,
      show_practices: 1,
      show_agreement: n.swedish ? 0 : 1,
      show_map: n.swedish ? 0 : 1,
      updated_at: stamp,
    },
  ]);
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();
  await insertRows(
    tx,
    "news_items",
    (n.swedish
      ? [["Ungdomsforum i Vasa", "Över 40 unga deltog i forumet och berättade var de söker stöd.", 40]]
      : [
          [
            "Perhekeskuksen palvelukartta julkaistu",
            "Verkoston yhteinen palvelukartta kokoaa perheiden palvelut kunnista, hyvinvointialueelta, järjestöistä ja seurakunnista yhteen paikkaan.",
            25,
          ],
          [
            "Oppimiskahvila kokosi 30 toimijaa",
            "Syyskuun oppimiskahvilassa pohdittiin nuorten yksinäisyyttä. Uusia yhteistyöpareja syntyi kahdeksan.",
            70,
          ],
          ["Luonnos: kevään verkostopäivä", "Kevään verkostopäivän ohjelma valmistuu tammikuussa.", null],
        ]
    ).map(([title, body, ago]) => ({
      id: newId(),
      network_id: n.networkId,
      title: title as string,
      body: body as string,
      published_at: ago === null ? null : daysAgo(ago as number),
      created_by: n.coordinatorId,
      created_at: daysAgo(((ago as number | null) ?? 2) + 1),
      updated_at: daysAgo(((ago as number | null) ?? 2) + 1),
    })),
  );
  await insertRows(
    tx,
    "good_practices",
    (n.swedish
      ? [
          [
            "Skolkuratorernas nätverkskaffe",
            "Kuratorer från fem skolor träffas en gång i månaden med föreningarnas ungdomsarbetare. Unga slussas snabbare till rätt stöd.",
            "Vasa och Korsholm, högstadier och gymnasier",
            "Ungdomstjänsterna i Vasa, ungdom@vasa.example",
            60,
          ],
        ]
      : [
          [
            "Yhteinen palvelukartta",
            "Kokosimme kaikkien perhepalvelujen yhteystiedot ja aukioloajat yhdelle kartalle, jota jokainen organisaatio päivittää omalta osaltaan. Perhekeskuksen ohjaajat käyttävät sitä päivittäin.",
            "Pohjois-Savo: perhekeskus, kunnat, MLL ja seurakunnat",
            "Pohjois-Savon lapsi- ja perhepalveluverkoston koordinaattori, verkosto@demo.solmu.fi",
            20,
          ],
          [
            "Oppimiskahvila uusien tuttavuuksien tekemiseen",
            "Pöytäryhmät koottiin niin, että samassa pöydässä istui ihmisiä, jotka eivät vielä tunteneet toisiaan.",
            "Verkostotapaamiset",
            "",
            null,
          ],
        ]
    ).map(([title, whatWorked, context, contact, ago]) => ({
      id: newId(),
      network_id: n.networkId,
      title: title as string,
      what_worked: whatWorked as string,
      context: context as string,
      contact: contact as string,
      published_at: ago === null ? null : daysAgo(ago as number),
      created_by: n.coordinatorId,
      created_at: daysAgo(90),
      updated_at: daysAgo(90),
    })),
  );
}
