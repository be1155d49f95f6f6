import { z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import { addToBoard, arrangeSession, getBoard, moveTo, proposeSession, saveSessionNotes, watchBoard } from "../../../services/openSpace.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("open space");
const routes = serviceRoutes("open space");

const Id = z.string().max(100);
const BoardParams = NetworkParam.extend({ meetingId: Id });
const SessionParams = BoardParams.extend({ sessionId: Id });
const Ref = z.object({ id: z.string(), name: z.string() });

const Board = z
  .object({
    canArrange: z.boolean(),
    canTakePart: z.boolean(),
    me: z.string().nullable(),
    slots: z.array(z.object({ id: z.string(), label: z.string() })),
    spaces: z.array(z.object({ id: z.string(), name: z.string() })),
    sessions: z.array(
      z.object({
        id: z.string(),
        topic: z.string(),
        convener: Ref.nullable(),
        slotId: z.string().nullable(),
        spaceId: z.string().nullable(),
        notes: z.string(),
        version: z.number(),
        people: z.array(Ref),
        canEdit: z.boolean(),
      }),
    ),
  })
  .openapi("OpenSpaceBoard");

const ok = { 200: jsonOk(Board, "The board") };
/** Comment lines keep idle connections open through proxies that drop silent ones. */
const HEARTBEAT_MS = 25_000;

routes.get(
  "/networks/{networkId}/meetings/{meetingId}/board",
  "A meeting's open-space board",
  { params: BoardParams },
  { ...ok, ...errors(401, 404) },
  (deps, actor, { networkId, meetingId }) => getBoard(deps, actor, networkId, meetingId),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/meetings/{meetingId}/board/live",
    "Server-sent events: a `changed` event whenever anyone changes the board (on any app instance)",
    { params: BoardParams },
    {
      200: { description: "text/event-stream", content: { "text/event-stream": { schema: z.string() } } },
      ...errors(401, 404),
    },
  ),
  async (c) => {
    const { networkId, meetingId } = c.req.valid("param");
    let notify: () => void = () => {};
    const unsubscribe = await watchBoard(c.get("deps"), actorOf(c), networkId, meetingId, () => notify());
    return streamSSE(c, async (stream) => {
      let closed = false;
      let wake: (() => void) | undefined;
      let pending = 0;
      notify = () => {
        pending++;
        wake?.();
      };
      stream.onAbort(() => {
        closed = true;
        wake?.();
      });
      await stream.writeSSE({ event: "ready", data: "" });
      while (!closed) {
        if (pending > 0) {
          pending = 0;
          await stream.writeSSE({ event: "changed", data: meetingId });
          continue;
        }
        const timer = setTimeout(() => wake?.(), HEARTBEAT_MS);
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        clearTimeout(timer);
        wake = undefined;
        if (!closed && pending === 0) await stream.write(": keep-alive\n\n");
      }
      unsubscribe();
    });
  },
);

routes.post(
  "/networks/{networkId}/meetings/{meetingId}/board/slots",
  "Add a time slot (planners)",
  { params: BoardParams, ...jsonBody(z.object({ label: z.string().trim().min(1).max(100) })) },
  { ...ok, ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId, meetingId, label }) => addToBoard(deps, actor, networkId, meetingId, { kind: "slot", label }),
);

routes.post(
  "/networks/{networkId}/meetings/{meetingId}/board/spaces",
  "Add a space (planners)",
  { params: BoardParams, ...jsonBody(z.object({ name: z.string().trim().min(1).max(100) })) },
  { ...ok, ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId, meetingId, name }) => addToBoard(deps, actor, networkId, meetingId, { kind: "space", name }),
);

routes.post(
  "/networks/{networkId}/meetings/{meetingId}/board/sessions",
  "Propose a session that you convene (participants)",
  { params: BoardParams, ...jsonBody(z.object({ topic: z.string().trim().min(1).max(200) })) },
  { ...ok, ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId, meetingId, topic }) => proposeSession(deps, actor, networkId, meetingId, topic),
);

routes.patch(
  "/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}",
  "Place a session in a slot and a space, or rename it (planners and the convener); 409 if the space is taken or the version stale",
  {
    params: SessionParams,
    ...jsonBody(
      z.object({
        version: z.number().int().min(1),
        topic: z.string().trim().min(1).max(200).optional(),
        slotId: Id.nullable().optional(),
        spaceId: Id.nullable().optional(),
      }),
    ),
  },
  { ...ok, ...errors(400, 401, 403, 404, 409) },
  (deps, actor, { networkId, meetingId, sessionId, ...input }) => arrangeSession(deps, actor, networkId, meetingId, sessionId, input),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}/notes",
  "Write a session's notes (participants); a stale version gets 409 with the stored notes",
  { params: SessionParams, ...jsonBody(z.object({ version: z.number().int().min(1), notes: z.string().max(20000) })) },
  { ...ok, ...errors(400, 401, 403, 404, 409) },
  (deps, actor, { networkId, meetingId, sessionId, ...input }) => saveSessionNotes(deps, actor, networkId, meetingId, sessionId, input),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}/presence",
  "Move into a session (leaving any other of the same slot) or out of it",
  { params: SessionParams, ...jsonBody(z.object({ present: z.boolean() })) },
  { ...ok, ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId, meetingId, sessionId, present }) => moveTo(deps, actor, networkId, meetingId, sessionId, present),
);

export const openSpaceRoutes = routes.app;
