import type { EventKind } from "../domain/calendar.ts";
import { calendarFeed, type FeedEvent, type MeetingLabels, meetingDescription } from "../domain/calendarFeed.ts";
import { DEFAULT_LOCALE, isLocale, type Locale } from "../domain/locale.ts";
import { occurrences, type Recurrence, validateEventTime } from "../domain/recurrence.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import {
  cancelEvent as cancelEventRow,
  findEvent,
  findFeedToken,
  insertEvent,
  insertFeedToken,
  listEvents,
  listFeedTokens,
  revokeFeedToken,
  updateEventIfVersion,
} from "../storage/repos/calendar.ts";
import { blocksOf } from "../storage/repos/meetings.ts";
import { findMembership, listMembershipsOfUser } from "../storage/repos/memberships.ts";
import { findOrganisation } from "../storage/repos/organisations.ts";
import { listPromises } from "../storage/repos/promises.ts";
import { findUserById } from "../storage/repos/users.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden, invalid, notFound, staleWrite } from "./errors.ts";
import { announce } from "./webhooks.ts";

type Row = Awaited<ReturnType<typeof listEvents>>[number];

export interface EventInput {
  title: string;
  description: string;
  kind: EventKind;
  start: string;
  end: string;
  allDay: boolean;
  timeZone: string;
  recurrence: Recurrence | null;
  place: string | null;
  onlineUrl: string | null;
  organiserOrganisationId: string | null;
}

const timeOf = (e: Row) => ({ start: e.starts_local, end: e.ends_local, allDay: e.all_day === 1, timeZone: e.time_zone });
const recurrenceOf = (e: Row) => (e.recurrence ? (JSON.parse(e.recurrence) as Recurrence) : null);

function presentEvent(e: Row, canEdit: boolean) {
  return {
    id: e.id,
    networkId: e.network_id,
    title: e.title,
    description: e.description,
    kind: e.kind as EventKind,
    ...timeOf(e),
    recurrence: recurrenceOf(e),
    place: e.place,
    onlineUrl: e.online_url,
    organiser: e.organiser_organisation_id ? { id: e.organiser_organisation_id, name: e.organiser_name ?? "" } : null,
    status: e.status as "confirmed" | "cancelled",
    version: e.version,
    canEdit,
  };
}

/** The actor's role and organisation in a network, looked up once per request. */
async function viewer(db: DbOrTx, actor: Actor, networkId: string, needed: "observer" | "member") {
  const role = await requireRole(db, actor, networkId, needed);
  const organisationId = (await findMembership(db, networkId, actor.userId))?.organisation_id ?? null;
  return { role, organisationId };
}

/** Who may change an event: coordinators all; a member the events they created or that their organisation organises. */
function canEditEvent(actor: Actor, v: { role: string; organisationId: string | null }, e: Row) {
  if (v.role === "coordinator") return true;
  if (v.role !== "member") return false;
  return e.created_by === actor.userId || (v.organisationId !== null && v.organisationId === e.organiser_organisation_id);
}

/** Validates an event's fields for the actor (time, recurrence, organiser) and turns them into what is stored. */
export async function checkedFields(deps: Deps, actor: Actor, networkId: string, role: string, input: EventInput) {
  const v = validateEventTime({ start: input.start, end: input.end, allDay: input.allDay, timeZone: input.timeZone }, input.recurrence);
  if (!v.ok) throw invalid(v.fields);
  if (input.organiserOrganisationId) {
    if (!(await findOrganisation(deps.storage.db, networkId, input.organiserOrganisationId))) {
      throw invalid({ organiserOrganisationId: { key: "validation.unknown_organisation" } });
    }
    const m = await findMembership(deps.storage.db, networkId, actor.userId);
    if (role !== "coordinator" && m?.organisation_id !== input.organiserOrganisationId)
      throw invalid({ organiserOrganisationId: { key: "validation.not_your_organisation" } });
  }
  const first = occurrences(v.time, null, "0001-01-01T00:00:00.000Z", "9999-12-31T00:00:00.000Z", 1)[0];
  return {
    title: input.title,
    description: input.description,
    kind: input.kind,
    startsLocal: v.time.start,
    endsLocal: v.time.end,
    allDay: v.time.allDay,
    timeZone: v.time.timeZone,
    startsUtc: first?.startUtc ?? new Date(0).toISOString(),
    recurrence: v.recurrence ? JSON.stringify(v.recurrence) : null,
    place: input.place,
    onlineUrl: input.onlineUrl,
    organiserOrganisationId: input.organiserOrganisationId,
  };
}

/** Adds an event to the annual clock (members: their own or their organisation's; coordinators: any). */
export async function createEvent(deps: Deps, actor: Actor, networkId: string, input: EventInput) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const id = await insertEvent(db, networkId, await checkedFields(deps, actor, networkId, role, input), actor.userId);
  return getEvent(deps, actor, networkId, id);
}

/** How many coming occurrences an event's details list, so people see a rule such as "second Tuesday" as dates. */
const UPCOMING = 5;

