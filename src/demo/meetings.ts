import { DateTime } from "luxon";
import { planSeating } from "../domain/seating.ts";
import { releaseFeedback } from "../services/meetingFeedback.ts";
import { composeMeetingMinutes } from "../services/minutes.ts";
import type { Tx } from "../storage/db.ts";
import { insertActivity } from "../storage/repos/activities.ts";
import { insertAttachment } from "../storage/repos/attachments.ts";
import { insertEvent } from "../storage/repos/calendar.ts";
import { insertHistoryEntry } from "../storage/repos/history.ts";
import {
  findMeeting,
  insertMeeting,
  insertSeatingPlan,
  listBlocks,
  listParticipants,
  recordAttendance,
  replaceAgenda,
  setParticipants,
  setRsvp,
  updateNotesIfVersion,
  upsertFeedback,
} from "../storage/repos/meetings.ts";
import { insertMinutes, markMinutesSent } from "../storage/repos/minutes.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { insertNotifications } from "../storage/repos/notifications.ts";
import { insertSession, insertSlot, insertSpace, joinSession, updateSessionIfVersion } from "../storage/repos/openSpace.ts";
import { listPeopleForSurvey } from "../storage/repos/surveys.ts";
import { DEMO_MIN_GROUP_SIZE, type DemoNetwork } from "./agreement.ts";
import { textPdf } from "./documents.ts";

const ZONE = "Europe/Helsinki";

/** A day as a Finn writes it in the demo's documents: 12.1.2027. */
const day = (d: DateTime) => d.toFormat("d.M.yyyy");

async function meetingAt(
  tx: Tx,
  n: DemoNetwork,
  title: string,
  kind: string,
  day: DateTime,
  hours: [number, number],
  details: { place: string; purpose: string; outcome: string; rsvpDeadline: string | null },
) {
  const start = day.set({ hour: hours[0], minute: 0 });
  const end = day.set({ hour: hours[1], minute: 0 });
  const eventId = await insertEvent(
    tx,
    n.networkId,
    {
      title,
      description: details.purpose,
      kind,
      startsLocal: start.toFormat("yyyy-MM-dd'T'HH:mm"),
      endsLocal: end.toFormat("yyyy-MM-dd'T'HH:mm"),
      allDay: false,
      timeZone: ZONE,
      startsUtc: start.toUTC().toISO() as string,
      recurrence: null,
      place: details.place,
      onlineUrl: null,
      organiserOrganisationId: null,
    },
    n.coordinatorId,
  );
  return insertMeeting(
    tx,
    n.networkId,
    eventId,
    { purpose: details.purpose, expectedOutcome: details.outcome, rsvpDeadline: details.rsvpDeadline },
    n.coordinatorId,
  );
}

/**
 * Facilitation in the Finnish demo network: last month's network meeting with
 * an expert talk and a learning café (seated, attended, noted, with feedback
 * and history), next week's open-space workshop with sessions already
 * proposed on the board, and this cycle's activities, done side by side or
 * together. The demo member has not yet answered the coming invitation.
 */
