import { z } from "@hono/zod-openapi";
import { contentDisposition } from "../../../domain/attachments.ts";
import { approveMinutes, downloadMinutes, getMinutes, saveMinutes, sendMinutes } from "../../../services/minutes.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("meetings");
const routes = serviceRoutes("meetings");

const MeetingParams = NetworkParam.extend({ meetingId: z.string().max(100) });
const Version = z.number().int().min(0).openapi({ description: "The version you saw; 0 while no draft has been saved" });

const MinutesSchema = z
  .object({
    text: z
      .string()
      .nullable()
      .openapi({ description: "Markdown; composed from the meeting until a draft is saved; null to non-planners until approved" }),
    saved: z.boolean().openapi({ description: "Whether a planner has saved a draft (otherwise the text is composed afresh)" }),
    version: z.number(),
    status: z.enum(["draft", "approved", "sent"]),
    approvedAt: z.string().nullable(),
    approvedByName: z.string().nullable(),
    sentAt: z.string().nullable(),
    canEdit: z.boolean().openapi({ description: "Whether you may edit and approve: planners, until approved" }),
    canSend: z.boolean(),
    downloadUrl: z.string().nullable(),
  })
  .openapi("MeetingMinutes");

const ok = (description: string) => ({ 200: jsonOk(MinutesSchema, description) });

routes.get(
  "/networks/{networkId}/meetings/{meetingId}/minutes",
  "A meeting's minutes: the draft for planners (coordinators, the meeting's facilitators), the approved text for everyone in the network",
  { params: MeetingParams },
  { ...ok("Minutes"), ...errors(401, 404) },
  (deps, actor, { networkId, meetingId }) => getMinutes(deps, actor, networkId, meetingId),
);

routes.put(
  "/networks/{networkId}/meetings/{meetingId}/minutes",
  "Save the edited draft of the minutes (planners); a stale version gets 409 with the stored minutes, approved minutes 409",
  { params: MeetingParams, ...jsonBody(z.object({ version: Version, text: z.string().max(100_000) })) },
  { ...ok("Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, meetingId, ...input }) => saveMinutes(deps, actor, networkId, meetingId, input),
);

routes.post(
  "/networks/{networkId}/meetings/{meetingId}/minutes/approve",
  "Approve the minutes as you last saw them (planners); the text is then frozen",
  { params: MeetingParams, ...jsonBody(z.object({ version: Version })) },
  { ...ok("Approved"), ...errors(400, 401, 403, 404, 409) },
  (deps, actor, { networkId, meetingId, ...input }) => approveMinutes(deps, actor, networkId, meetingId, input),
);

routes.post(
  "/networks/{networkId}/meetings/{meetingId}/minutes/send",
  "Send approved minutes to every participant, once: a notification in the app and the minutes by e-mail (planners)",
  { params: MeetingParams },
  { ...ok("Sent"), ...errors(401, 403, 404, 409) },
  (deps, actor, { networkId, meetingId }) => sendMinutes(deps, actor, networkId, meetingId),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/meetings/{meetingId}/minutes.md",
    "The minutes as a Markdown file, for those who may read them",
    { params: MeetingParams },
    { 200: { description: "The minutes", content: { "text/markdown": { schema: z.string() } } }, ...errors(401, 404) },
  ),
  async (c) => {
    const { networkId, meetingId } = c.req.valid("param");
    const file = await downloadMinutes(c.get("deps"), actorOf(c), networkId, meetingId);
    return c.body(file.text, 200, {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
    });
  },
);

export const minutesRoutes = routes.app;