/** One event with its next occurrences from now (none when it is cancelled or over). */
export async function getEvent(deps: Deps, actor: Actor, networkId: string, id: string, now = new Date()) {
  const { db } = deps.storage;
  const v = await viewer(db, actor, networkId, "observer");
  const e = await findEvent(db, networkId, id);
  if (!e) throw notFound();
  const upcoming =
    e.status === "cancelled" ? [] : occurrences(timeOf(e), recurrenceOf(e), now.toISOString(), "9999-12-31T00:00:00.000Z", UPCOMING);
  return { ...presentEvent(e, canEditEvent(actor, v, e)), upcoming };
}

/** The viewer of an event they may edit: 404 when there is no such event, 403 when it is not theirs to edit. */
async function editableEvent(db: DbOrTx, actor: Actor, networkId: string, id: string) {
  const v = await viewer(db, actor, networkId, "member");
  const e = await findEvent(db, networkId, id);
  if (!e) throw notFound();
  if (!canEditEvent(actor, v, e)) throw forbidden();
  return { ...v, event: e };
}

/**
 * Tells the network's webhooks that a meeting changed when its event's title, time or place did (other edits of the
 * event, such as its description, are not news to a channel).
 */
async function announceMeetingChange(
  tx: DbOrTx,
  networkId: string,
  before: NonNullable<Awaited<ReturnType<typeof findEvent>>>,
  after: { title: string; startsLocal: string; endsLocal: string; timeZone: string; place: string | null } | "cancelled",
) {
  if (!before.meeting_id) return;
  const changed =
    after === "cancelled" ||
    after.title !== before.title ||
    after.startsLocal !== before.starts_local ||
    after.endsLocal !== before.ends_local ||
    after.timeZone !== before.time_zone ||
    after.place !== before.place;
  if (!changed) return;
  const title = after === "cancelled" ? before.title : after.title;
  await announce(tx, { networkId, kind: "meeting.changed", title, path: `/networks/${networkId}/meetings/${before.meeting_id}` });
}

/** Saves an event; a stale version gets 409. Subscribed calendars see the change through a raised SEQUENCE. */
export async function updateEvent(deps: Deps, actor: Actor, networkId: string, id: string, version: number, input: EventInput) {
  const { db } = deps.storage;
  const v = await editableEvent(db, actor, networkId, id);
  const fields = await checkedFields(deps, actor, networkId, v.role, input);
  const saved = await db.transaction().execute(async (tx) => {
    if (!(await updateEventIfVersion(tx, id, version, fields))) return false;
    await announceMeetingChange(tx, networkId, v.event, fields);
    return true;
  });
  if (!saved) throw staleWrite(await getEvent(deps, actor, networkId, id));
  return getEvent(deps, actor, networkId, id);
}

/** Cancels an event: it stays in feeds as STATUS:CANCELLED so calendars remove it. */
export async function cancelEvent(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  const { event } = await editableEvent(db, actor, networkId, id);
  await db.transaction().execute(async (tx) => {
    await cancelEventRow(tx, id);
    if (event.status !== "cancelled") await announceMeetingChange(tx, networkId, event, "cancelled");
  });
  return getEvent(deps, actor, networkId, id);
}

export interface Window {
  fromUtc: string;
  toUtc: string;
  kinds?: EventKind[] | undefined;
}

/** Occurrences of the network's events in a window, in time order; recurring events are expanded. */
export async function calendar(deps: Deps, actor: Actor, networkId: string, window: Window) {
  const { db } = deps.storage;
  const v = await viewer(db, actor, networkId, "observer");
  const rows = (await listEvents(db, [networkId], window.toUtc)).filter(
    (e) => e.status !== "cancelled" && (!window.kinds || window.kinds.includes(e.kind as EventKind)),
  );
  const out = [];
  for (const e of rows) {
    const editable = canEditEvent(actor, v, e);
    for (const o of occurrences(timeOf(e), recurrenceOf(e), window.fromUtc, window.toUtc, 500)) {
      out.push({ ...o, event: presentEvent(e, editable) });
    }
  }
  return out.sort((a, b) => a.startUtc.localeCompare(b.startUtc));
}

/**
 * The next 90 days: events and deadlines, and promises falling due, so that
 * people can prepare (anticipation, *ennakointi*).
 */
export async function anticipation(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "observer");
  const toUtc = new Date(now.getTime() + 90 * 86_400_000).toISOString();
  const events = await calendar(deps, actor, networkId, { fromUtc: now.toISOString(), toUtc });
  const horizon = toUtc.slice(0, 10);
  const promises = (await listPromises(db, networkId, {})).filter(
    (p) => (p.state === "open" || p.state === "renegotiated") && p.due_on <= horizon,
  );
  return {
    events,
    promises: promises.map((p) => ({
      id: p.id,
      text: p.text,
      dueOn: p.due_on,
      overdue: p.due_on < now.toISOString().slice(0, 10),
      promiserName: p.promiser_name,
      mine: p.promiser_user_id === actor.userId,
    })),
  };
}