export async function seedMeetingsDemo(tx: Tx, n: DemoNetwork, rnd: () => number, now: Date, memberUserId: string) {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf("day");
  const members = n.people.filter((p) => p.role !== "observer");
  const coordinator = members.find((p) => p.userId === n.coordinatorId) ?? members[0];
  if (!coordinator) return;

  // Last month: teaching and facilitation.
  const past = await meetingAt(
    tx,
    n,
    "Verkostotapaaminen: tiedonkulku perheiden palveluissa",
    "network_meeting",
    today.minus({ days: 20 }),
    [12, 16],
    {
      place: "Kuopion kaupungintalo, valtuustosali",
      purpose: "Oppia toisiltamme, miten tieto perheen asioista kulkee organisaatioiden välillä.",
      outcome: "Kolme kokeilua tiedonkulun parantamiseksi ja niille vastuunottajat.",
      rsvpDeadline: today.minus({ days: 27 }).toISODate(),
    },
  );
  const invited = members.slice(0, 24);
  await setParticipants(
    tx,
    past,
    invited.map((p) => ({ membershipId: p.id, facilitator: p === coordinator })),
  );
  for (const p of invited) {
    await setRsvp(tx, past, p.id, rnd() < 0.8 ? "yes" : rnd() < 0.5 ? "maybe" : "no", now.toISOString());
  }
  await replaceAgenda(tx, past, [
    { id: null, title: "Tervetuloa ja esittäytymiskierros", method: "introductions", startMinute: 0, durationMinutes: 20 },
    { id: null, title: "Alustus: perheen tieto palveluketjussa (THL)", method: "expert_lecture", startMinute: 20, durationMinutes: 30 },
    { id: null, title: "Oppimiskahvila: missä tieto katkeaa?", method: "learning_cafe", startMinute: 50, durationMinutes: 90 },
    { id: null, title: "Tauko", method: "break", startMinute: 140, durationMinutes: 15 },
    { id: null, title: "Kokeiluista päättäminen", method: "decision_making", startMinute: 155, durationMinutes: 60 },
    { id: null, title: "Mitä opimme tänään?", method: "retrospective", startMinute: 215, durationMinutes: 25 },
  ]);
  const blocks = await listBlocks(tx, past);
  const deciding = blocks.find((b) => b.method === "decision_making");
  if (deciding) {
    await updateNotesIfVersion(
      tx,
      deciding.id,
      1,
      "Sovittiin kolmesta kokeilusta: suostumus kysytään jo ensikäynnillä, koululle ja neuvolalle yhteinen kanava, järjestöjen palvelut näkyviin ammattilaisten oppaaseen. Kokeilut arvioidaan kevään työpajassa.",
    );
  }
  const cafe = blocks.find((b) => b.method === "learning_cafe");
  if (cafe) {
    await updateNotesIfVersion(
      tx,
      cafe.id,
      1,
      "Pöytä 1: suostumus tiedon siirtoon kysytään liian myöhään.\nPöytä 2: koulun ja neuvolan välillä ei ole yhteistä kanavaa.\nPöytä 3: järjestöjen tieto ei näy ammattilaisille.",
    );
  }
  await insertAttachment(tx, {
    networkId: n.networkId,
    ownerKind: "meeting",
    ownerId: past,
    fileName: "Muistio – tiedonkulku perheiden palveluissa.pdf",
    contentType: "application/pdf",
    bytes: textPdf([
      "Verkostotapaaminen: tiedonkulku perheiden palveluissa",
      `Muistio, ${day(today.minus({ days: 20 }))}`,
      "",
      "1. Oppimiskahvila: missä tieto katkeaa perheen polulla",
      "2. Sovitut kokeilut: suostumus varhain, yhteinen kanava koululle ja neuvolalle,",
      "   järjestöjen palvelut näkyviin ammattilaisille",
      "3. Seuraava tapaaminen: kevään työpaja",
    ]),
    createdBy: n.coordinatorId,
  });
  const present = invited.filter(() => rnd() < 0.75);
  await recordAttendance(tx, past, new Set(present.map((p) => p.id)));
  await insertHistoryEntry(tx, {
    networkId: n.networkId,
    occurredOn: today.minus({ days: 20 }).toISODate() as string,
    title: "Verkostotapaaminen: tiedonkulku perheiden palveluissa",
    description: "Oppimiskahvila tiedonkulusta ja kolme sovittua kokeilua.",
    sourceKind: "meeting",
    sourceId: past,
    createdBy: n.coordinatorId,
    participants: present.map((p) => ({ membershipId: p.id, organisationId: p.orgId })),
  });
  const seated = present.slice(0, 18);
  const orgIds = [...new Set(seated.map((p) => p.orgId))];
  const named = new Map((await listPeopleForSurvey(tx, n.networkId)).map((p) => [p.id, p]));
  const plan = planSeating({
    organisation: seated.map((p) => (p.orgId ? orgIds.indexOf(p.orgId) : -1)),
    known: [],
    tables: 3,
    rounds: 3,
    hosts: [0, -1, -1],
    seed: 7,
  });
  await insertSeatingPlan(tx, {
    meetingId: past,
    blockId: cafe?.id ?? null,
    tables: 3,
    rounds: 3,
    people: seated.map((p) => ({
      id: p.id,
      name: named.get(p.id)?.name ?? "",
      organisationName: named.get(p.id)?.organisation_name ?? null,
    })),
    hosts: [0],
    assignment: plan.assignment,
    newPairs: plan.newPairs,
    upperBound: plan.upperBound,
  });
  for (const p of present.slice(0, 9)) {
    await upsertFeedback(tx, past, p.id, {
      timeWellUsed: 3 + Math.floor(rnd() * 3),
      realDialogue: 3 + Math.floor(rnd() * 3),
      concreteProgress: 2 + Math.floor(rnd() * 3),
      comment: rnd() < 0.3 ? "Oppimiskahvilassa tapasin ihmisiä, joita en ollut ennen tavannut." : "",
    });
  }
  await releaseFeedback(tx, past, DEMO_MIN_GROUP_SIZE);
  await seedMinutes(tx, n, past, today.minus({ days: 18 }));

  // Next week: hosting.
  const coming = await meetingAt(tx, n, "Kevään työpaja: avoin tila", "workshop", today.plus({ days: 9 }), [9, 13], {
    place: "Kuopion Setlementti Puijola, Sali",
    purpose: "Nostaa esiin, mistä jäsenet haluavat oppia ja mitä tehdä yhdessä keväällä.",
    outcome: "Teemat kevään pienryhmille ja niiden koollekutsujat.",
    rsvpDeadline: today.plus({ days: 6 }).toISODate(),
  });
  await setParticipants(
    tx,
    coming,
    members.map((p) => ({ membershipId: p.id, facilitator: p === coordinator })),
  );
  for (const p of members) {
    if (p.userId === memberUserId || p === coordinator || rnd() < 0.4) continue;
    await setRsvp(tx, coming, p.id, rnd() < 0.85 ? "yes" : "maybe", now.toISOString());
  }
  await replaceAgenda(tx, coming, [
    { id: null, title: "Avaus ja avoimen tilan periaatteet", method: "introductions", startMinute: 0, durationMinutes: 20 },
    { id: null, title: "Avoin tila", method: "open_space", startMinute: 20, durationMinutes: 150 },
    { id: null, title: "Tauko", method: "break", startMinute: 170, durationMinutes: 15 },
    { id: null, title: "Yhteenveto ja sopimukset", method: "retrospective", startMinute: 185, durationMinutes: 55 },
  ]);
  await insertAttachment(tx, {
    networkId: n.networkId,
    ownerKind: "meeting",
    ownerId: coming,
    fileName: "Esityslista – kevään työpaja.pdf",
    contentType: "application/pdf",
    bytes: textPdf([
      "Kevään työpaja: avoin tila",
      `${day(today.plus({ days: 9 }))} klo 9.00–13.00, Kuopion Setlementti Puijola`,
      "",
      "9.00  Avaus ja avoimen tilan periaatteet",
      "9.20  Avoin tila: kolme kierrosta",
      "11.50 Tauko",
      "12.05 Yhteenveto ja sopimukset",
    ]),
    createdBy: n.coordinatorId,
  });
  const slots = [
    await insertSlot(tx, coming, "9.20–10.10"),
    await insertSlot(tx, coming, "10.20–11.10"),
    await insertSlot(tx, coming, "11.20–11.50"),
  ];
  const spaces = [
    await insertSpace(tx, coming, "Sali"),
    await insertSpace(tx, coming, "Kirjasto"),
    await insertSpace(tx, coming, "Pihahuone"),
  ];
  const topics: [string, number, number | null, number | null][] = [
    ["Nuoret mukaan palvelujen suunnitteluun", 2, 0, 0],
    ["Yhteinen viestintä perheille", 3, 0, 1],
    ["Vapaaehtoisten ja ammattilaisten yhteistyö", 4, 1, 0],
    ["Kokeilujen arviointi: mitä mittaamme?", 5, null, null],
  ];
  for (const [topic, who, slot, space] of topics) {
    const convener = members[who % members.length];
    const id = await insertSession(tx, coming, topic, convener?.id ?? null);
    if (slot !== null && space !== null)
      await updateSessionIfVersion(tx, id, 1, { slot_id: slots[slot] ?? null, space_id: spaces[space] ?? null });
    if (convener) await joinSession(tx, coming, id, slot === null ? null : (slots[slot] ?? null), convener.id);
  }

  const cycle = n.cycles.find((c) => !c.closed);
  const activities: [string, "side_by_side" | "together", string | null][] = [
    ["Perhekeskusten omat vanhempainillat", "side_by_side", null],
    ["Järjestöjen toimintakalenterit jaetaan verkostolle", "side_by_side", null],
    ["Seurakuntien perheleirit", "side_by_side", null],
    ["Kuntien omat nuorisotakuu-suunnitelmat", "side_by_side", null],
    ["Yhteinen hankehakemus: Perheen polku", "together", null],
    ["Tiedonkulun kokeilu koulujen ja neuvoloiden välillä", "together", past],
    ["Yhteinen perheiden palveluopas", "together", null],
    ["Oppimiskahvila: tiedonkulku", "together", past],
  ];
  for (const [title, mode, meetingId] of activities) {
    await insertActivity(tx, {
      networkId: n.networkId,
      cycleId: cycle?.id ?? null,
      title,
      description: "",
      mode,
      meetingId,
      createdBy: n.coordinatorId,
    });
  }
}

/** The past meeting's minutes as its facilitator approved and sent them two days after it: participants were told in the app. */
async function seedMinutes(tx: Tx, n: DemoNetwork, meetingId: string, approvedOn: DateTime) {
  const meeting = await findMeeting(tx, n.networkId, meetingId);
  if (!meeting) return;
  const participants = await listParticipants(tx, meetingId);
  const network = (await findNetwork(tx, n.networkId))?.name ?? "";
  const text = await composeMeetingMinutes(tx, meeting, participants, "fi");
  const approvedAt = approvedOn.set({ hour: 10 }).toUTC().toISO() as string;
  await insertMinutes(tx, meetingId, text, n.coordinatorId, { approvedAt });
  await markMinutesSent(tx, meetingId, approvedOn.set({ hour: 10, minute: 5 }).toUTC().toISO() as string);
  await insertNotifications(
    tx,
    participants.map((p) => ({
      userId: p.user_id,
      networkId: n.networkId,
      kind: "minutes_sent",
      params: { title: meeting.title, network },
      link: `/networks/${n.networkId}/meetings/${meetingId}`,
      dedupeKey: `minutes_sent:${meetingId}:${p.user_id}`,
    })),
  );
}
