import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { EVENT_KINDS } from "../../../domain/calendar.ts";
import { FREQUENCIES } from "../../../domain/recurrence.ts";
import {
  anticipation,
  calendar,
  cancelEvent,
  createEvent,
  createFeed,
  exportCalendar,
  feedBySecret,
  getEvent,
  listFeeds,
  revokeFeed,
  updateEvent,
} from "../../../services/calendar.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf, baseUrl, requireActor } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("events");
const routes = serviceRoutes("events");

const Kind = z.enum(EVENT_KINDS);

const EventSchema = z
  .object({
    id: z.string(),
    networkId: z.string(),
    title: z.string(),
    description: z.string(),
    kind: Kind,
    start: z.string().openapi({ description: "Local wall-clock time in timeZone, YYYY-MM-DDTHH:mm (all-day: YYYY-MM-DD)" }),
    end: z.string().openapi({ description: "As start; for all-day events the day after the last day" }),
    allDay: z.boolean(),
    timeZone: z.string(),
    recurrence: z
      .object({
        frequency: z.enum(FREQUENCIES),
        interval: z.number(),
        count: z.number().nullish(),
        until: z.string().nullish(),
        byDay: z.string().nullish().openapi({ description: 'Monthly only: the weekday of the month, RFC 5545 form ("2TU", "-1FR")' }),
      })
      .nullable(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    organiser: z.object({ id: z.string(), name: z.string() }).nullable(),
    status: z.enum(["confirmed", "cancelled"]),
    version: z.number(),
    canEdit: z.boolean(),
  })
  .openapi("Event");

export const EventInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().max(4000).default(""),
    kind: Kind,
    start: z.string().max(40),
    end: z.string().max(40),
    allDay: z.boolean().default(false),
    timeZone: z.string().max(80).default("Europe/Helsinki"),
    recurrence: z.unknown().nullable().default(null).openapi({
      description:
        '{ frequency: weekly|monthly|yearly, interval, count?, until?, byDay? } or null; byDay, with monthly only, names the weekday of the month in RFC 5545 form: "2TU" the second Tuesday, "-1FR" the last Friday (the start must fall on it)',
    }),
    place: z.string().trim().max(300).nullable().default(null),
    onlineUrl: z
      .url({ protocol: /^https?$/ })
      .max(1000)
      .nullable()
      .default(null),
    organiserOrganisationId: z.string().max(100).nullable().default(null),
  })
  .openapi("EventInput");

const OccurrenceTimes = z.object({
  start: z.string(),
  end: z.string(),
  startUtc: z.string(),
  endUtc: z.string(),
  index: z.number().openapi({ description: "0-based place in the whole series" }),
});
const Occurrence = OccurrenceTimes.extend({ event: EventSchema });
const EventDetail = EventSchema.extend({
  upcoming: z.array(OccurrenceTimes).openapi({ description: "The next occurrences from now (at most 5)" }),
}).openapi("EventDetail");
const Kinds = z
  .string()
  .max(200)
  .optional()
  .transform((v) => (v ? v.split(",") : undefined))
  .pipe(z.array(Kind).optional());
const EventParams = NetworkParam.extend({ eventId: z.string().max(100) });
const ics = { "text/calendar": { schema: z.string() } };
const icsHeaders = (name: string) => ({
  "Content-Type": "text/calendar; charset=utf-8",
  "Content-Disposition": `attachment; filename="${name}"`,
});

// Events are validated against the domain's rules (time zone, dates, recurrence), which name each field at fault.
export const asInput = (body: z.infer<typeof EventInput>) => ({ ...body, recurrence: body.recurrence as never });

routes.get(
  "/networks/{networkId}/events",
  "Occurrences of the annual clock's events in a window (recurring events expanded), optionally of some kinds",
  {
    params: NetworkParam,
    query: z.object({ from: z.iso.datetime(), to: z.iso.datetime(), kinds: Kinds.openapi({ description: "Comma-separated kinds" }) }),
  },
  { 200: jsonOk(z.object({ items: z.array(Occurrence) }), "Occurrences"), ...errors(400, 401, 404) },
  async (deps, actor, { networkId, from, to, kinds }) => ({
    items: await calendar(deps, actor, networkId, { fromUtc: from, toUtc: to, kinds }),
  }),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/events/export",
    "The annual clock (or some kinds of its events) as an iCalendar file",
    { params: NetworkParam, query: z.object({ kinds: Kinds }) },
    { 200: { description: "iCalendar", content: ics }, ...errors(400, 401, 404) },
  ),
  async (c) => {
    const body = await exportCalendar(c.get("deps"), actorOf(c), c.req.valid("param").networkId, baseUrl(c), {
      kinds: c.req.valid("query").kinds,
    });
    return c.body(body, 200, icsHeaders("vuosikello.ics"));
  },
);

