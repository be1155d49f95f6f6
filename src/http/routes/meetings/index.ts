import { z } from "@hono/zod-openapi";
import { EVENT_KINDS } from "../../../domain/calendar.ts";
import { LEARNING_MODES, RSVP_ANSWERS } from "../../../domain/meetings.ts";
import { feedbackTrend } from "../../../services/meetingFeedback.ts";
import {
  addMethod,
  answerInvitation,
  createMeeting,
  getMeeting,
  giveFeedback,
  listMeetings,
  listMethods,
  recordAttendance,
  saveAgenda,
  saveNotes,
  updateMeeting,
  updateParticipants,
} from "../../../services/meetings.ts";
import { planCafeSeating } from "../../../services/seating.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { asInput, EventInput } from "../calendar/index.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("meetings");

const Id = z.string().max(100);
const Distribution = z.object({ mean: z.number().nullable(), n: z.number(), counts: z.array(z.number()) }).nullable();
const Rsvp = z.enum(RSVP_ANSWERS);
/** Every learning mode with its minutes (a record with enum keys would document each mode as optional). */
const MinutesByMode = z.object(
  Object.fromEntries(LEARNING_MODES.map((m) => [m, z.number()])) as Record<(typeof LEARNING_MODES)[number], z.ZodNumber>,
);

const MeetingSchema = z
  .object({
    id: z.string(),
    eventId: z.string(),
    title: z.string(),
    kind: z.enum(EVENT_KINDS).openapi({ description: "The annual-clock event's kind" }),
    description: z.string(),
    start: z.string(),
    end: z.string(),
    timeZone: z.string(),
    place: z.string().nullable(),
    onlineUrl: z.string().nullable(),
    status: z.enum(["confirmed", "cancelled"]),
    minutes: z.number().openapi({ description: "The meeting's length" }),
    purpose: z.string(),
    expectedOutcome: z.string(),
    rsvpDeadline: z.string().nullable(),
    rsvpOpen: z.boolean().openapi({
      description: "Whether invitees may still answer: until the end of the deadline day or, without a deadline, of the meeting's own day",
    }),
    attendanceRecordedAt: z.string().nullable(),
    version: z.number(),
    canPlan: z.boolean(),
    isParticipant: z.boolean(),
    canWriteNotes: z.boolean(),
    participants: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        organisationName: z.string().nullable(),
        facilitator: z.boolean(),
        rsvp: Rsvp.nullable(),
        attended: z.boolean().nullable(),
      }),
    ),
    myRsvp: Rsvp.nullable(),
    agenda: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        method: z.string(),
        startMinute: z.number(),
        durationMinutes: z.number(),
        mode: z.enum(LEARNING_MODES),
        notes: z.string(),
        notesVersion: z.number(),
      }),
    ),
    warnings: z
      .array(
        z.object({
          key: z.enum(["overrun", "overlap", "gap", "noDialogue", "noBreak"]),
          minutes: z.number().optional(),
          block: z.number().optional().openapi({ description: "Index of the block in the saved order" }),
        }),
      )
      .openapi({ description: "What the planner warns about" }),
    minutesByMode: MinutesByMode,
    seating: z
      .object({
        id: z.string(),
        blockId: z.string().nullable(),
        tables: z.number(),
        rounds: z.number(),
        people: z.array(z.object({ id: z.string(), name: z.string(), organisationName: z.string().nullable() })),
        hosts: z.array(z.number()),
        assignment: z.array(z.array(z.number())).openapi({ description: "assignment[round][person] = table" }),
        newPairs: z.number(),
        upperBound: z.number(),
        createdAt: z.string(),
      })
      .nullable(),
    feedback: z.object({
      mine: z.object({ timeWellUsed: z.number(), realDialogue: z.number(), concreteProgress: z.number(), comment: z.string() }).nullable(),
      summary: z
        .object({
          respondents: z.number().openapi({ description: "People who have answered so far" }),
          minGroupSize: z.number(),
          hidden: z.boolean(),
          releasedRespondents: z
            .number()
            .nullable()
            .openapi({ description: "People behind the figures shown: they change only in steps of the minimum group size" }),
          nextReleaseAt: z.number().openapi({ description: "How many answers it takes before the figures are next recomputed" }),
          timeWellUsed: Distribution,
          realDialogue: Distribution,
          concreteProgress: Distribution,
          comments: z.array(z.string()),
        })
        .nullable()
        .openapi({ description: "Planners only; figures as last released, hidden below the minimum group size (decision 014)" }),
    }),
  })
  .openapi("Meeting");

