import { z } from "@hono/zod-openapi";
import {
  addSection,
  commentSection,
  decideOnVersion,
  getAgreement,
  getVersion,
  proposeAgreement,
  removeSection,
  saveSection,
  sectionHistory,
  versionMarkdown,
} from "../../../services/agreement.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam, orNull } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("agreement");
const routes = serviceRoutes("agreement");

const VersionStatus = z.enum(["proposed", "approved", "superseded"]);

const Section = z
  .object({
    id: z.string(),
    question: z.number().nullable().openapi({ description: "1–15: the framework's question; null for a free section" }),
    title: z.string(),
    body: z.string(),
    version: z.number(),
    updatedAt: z.string(),
    updatedByName: z.string().nullable(),
    commentCount: z.number(),
  })
  .openapi("AgreementSection");

const Version = z
  .object({
    id: z.string(),
    number: z.number(),
    status: VersionStatus,
    proposedAt: z.string(),
    approvedAt: z.string().nullable(),
    sections: z.array(z.object({ question: z.number().nullable(), title: z.string(), body: z.string() })),
    changedSinceProposal: z.boolean().openapi({
      description: "The draft has been changed since this version was frozen (not for superseded versions, nor shown to observers)",
    }),
    organisations: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        decision: z.enum(["accepted", "changes_requested"]).nullable(),
        comment: z.string(),
        decidedByName: z.string().nullable(),
        decidedAt: z.string().nullable(),
      }),
    ),
    approved: z.boolean(),
    canDecide: z.boolean().openapi({ description: "You represent an organisation that can accept or ask for changes" }),
  })
  .openapi("AgreementVersion");

const Agreement = z
  .object({
    sections: z.array(Section).openapi({ description: "The draft; empty for observers, who read approved versions only" }),
    latest: orNull(Version),
    versions: z.array(
      z.object({ id: z.string(), number: z.number(), status: VersionStatus, proposedAt: z.string(), approvedAt: z.string().nullable() }),
    ),
    canPropose: z.boolean(),
    representing: z.string().nullable().openapi({ description: "The organisation the signed-in person speaks for, if it named them" }),
    myOrganisation: orNull(
      z.object({
        id: z.string(),
        name: z.string(),
        decision: z.enum(["accepted", "changes_requested"]).nullable(),
        decidedByName: z.string().nullable(),
        decidedAt: z.string().nullable(),
      }),
    ).openapi({ description: "The signed-in member's own organisation and its decision on the newest version" }),
    unrepresented: z
      .array(z.object({ id: z.string(), name: z.string() }))
      .openapi({ description: "Member organisations that have named no representative: they cannot approve" }),
  })
  .openapi("Agreement");

const History = z.object({
  revisions: z.array(
    z.object({
      version: z.number(),
      title: z.string(),
      body: z.string(),
      authorName: z.string().nullable(),
      createdAt: z.string(),
      diff: z.array(z.object({ kind: z.enum(["same", "added", "removed"]), text: z.string() })),
    }),
  ),
  comments: z.array(z.object({ id: z.string(), body: z.string(), authorName: z.string().nullable(), createdAt: z.string() })),
});

const SectionParams = NetworkParam.extend({ sectionId: z.string().max(100) });
const VersionParams = NetworkParam.extend({ versionId: z.string().max(100) });
const Text = z.string().max(20_000);

routes.get(
  "/networks/{networkId}/agreement",
  "The agreement (pelisäännöt): one section per question of the framework plus free sections, and the latest version",
  { params: NetworkParam },
  { 200: jsonOk(Agreement, "The agreement"), ...errors(401, 404) },
  (deps, actor, { networkId }) => getAgreement(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/agreement/sections",
  "Add a free section (members)",
  { params: NetworkParam, ...jsonBody(z.object({ title: z.string().trim().min(1).max(200), body: Text })) },
  { 201: jsonOk(Section, "Added"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => addSection(deps, actor, networkId, input),
);

routes.put(
  "/networks/{networkId}/agreement/sections/{sectionId}",
  "Save a section, naming the version you edited; if someone saved in between, 409 carries their text to merge with",
  {
    params: SectionParams,
    ...jsonBody(z.object({ version: z.number().int().min(1), title: z.string().max(200).default(""), body: Text })),
  },
  { 200: jsonOk(Section, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, sectionId, ...input }) => saveSection(deps, actor, networkId, sectionId, input),
);

routes.delete(
  "/networks/{networkId}/agreement/sections/{sectionId}",
  "Remove a free section (coordinator); the 15 question sections stay",
  { params: SectionParams },
  { 204: { description: "Removed" }, ...errors(401, 403, 404, 409) },
  (deps, actor, { networkId, sectionId }) => removeSection(deps, actor, networkId, sectionId),
);

routes.get(
  "/networks/{networkId}/agreement/sections/{sectionId}/history",
  "A section's revisions (who changed what, when, with the difference) and its comments",
  { params: SectionParams },
  { 200: jsonOk(History, "History"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, sectionId }) => sectionHistory(deps, actor, networkId, sectionId),
);

routes.post(
  "/networks/{networkId}/agreement/sections/{sectionId}/comments",
  "Comment on a section",
  { params: SectionParams, ...jsonBody(z.object({ body: z.string().trim().min(1).max(4000) })) },
  { 201: jsonOk(History, "Commented"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, sectionId, body }) => commentSection(deps, actor, networkId, sectionId, body),
);

routes.post(
  "/networks/{networkId}/agreement/versions",
  "Propose the current text for approval (coordinator): it is frozen as a numbered version",
  { params: NetworkParam },
  { 201: jsonOk(Agreement, "Proposed"), ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId }) => proposeAgreement(deps, actor, networkId),
);

routes.get(
  "/networks/{networkId}/agreement/versions/{versionId}",
  "One version with who approved it (the printable view)",
  { params: VersionParams },
  { 200: jsonOk(Version.extend({ networkName: z.string() }), "The version"), ...errors(401, 404) },
  (deps, actor, { networkId, versionId }) => getVersion(deps, actor, networkId, versionId),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/agreement/versions/{versionId}/markdown",
    "One version as a Markdown file",
    { params: VersionParams },
    { 200: { description: "Markdown", content: { "text/markdown": { schema: z.string() } } }, ...errors(401, 404) },
  ),
  async (c) => {
    const { networkId, versionId } = c.req.valid("param");
    const md = await versionMarkdown(c.get("deps"), actorOf(c), networkId, versionId, c.get("locale"));
    return c.body(md, 200, {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": 'attachment; filename="pelisaannot.md"',
    });
  },
);

routes.put(
  "/networks/{networkId}/agreement/versions/{versionId}/decision",
  "Accept the proposed version on behalf of your organisation, or ask for changes (with a comment)",
  {
    params: VersionParams,
    ...jsonBody(z.object({ decision: z.enum(["accepted", "changes_requested"]), comment: z.string().trim().max(4000).default("") })),
  },
  { 200: jsonOk(Agreement, "Recorded"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, versionId, ...input }) => decideOnVersion(deps, actor, networkId, versionId, input),
);

export const agreementRoutes = routes.app;