routes.get(
  "/networks/{networkId}/anticipation",
  "The next 90 days: events, deadlines and promises falling due",
  { params: NetworkParam },
  {
    200: jsonOk(
      z.object({
        events: z.array(Occurrence),
        promises: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            dueOn: z.string(),
            overdue: z.boolean(),
            promiserName: z.string().nullable(),
            mine: z.boolean(),
          }),
        ),
      }),
      "What is coming",
    ),
    ...errors(401, 404),
  },
  (deps, actor, { networkId }) => anticipation(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/events",
  "Add an event to the annual clock (members: their own or their organisation's)",
  { params: NetworkParam, ...jsonBody(EventInput) },
  { 201: jsonOk(EventDetail, "Added"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => createEvent(deps, actor, networkId, asInput(input)),
);

routes.get(
  "/networks/{networkId}/events/{eventId}",
  "One event",
  { params: EventParams },
  { 200: jsonOk(EventDetail, "The event"), ...errors(401, 404) },
  (deps, actor, { networkId, eventId }) => getEvent(deps, actor, networkId, eventId),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/events/{eventId}/ics",
    "One event as an .ics file to add to a calendar",
    { params: EventParams },
    { 200: { description: "iCalendar", content: ics }, ...errors(401, 404) },
  ),
  async (c) => {
    const { networkId, eventId } = c.req.valid("param");
    return c.body(await exportCalendar(c.get("deps"), actorOf(c), networkId, baseUrl(c), { eventId }), 200, icsHeaders("tapahtuma.ics"));
  },
);

routes.patch(
  "/networks/{networkId}/events/{eventId}",
  "Edit an event; a stale version gets 409. Calendars subscribed to the feed get the change",
  { params: EventParams, ...jsonBody(EventInput.extend({ version: z.number().int().min(1) })) },
  { 200: jsonOk(EventDetail, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, eventId, version, ...input }) => updateEvent(deps, actor, networkId, eventId, version, asInput(input)),
);

routes.post(
  "/networks/{networkId}/events/{eventId}/cancel",
  "Cancel an event; feeds carry STATUS:CANCELLED so calendars remove it",
  { params: EventParams },
  { 200: jsonOk(EventDetail, "Cancelled"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, eventId }) => cancelEvent(deps, actor, networkId, eventId),
);

routes.app.openapi(
  route.post(
    "/networks/{networkId}/feeds",
    "A secret subscription URL for this network's calendar (shown once; revocable)",
    { params: NetworkParam },
    { 201: jsonOk(z.object({ url: z.string() }), "Created"), ...errors(401, 404) },
  ),
  async (c) => c.json(await createFeed(c.get("deps"), actorOf(c), c.req.valid("param").networkId, baseUrl(c)), 201),
);

export const calendarRoutes = routes.app;

const feeds = new OpenAPIHono<AppEnv>();
feeds.use("/me/feeds", requireActor);
feeds.use("/me/feeds/*", requireActor);

export const feedRoutes = feeds
  .openapi(
    route.get(
      "/me/feeds",
      "Your live calendar subscriptions (without their secrets)",
      {},
      {
        200: jsonOk(
          z.object({ items: z.array(z.object({ id: z.string(), networkId: z.string().nullable(), createdAt: z.string() })) }),
          "Feeds",
        ),
        ...errors(401),
      },
    ),
    async (c) => {
      const rows = await listFeeds(c.get("deps"), actorOf(c));
      return c.json({ items: rows.map((r) => ({ id: r.id, networkId: r.network_id, createdAt: r.created_at })) }, 200);
    },
  )
  .openapi(
    route.post(
      "/me/feeds",
      "A secret subscription URL for your own calendar across all your networks",
      {},
      { 201: jsonOk(z.object({ url: z.string() }), "Created"), ...errors(401, 403) },
    ),
    async (c) => c.json(await createFeed(c.get("deps"), actorOf(c), null, baseUrl(c)), 201),
  )
  .openapi(
    route.delete(
      "/me/feeds/{feedId}",
      "Revoke a subscription URL: it answers 404 from now on",
      { params: z.object({ feedId: z.string().max(100) }) },
      { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
    ),
    async (c) => {
      await revokeFeed(c.get("deps"), actorOf(c), c.req.valid("param").feedId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/feeds/{file}",
      tags: ["events"],
      summary: "A calendar subscription (no sign-in: the secret in the URL is the key)",
      security: [],
      request: {
        params: z.object({
          file: z
            .string()
            .max(200)
            .regex(/^[A-Za-z0-9_-]+\.ics$/),
        }),
      },
      responses: { 200: { description: "iCalendar", content: ics }, ...errors(400, 404) },
    }),
    async (c) => {
      const secret = c.req.valid("param").file.replace(/\.ics$/, "");
      return c.body(await feedBySecret(c.get("deps"), secret, baseUrl(c)), 200, { "Content-Type": "text/calendar; charset=utf-8" });
    },
  );
