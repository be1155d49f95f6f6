import { dayOfByDay, occurrences, type Recurrence } from "../domain/recurrence.ts";
import type { Tx } from "../storage/db.ts";
import { newId } from "../storage/ids.ts";
import { insertRows } from "../storage/repos/bulk.ts";
import type { DemoNetwork } from "./agreement.ts";

interface DemoEvent {
  title: string;
  kind: string;
  start: string;
  end: string;
  allDay?: boolean;
  recurrence?: Recurrence;
  place?: string;
  onlineUrl?: string;
  description?: string;
  organiser?: number;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The annual clock and the promise ledger of the Finnish demo network: a
 * network meeting on the second Tuesday of each month, workshops, a steering group, deadlines and member
 * organisations' own rhythms (the municipal budget), and promises in every
 * state, with their renegotiations, barriers and enablers.
 */
export async function seedCoordinationDemo(tx: Tx, n: DemoNetwork, now: Date) {
  const y = now.getUTCFullYear();
  const stamp = now.toISOString();
  // The network meets on the second Tuesday of each month, a working day whatever the year.
  const secondTuesday = `${y}-01-${String(dayOfByDay(y, 1, { ordinal: 2, weekday: "TU" })).padStart(2, "0")}`;
  const events: DemoEvent[] = [
    {
      title: "Verkostotapaaminen",
      kind: "network_meeting",
      start: `${secondTuesday}T13:00`,
      end: `${secondTuesday}T15:00`,
      recurrence: { frequency: "monthly", interval: 1, count: 11, byDay: "2TU" },
      place: "Vuorotellen jäsenorganisaatioissa",
      description: "Ajankohtaiset kuulumiset, yhteiset asiat ja oppimisen hetki.",
    },
    {
      title: "Koordinoiva ryhmä",
      kind: "steering_group",
      start: `${y}-01-06T09:00`,
      end: `${y}-01-06T10:30`,
      recurrence: { frequency: "monthly", interval: 3 },
      onlineUrl: "https://meet.example.fi/koordinoiva",
    },
    {
      title: "Kevään työpaja: asiakkaan polku",
      kind: "workshop",
      start: `${y}-03-18T12:00`,
      end: `${y}-03-18T16:00`,
      place: "Savonia, Kuopio",
    },
    {
      title: "Oppimiskahvila: nuorten mielenterveys",
      kind: "workshop",
      start: `${y}-11-04T13:00`,
      end: `${y}-11-04T16:00`,
      place: "Kuopion Setlementti Puijola",
    },
    { title: "STEA-hakemus jätettävä", kind: "deadline", start: `${y}-05-30`, end: `${y}-05-31`, allDay: true },
    {
      title: "Kunnan talousarvion valmistelu",
      kind: "member_org_event",
      start: `${y}-08-15`,
      end: `${y}-10-31`,
      allDay: true,
      recurrence: { frequency: "yearly", interval: 1 },
      organiser: 1,
      description: "Ehdotukset yhteisistä palveluista kaupungin talousarvioon viimeistään elokuussa.",
    },
    {
      title: "Hyvinvointialueen strategiaseminaari",
      kind: "member_org_event",
      start: `${y}-02-10T09:00`,
      end: `${y}-02-10T15:00`,
      organiser: 0,
    },
    {
      title: "Vuoden arviointityöpaja",
      kind: "workshop",
      start: `${y}-12-09T12:00`,
      end: `${y}-12-09T15:30`,
      place: "Kuopion kaupungintalo",
    },
  ];
  await insertRows(
    tx,
    "events",
    events.map((e) => {
      const time = { start: e.start, end: e.end, allDay: e.allDay ?? false, timeZone: "Europe/Helsinki" };
      const first = occurrences(time, null, "0001-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z", 1)[0];
      return {
        id: newId(),
        network_id: n.networkId,
        title: e.title,
        description: e.description ?? "",
        kind: e.kind,
        starts_local: e.start,
        ends_local: e.end,
        all_day: e.allDay ? 1 : 0,
        time_zone: "Europe/Helsinki",
        starts_utc: first?.startUtc ?? stamp,
        recurrence: e.recurrence ? JSON.stringify(e.recurrence) : null,
        place: e.place ?? null,
        online_url: e.onlineUrl ?? null,
        organiser_organisation_id: e.organiser === undefined ? null : (n.organisationIds[e.organiser] ?? null),
        created_by: n.coordinatorId,
        created_at: stamp,
        updated_at: stamp,
      };
    }),
  );

  const current = n.cycles.find((c) => !c.closed);
  const people = n.people.filter((p) => p.role !== "observer");
  const at = (offsetDays: number) => day(new Date(now.getTime() + offsetDays * 86_400_000));
  const plan: [
    person: number,
    text: string,
    due: number,
    state: string,
    closedAfter: number | null,
    renegotiations: number,
    factors: [string, string][],
  ][] = [
    [1, "Tuon MLL:n perhekahviloiden kävijätilastot verkostotapaamiseen", 4, "open", null, 0, []],
    [1, "Kokoan järjestöjen yhteystiedot palveluoppaaseen", -6, "open", null, 0, []],
    [
      0,
      "Valmistelen kevään työpajan ohjelman",
      -60,
      "kept",
      -62,
      0,
      [
        ["enabler", "time"],
        ["enabler", "skills"],
      ],
    ],
    [2, "Selvitän seurakunnan tilojen käytön syksylle", -40, "kept", -35, 0, [["enabler", "mandate"]]],
    [3, "Kirjoitan hankehakemuksen tarvekuvauksen", 20, "renegotiated", null, 1, [["barrier", "time"]]],
    [
      4,
      "Järjestän vanhempainillan Siilinjärvellä",
      -20,
      "not_kept",
      -18,
      0,
      [
        ["barrier", "money"],
        ["barrier", "mandate"],
      ],
    ],
    [5, "Jaan yliopiston tutkimuskatsauksen verkostolle", -90, "kept", -92, 0, [["enabler", "information"]]],
    [6, "Tarkistan palveluohjauksen prosessikuvauksen", 35, "open", null, 0, []],
    [0, "Kutsun Kelan edustajan seuraavaan tapaamiseen", 10, "renegotiated", null, 2, [["barrier", "information"]]],
  ];
  const promises = [];
  const changes = [];
  const factors = [];
  for (const [i, text, due, state, closedAfter, renegotiations, named] of plan) {
    const p = people[i];
    if (!p) continue;
    const id = newId();
    promises.push({
      id,
      network_id: n.networkId,
      cycle_id: current?.id ?? null,
      promiser_membership_id: p.id,
      on_behalf_of_organisation_id: p.orgId,
      text,
      to_kind: "network",
      to_membership_id: null,
      to_organisation_id: null,
      due_on: at(due),
      state,
      closed_on: closedAfter === null ? null : at(closedAfter),
      renegotiations,
      goal_id: null,
      agreement_section_id: null,
      meeting_id: null,
      created_by: p.userId,
      created_at: stamp,
      updated_at: stamp,
    });
    const created = newId();
    changes.push({
      id: created,
      promise_id: id,
      state: "open",
      text,
      due_on: at(due - 30 * renegotiations),
      note: "",
      changed_by: p.userId,
      changed_at: stamp,
    });
    if (state !== "open") {
      const changeId = newId();
      changes.push({
        id: changeId,
        promise_id: id,
        state,
        text,
        due_on: at(due),
        note: state === "not_kept" ? "Rahoitus ei riittänyt tilavuokraan." : "",
        changed_by: p.userId,
        changed_at: stamp,
      });
      for (const [kind, factor] of named)
        factors.push({ promise_id: id, change_id: changeId, kind: kind as "barrier" | "enabler", factor });
    }
  }
  await insertRows(tx, "promises", promises);
  await insertRows(tx, "promise_changes", changes);
  await insertRows(tx, "promise_factors", factors);
}