/**
 * The events as they go into a calendar file or feed, in the reader's language. A meeting's event carries
 * its purpose, expected outcome, agenda and links in DESCRIPTION, and its online link (else its page) as
 * URL; a change of the meeting counts as a change of the event (LAST-MODIFIED).
 */
async function feedEvents(db: DbOrTx, rows: Row[], baseUrl: string, locale: Locale): Promise<FeedEvent[]> {
  const t = translator(locale);
  const labels: MeetingLabels = {
    purpose: t("meetings.details.purpose"),
    expectedOutcome: t("meetings.details.expectedOutcome"),
    agenda: t("meetings.agenda.heading"),
    online: t("meetings.details.online"),
    page: t("calendar.feed.meetingPage"),
  };
  const blocks = await blocksOf(
    db,
    rows.flatMap((e) => (e.meeting_id ? [e.meeting_id] : [])),
  );
  return rows.map((e) => {
    const plain: FeedEvent = {
      uid: `${e.id}@solmu`,
      sequence: e.sequence,
      status: e.status === "cancelled" ? "cancelled" : "confirmed",
      title: e.title,
      description: e.description,
      location: e.place ?? e.online_url,
      url: `${baseUrl}/networks/${e.network_id}/calendar?event=${e.id}`,
      time: timeOf(e),
      recurrence: recurrenceOf(e),
      updatedAt: e.updated_at,
    };
    if (!e.meeting_id) return plain;
    const pageUrl = `${baseUrl}/networks/${e.network_id}/meetings/${e.meeting_id}`;
    const meeting = {
      purpose: e.meeting_purpose ?? "",
      expectedOutcome: e.meeting_expected_outcome ?? "",
      agenda: blocks
        .filter((b) => b.meeting_id === e.meeting_id)
        .map((b) => ({ title: b.title, startMinute: b.start_minute, durationMinutes: b.duration_minutes })),
      onlineUrl: e.online_url,
      pageUrl,
    };
    return {
      ...plain,
      description: meetingDescription(e.description, e.starts_local, meeting, labels, locale),
      url: e.online_url ?? pageUrl,
      updatedAt: e.meeting_updated_at && e.meeting_updated_at > e.updated_at ? e.meeting_updated_at : e.updated_at,
    };
  });
}

/** The network's events (optionally of some kinds) as an iCalendar file, for export or one event's "add to calendar". */
export async function exportCalendar(
  deps: Deps,
  actor: Actor,
  networkId: string,
  baseUrl: string,
  filter: { kinds?: EventKind[] | undefined; eventId?: string | undefined },
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "observer");
  const rows = (await listEvents(db, [networkId], "9999-12-31T00:00:00.000Z")).filter(
    (e) => (!filter.kinds || filter.kinds.includes(e.kind as EventKind)) && (!filter.eventId || e.id === filter.eventId),
  );
  if (filter.eventId && rows.length === 0) throw notFound();
  return calendarFeed({ name: rows[0]?.network_name ?? "Solmu", events: await feedEvents(db, rows, baseUrl, actor.locale) });
}

/** A secret subscription URL for a network's calendar, or (networkId null) for all the person's networks. */
export async function createFeed(deps: Deps, actor: Actor, networkId: string | null, baseUrl: string) {
  if (networkId) await requireRole(deps.storage.db, actor, networkId, "observer");
  const secret = await insertFeedToken(deps.storage.db, actor.userId, networkId);
  return { url: `${baseUrl}/api/feeds/${secret}.ics` };
}

export const listFeeds = (deps: Deps, actor: Actor) => listFeedTokens(deps.storage.db, actor.userId);

export async function revokeFeed(deps: Deps, actor: Actor, id: string) {
  if (!(await revokeFeedToken(deps.storage.db, actor.userId, id))) throw notFound();
}

/**
 * The calendar behind a subscription URL. The token gives read access to that
 * feed only, and only while its owner still belongs to the network; a revoked
 * or unknown token answers 404.
 */
export async function feedBySecret(deps: Deps, secret: string, baseUrl: string) {
  const { db } = deps.storage;
  const token = await findFeedToken(db, secret);
  if (!token) throw notFound();
  const memberships = await listMembershipsOfUser(db, token.user_id);
  const networkIds = token.network_id
    ? memberships.filter((m) => m.id === token.network_id).map((m) => m.id)
    : memberships.map((m) => m.id);
  if (token.network_id && networkIds.length === 0) throw notFound();
  const rows = await listEvents(db, networkIds, "9999-12-31T00:00:00.000Z");
  const name = token.network_id ? (memberships.find((m) => m.id === token.network_id)?.name ?? "Solmu") : "Solmu";
  const locale = (await findUserById(db, token.user_id))?.locale;
  return calendarFeed({ name, events: await feedEvents(db, rows, baseUrl, isLocale(locale) ? locale : DEFAULT_LOCALE) });
}
