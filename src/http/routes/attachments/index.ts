import { z } from "@hono/zod-openapi";
import { ATTACHMENT_TYPES, contentDisposition, MAX_FILE_NAME_LENGTH } from "../../../domain/attachments.ts";
import { downloadAttachment, listOwnerAttachments, removeAttachment, uploadAttachment } from "../../../services/attachments.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("attachments");
const routes = serviceRoutes("attachments");

const Id = z.string().max(100);
const AttachmentSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().openapi({ description: "Bytes" }),
    createdAt: z.string(),
    createdByName: z.string().nullable(),
    url: z.string().openapi({ description: "Where to download it (always as a download, never shown inline)" }),
  })
  .openapi("Attachment");
const AttachmentList = z
  .object({
    items: z.array(AttachmentSchema),
    canManage: z.boolean().openapi({ description: "Whether you may add and remove files here" }),
    maxBytes: z.number().openapi({ description: "The largest file accepted (ATTACHMENT_MAX_BYTES)" }),
  })
  .openapi("AttachmentList");

const types = Object.keys(ATTACHMENT_TYPES);
const binary = Object.fromEntries(types.map((t) => [t, { schema: z.string().openapi({ format: "binary" }) }]));
const upload = {
  query: z.object({
    name: z
      .string()
      .max(1000)
      .openapi({ description: `The file's name (kept to ${MAX_FILE_NAME_LENGTH} characters)` }),
  }),
  body: { required: true, content: binary },
};
const uploadSummary = `: the file's bytes as the body, with its type as Content-Type (${Object.values(ATTACHMENT_TYPES).join(", ")}); the content must be of that type`;

const MeetingParams = NetworkParam.extend({ meetingId: Id });
const VersionParams = NetworkParam.extend({ versionId: Id });
const AttachmentParams = NetworkParam.extend({ attachmentId: Id });

const ATTACHED = { 201: jsonOk(AttachmentSchema, "Stored"), ...errors(400, 401, 403, 404, 413) };

/** What the upload carries: its name from the query, its declared type and its bytes. */
const fileOf = async (
  c: { req: { header: (n: string) => string | undefined; arrayBuffer: () => Promise<ArrayBuffer> } },
  name: string,
) => ({
  name,
  contentType: c.req.header("content-type"),
  bytes: new Uint8Array(await c.req.arrayBuffer()),
});

routes.get(
  "/networks/{networkId}/meetings/{meetingId}/attachments",
  "The files of a meeting (agenda, slides, minutes)",
  { params: MeetingParams },
  { 200: jsonOk(AttachmentList, "Files"), ...errors(401, 404) },
  (deps, actor, { networkId, meetingId }) => listOwnerAttachments(deps, actor, networkId, { kind: "meeting", id: meetingId }),
);

routes.app.openapi(
  route.post(
    "/networks/{networkId}/meetings/{meetingId}/attachments",
    `Attach a file to a meeting (coordinators and the meeting's facilitators)${uploadSummary}`,
    { params: MeetingParams, ...upload },
    ATTACHED,
  ),
  async (c) => {
    const { networkId, meetingId } = c.req.valid("param");
    const file = await fileOf(c, c.req.valid("query").name);
    return c.json(await uploadAttachment(c.get("deps"), actorOf(c), networkId, { kind: "meeting", id: meetingId }, file), 201);
  },
);

routes.get(
  "/networks/{networkId}/agreement/versions/{versionId}/attachments",
  "The files of an agreement version",
  { params: VersionParams },
  { 200: jsonOk(AttachmentList, "Files"), ...errors(401, 404) },
  (deps, actor, { networkId, versionId }) => listOwnerAttachments(deps, actor, networkId, { kind: "agreement_version", id: versionId }),
);

routes.app.openapi(
  route.post(
    "/networks/{networkId}/agreement/versions/{versionId}/attachments",
    `Attach a file to an agreement version (coordinators)${uploadSummary}`,
    { params: VersionParams, ...upload },
    ATTACHED,
  ),
  async (c) => {
    const { networkId, versionId } = c.req.valid("param");
    const file = await fileOf(c, c.req.valid("query").name);
    return c.json(await uploadAttachment(c.get("deps"), actorOf(c), networkId, { kind: "agreement_version", id: versionId }, file), 201);
  },
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/attachments/{attachmentId}",
    "Download a file: always as an attachment with its stored type, never to be shown inline",
    { params: AttachmentParams },
    { 200: { description: "The file", content: binary }, ...errors(401, 404) },
  ),
  async (c) => {
    const { networkId, attachmentId } = c.req.valid("param");
    const file = await downloadAttachment(c.get("deps"), actorOf(c), networkId, attachmentId);
    return c.body(new Uint8Array(file.bytes), 200, {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.fileName),
      "X-Content-Type-Options": "nosniff",
    });
  },
);

routes.delete(
  "/networks/{networkId}/attachments/{attachmentId}",
  "Remove a file (coordinators; for a meeting also its facilitators)",
  { params: AttachmentParams },
  { 204: { description: "Removed" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, attachmentId }) => removeAttachment(deps, actor, networkId, attachmentId),
);

export const attachmentRoutes = routes.app;