const MeetingParams = NetworkParam.extend({ meetingId: Id });
const people = { participantIds: z.array(Id).max(2000).default([]), facilitatorIds: z.array(Id).max(100).default([]) };
const MeetingFields = {
  purpose: z.string().trim().max(2000).default(""),
  expectedOutcome: z.string().trim().max(2000).default(""),
  rsvpDeadline: z.iso.date().nullable().default(null),
};
const ok = (description: string) => ({ 200: jsonOk(MeetingSchema, description) });

routes.get(
  "/networks/{networkId}/meetings",
  "The network's meetings, newest first, with your answer to each invitation",
  { params: NetworkParam },
  {
    200: jsonOk(
      z.object({
        items: z.array(
          z.object({
            id: z.string(),
            eventId: z.string(),
            title: z.string(),
            start: z.string(),
            end: z.string(),
            timeZone: z.string(),
            place: z.string().nullable(),
            purpose: z.string(),
            status: z.enum(["confirmed", "cancelled"]),
            participantCount: z.number(),
            yesCount: z.number(),
            myRsvp: Rsvp.nullable(),
            rsvpDeadline: z.string().nullable(),
            rsvpOpen: z.boolean(),
            invited: z.boolean(),
            canPlan: z.boolean(),
          }),
        ),
        canCreate: z.boolean(),
      }),
      "Meetings",
    ),
    ...errors(401, 404),
  },
  (deps, actor, { networkId }) => listMeetings(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/meetings",
  "Plan a meeting: an annual-clock event with a purpose, an expected outcome and the people invited (coordinators)",
  { params: NetworkParam, ...jsonBody(z.object({ event: EventInput, ...MeetingFields, ...people })) },
  { 201: jsonOk(MeetingSchema, "Planned"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, event, ...input }) => createMeeting(deps, actor, networkId, { ...input, event: asInput(event) }),
);

routes.get(
  "/networks/{networkId}/meetings/feedback",
  "Meeting feedback across the current cycle (coordinators), as last released in steps of the minimum group size",
  { params: NetworkParam },
  {
    200: jsonOk(
      z.object({
        items: z.array(
          z.object({
            meetingId: z.string(),
            title: z.string(),
            start: z.string(),
            respondents: z.number(),
            timeWellUsed: z.number().nullable(),
            realDialogue: z.number().nullable(),
            concreteProgress: z.number().nullable(),
          }),
        ),
      }),
      "Trend",
    ),
    ...errors(401, 403, 404),
  },
  (deps, actor, { networkId }) => feedbackTrend(deps, actor, networkId),
);

routes.get(
  "/networks/{networkId}/methods",
  "The method library: built-in methods and the network's own",
  { params: NetworkParam },
  { 200: jsonOk(MethodList(), "Methods"), ...errors(401, 404) },
  (deps, actor, { networkId }) => listMethods(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/methods",
  "Add the network's own method (coordinators)",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({
        name: z.string().trim().min(1).max(120),
        mode: z.enum(LEARNING_MODES),
        dialogue: z.boolean().default(false),
        instructions: z.string().trim().max(4000).default(""),
        typicalMinutes: z.number().int().min(5).max(480),
      }),
    ),
  },
  { 201: jsonOk(MethodList(), "Added"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => addMethod(deps, actor, networkId, input),
);

routes.get(
  "/networks/{networkId}/meetings/{meetingId}",
  "One meeting: agenda with the planner's warnings, participants, seating and feedback",
  { params: MeetingParams },
  { ...ok("The meeting"), ...errors(401, 404) },
  (deps, actor, { networkId, meetingId }) => getMeeting(deps, actor, networkId, meetingId),
);

routes.patch(
  "/networks/{networkId}/meetings/{meetingId}",
  "Change the purpose, expected outcome or answer deadline (planners)",
  { params: MeetingParams, ...jsonBody(z.object({ version: z.number().int().min(1), ...MeetingFields })) },
  { ...ok("Changed"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, meetingId, ...input }) => updateMeeting(deps, actor, networkId, meetingId, input),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/participants",
  "Set who is invited and who facilitates (planners); answers already given are kept",
  { params: MeetingParams, ...jsonBody(z.object(people)) },
  { ...ok("Saved"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, meetingId, ...input }) => updateParticipants(deps, actor, networkId, meetingId, input),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/agenda",
  "Save the whole agenda (planners); send the meeting's version, a stale one gets 409",
  {
    params: MeetingParams,
    ...jsonBody(
      z.object({
        version: z.number().int().min(1),
        blocks: z
          .array(
            z.object({
              id: Id.nullable().default(null),
              title: z.string().trim().min(1).max(200),
              method: Id,
              startMinute: z
                .number()
                .int()
                .min(0)
                .max(24 * 60),
              durationMinutes: z
                .number()
                .int()
                .min(1)
                .max(24 * 60),
            }),
          )
          .max(60),
      }),
    ),
  },
  { ...ok("Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, meetingId, ...input }) => saveAgenda(deps, actor, networkId, meetingId, input),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/rsvp",
  "Answer the invitation: yes, no or maybe, until the deadline",
  { params: MeetingParams, ...jsonBody(z.object({ rsvp: Rsvp })) },
  { ...ok("Answered"), ...errors(400, 401, 403, 404, 409) },
  (deps, actor, { networkId, meetingId, rsvp }) => answerInvitation(deps, actor, networkId, meetingId, rsvp),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/blocks/{blockId}/notes",
  "Write the notes of an agenda block (participants and planners); a stale version gets 409",
  {
    params: MeetingParams.extend({ blockId: Id }),
    ...jsonBody(z.object({ version: z.number().int().min(1), notes: z.string().max(20000) })),
  },
  { ...ok("Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, meetingId, blockId, ...input }) => saveNotes(deps, actor, networkId, meetingId, blockId, input),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/attendance",
  "Record who was there (planners); adds the meeting to their shared history",
  { params: MeetingParams, ...jsonBody(z.object({ presentIds: z.array(Id).max(2000) })) },
  { ...ok("Recorded"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, meetingId, presentIds }) => recordAttendance(deps, actor, networkId, meetingId, presentIds),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/feedback",
  "Your feedback once the meeting has begun: time well used, real dialogue, concrete progress (1–5)",
  {
    params: MeetingParams,
    ...jsonBody(
      z.object({
        timeWellUsed: z.number().int().min(1).max(5),
        realDialogue: z.number().int().min(1).max(5),
        concreteProgress: z.number().int().min(1).max(5),
        comment: z.string().trim().max(2000).default(""),
      }),
    ),
  },
  { ...ok("Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, meetingId, ...input }) => giveFeedback(deps, actor, networkId, meetingId, input),
);

routes.post(
  "/networks/{networkId}/meetings/{meetingId}/seating",
  "Plan learning-café seating so people meet those they do not yet know (planners)",
  {
    params: MeetingParams,
    ...jsonBody(
      z
        .object({
          tables: z.number().int().min(1).max(200).optional(),
          tableSize: z
            .number()
            .int()
            .min(2)
            .max(100)
            .optional()
            .openapi({ description: "Instead of tables: at most this many at a table" }),
          rounds: z.number().int().min(1).max(10),
          hostIds: z
            .array(Id.nullable())
            .max(200)
            .default([])
            .openapi({ description: "hostIds[t]: who hosts table t and stays there, or null" }),
          blockId: Id.nullable().default(null),
        })
        .refine((b) => b.tables !== undefined || b.tableSize !== undefined, { path: ["tables"], message: "required" }),
    ),
  },
  { ...ok("Planned"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, meetingId, ...input }) => planCafeSeating(deps, actor, networkId, meetingId, input),
);

export const meetingRoutes = routes.app;

function MethodList() {
  return z.object({
    items: z.array(
      z.object({
        key: z.string(),
        mode: z.enum(LEARNING_MODES),
        dialogue: z.boolean(),
        typicalMinutes: z.number(),
        name: z.string().nullable().openapi({ description: "Null for built-in methods: their names are translated" }),
        instructions: z.string().nullable(),
        builtIn: z.boolean(),
      }),
    ),
  });
}
