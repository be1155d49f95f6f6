import { findMeeting, listParticipants } from "../storage/repos/meetings.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import {
  findSession,
  insertSession,
  insertSlot,
  insertSpace,
  joinSession,
  leaveSession,
  listPresence,
  listSessions,
  listSlots,
  listSpaces,
  updateSessionIfVersion,
} from "../storage/repos/openSpace.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound, staleWrite } from "./errors.ts";

/** The topic under which a meeting's board changes are published to everyone watching it. */
export const boardTopic = (meetingId: string) => `board:${meetingId}`;

/**
 * Who the actor is on a meeting's open-space board. Coordinators and the
 * meeting's facilitators arrange the board; participants propose sessions,
 * move between them and write notes; everyone else in the network watches.
 */
async function boardAccess(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  if (!(await findMeeting(db, networkId, meetingId))) throw notFound();
  const me = await findMembership(db, networkId, actor.userId);
  const mine = me ? (await listParticipants(db, meetingId)).find((p) => p.membership_id === me.id) : undefined;
  const canArrange = role === "coordinator" || mine?.facilitator === 1;
  return { me: me?.id ?? null, canArrange, canTakePart: canArrange || (mine !== undefined && role !== "observer") };
}

/** The board: time slots, spaces, and the sessions with who convenes them, who is in them and their notes. */
export async function getBoard(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  const { db } = deps.storage;
  const a = await boardAccess(deps, actor, networkId, meetingId);
  const [slots, spaces, sessions, presence] = await Promise.all([
    listSlots(db, meetingId),
    listSpaces(db, meetingId),
    listSessions(db, meetingId),
    listPresence(db, meetingId),
  ]);
  return {
    canArrange: a.canArrange,
    canTakePart: a.canTakePart,
    me: a.me,
    slots: slots.map((s) => ({ id: s.id, label: s.label })),
    spaces: spaces.map((s) => ({ id: s.id, name: s.name })),
    sessions: sessions.map((s) => ({
      id: s.id,
      topic: s.topic,
      convener: s.convener_membership_id ? { id: s.convener_membership_id, name: s.convener_name ?? "" } : null,
      slotId: s.slot_id,
      spaceId: s.space_id,
      notes: s.notes,
      version: s.version,
      people: presence.filter((p) => p.session_id === s.id).map((p) => ({ id: p.membership_id, name: p.name })),
      canEdit: a.canArrange || (a.me !== null && s.convener_membership_id === a.me),
    })),
  };
}

async function changed(deps: Deps, actor: Actor, networkId: string, meetingId: string) {
  await deps.storage.live.publish(boardTopic(meetingId));
  return getBoard(deps, actor, networkId, meetingId);
}

/** Adds a time slot or a space to the board (planners). */
export async function addToBoard(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  input: { kind: "slot"; label: string } | { kind: "space"; name: string },
) {
  const a = await boardAccess(deps, actor, networkId, meetingId);
  if (!a.canArrange) throw forbidden();
  if (input.kind === "slot") await insertSlot(deps.storage.db, meetingId, input.label);
  else await insertSpace(deps.storage.db, meetingId, input.name);
  return changed(deps, actor, networkId, meetingId);
}

/** A participant proposes a session and convenes it. */
export async function proposeSession(deps: Deps, actor: Actor, networkId: string, meetingId: string, topic: string) {
  const a = await boardAccess(deps, actor, networkId, meetingId);
  if (!a.canTakePart) throw forbidden();
  await insertSession(deps.storage.db, meetingId, topic, a.me);
  return changed(deps, actor, networkId, meetingId);
}

/**
 * Places a session in a time slot and a space, or renames it (planners and
 * the convener). One space holds one session per slot; a stale version gets 409.
 */
export async function arrangeSession(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  sessionId: string,
  input: { version: number; topic?: string | undefined; slotId?: string | null | undefined; spaceId?: string | null | undefined },
) {
  const { db } = deps.storage;
  const a = await boardAccess(deps, actor, networkId, meetingId);
  const session = await findSession(db, meetingId, sessionId);
  if (!session) throw notFound();
  if (!a.canArrange && session.convener_membership_id !== a.me) throw forbidden();
  const slotId = input.slotId === undefined ? session.slot_id : input.slotId;
  const spaceId = input.spaceId === undefined ? session.space_id : input.spaceId;
  if (slotId && !(await listSlots(db, meetingId)).some((s) => s.id === slotId)) throw invalid({ slotId: { key: "validation.invalid" } });
  if (spaceId && !(await listSpaces(db, meetingId)).some((s) => s.id === spaceId))
    throw invalid({ spaceId: { key: "validation.invalid" } });
  if (slotId && spaceId) {
    const taken = (await listSessions(db, meetingId)).find((s) => s.id !== sessionId && s.slot_id === slotId && s.space_id === spaceId);
    if (taken) throw new AppError(409, "space_taken", "meetings.space_taken", { topic: taken.topic });
  }
  const patch = { topic: input.topic ?? session.topic, slot_id: slotId, space_id: spaceId };
  if (!(await updateSessionIfVersion(db, sessionId, input.version, patch)))
    throw staleWrite(await getBoard(deps, actor, networkId, meetingId));
  return changed(deps, actor, networkId, meetingId);
}

/** A session's notes, captured on the board by anyone taking part; a stale version gets 409 with the stored notes. */
export async function saveSessionNotes(
  deps: Deps,
  actor: Actor,
  networkId: string,
  meetingId: string,
  sessionId: string,
  input: { version: number; notes: string },
) {
  const { db } = deps.storage;
  const a = await boardAccess(deps, actor, networkId, meetingId);
  if (!a.canTakePart) throw forbidden();
  const session = await findSession(db, meetingId, sessionId);
  if (!session) throw notFound();
  if (!(await updateSessionIfVersion(db, sessionId, input.version, { notes: input.notes }))) {
    throw staleWrite({ notes: session.notes, version: session.version });
  }
  return changed(deps, actor, networkId, meetingId);
}

/** Moves the actor into a session (out of any other session of the same slot), or out of it. */
export async function moveTo(deps: Deps, actor: Actor, networkId: string, meetingId: string, sessionId: string, inSession: boolean) {
  const { db } = deps.storage;
  const a = await boardAccess(deps, actor, networkId, meetingId);
  if (!a.canTakePart || !a.me) throw forbidden();
  const session = await findSession(db, meetingId, sessionId);
  if (!session) throw notFound();
  const me = a.me;
  if (inSession) await db.transaction().execute((tx) => joinSession(tx, meetingId, sessionId, session.slot_id, me));
  else await leaveSession(db, sessionId, me);
  return changed(deps, actor, networkId, meetingId);
}

/** Checks the actor may watch the board and subscribes them to its changes. */
export async function watchBoard(deps: Deps, actor: Actor, networkId: string, meetingId: string, listener: () => void) {
  await boardAccess(deps, actor, networkId, meetingId);
  return deps.storage.live.subscribe(boardTopic(meetingId), listener);
}
