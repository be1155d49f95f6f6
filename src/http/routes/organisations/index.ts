import { z } from "@hono/zod-openapi";
import { ORGANISATION_KINDS } from "../../../domain/directory.ts";
import { translator } from "../../../i18n/index.ts";
import {
  createOrganisation,
  getOrganisation,
  listOrganisations,
  nameRepresentatives,
  removeOrganisation,
  updateOrganisation,
} from "../../../services/organisations.ts";
import { importOrganisations, organisationsTable } from "../../../services/organisationTransfer.ts";
import { actorOf } from "../../middleware/session.ts";
import { ImportQuery, ImportResultSchema, localiseImport } from "../../presenters/import.ts";
import { importFileBody, importFileBytes, TableFormat, tableDownload, tableFileAnswer } from "../../presenters/tableFile.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("organisations");
const routes = serviceRoutes("organisations");

const Kind = z.enum(ORGANISATION_KINDS);

const Organisation = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: Kind,
    website: z.string().nullable(),
    description: z.string(),
    contactPersonId: z.string().nullable(),
    contactName: z.string().nullable(),
    version: z.number(),
  })
  .openapi("Organisation");

const OrganisationPerson = z.object({ id: z.string(), name: z.string(), title: z.string().nullable(), photoUrl: z.string().nullable() });

const OrganisationDetail = Organisation.extend({
  canEdit: z.boolean(),
  representatives: z.array(OrganisationPerson).openapi({
    description: "The people the organisation has named to speak for it: they approve the agreement and answer organisation-level surveys",
  }),
  people: z.array(OrganisationPerson.extend({ representative: z.boolean(), observer: z.boolean() })),
  canNameRepresentatives: z.boolean().openapi({ description: "Coordinators and the organisation's current representatives" }),
}).openapi("OrganisationDetail");

const website = z
  .string()
  .trim()
  .max(500)
  .transform((v) => (v && !/^https?:\/\//i.test(v) ? `https://${v}` : v))
  .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/ })]))
  .transform((v) => v || null);

const OrganisationInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    kind: Kind,
    website: website.nullable().default(null),
    description: z.string().trim().max(4000).default(""),
    contactPersonId: z.string().max(100).nullable().default(null),
  })
  .openapi("OrganisationInput");

const OrgParams = NetworkParam.extend({ organisationId: z.string().max(100) });

routes.get(
  "/networks/{networkId}/organisations",
  "The network's organisations by name, with how many people represent each",
  { params: NetworkParam },
  {
    200: jsonOk(z.object({ items: z.array(Organisation.extend({ representativeCount: z.number() })) }), "Organisations"),
    ...errors(401, 404),
  },
  async (deps, actor, { networkId }) => ({ items: await listOrganisations(deps, actor, networkId) }),
);

routes.post(
  "/networks/{networkId}/organisations",
  "Add an organisation (coordinator)",
  { params: NetworkParam, ...jsonBody(OrganisationInput) },
  { 201: jsonOk(OrganisationDetail, "Created"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => createOrganisation(deps, actor, networkId, { ...input, website: input.website ?? null }),
);

routes.app.openapi(
  route.post(
    "/networks/{networkId}/organisations/import",
    "Import organisations from a CSV file or an Excel workbook's first sheet (coordinator); same rules as the people import",
    { params: NetworkParam, query: ImportQuery, body: importFileBody },
    {
      200: jsonOk(ImportResultSchema, "What was (or would be) created and updated, and every bad row"),
      ...errors(400, 401, 403, 404, 413),
    },
  ),
  async (c) => {
    const { dryRun, onlyValid } = c.req.valid("query");
    const r = await importOrganisations(c.get("deps"), actorOf(c), c.req.valid("param").networkId, await importFileBytes(c), {
      dryRun,
      onlyValid,
    });
    return c.json(localiseImport(r, c.get("locale")), 200);
  },
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/organisations/export",
    "The network's organisations as CSV for Excel or as an Excel workbook, in the columns the import reads back",
    { params: NetworkParam, query: z.object({ format: TableFormat }) },
    { 200: tableFileAnswer, ...errors(400, 401, 404) },
  ),
  async (c) => {
    const t = translator(c.get("locale"));
    const table = await organisationsTable(c.get("deps"), actorOf(c), c.req.valid("param").networkId, {
      name: t("organisations.title"),
      headers: ["name", "kind", "website", "description"].map((h) => t(`organisations.${h}`)),
      kind: (code) => t(`orgKinds.${code}`),
    });
    return tableDownload(c, c.req.valid("query").format, table, "organisaatiot");
  },
);

routes.get(
  "/networks/{networkId}/organisations/{organisationId}",
  "One organisation with the people who represent it",
  { params: OrgParams },
  { 200: jsonOk(OrganisationDetail, "The organisation"), ...errors(401, 404) },
  (deps, actor, { networkId, organisationId }) => getOrganisation(deps, actor, networkId, organisationId),
);

routes.patch(
  "/networks/{networkId}/organisations/{organisationId}",
  "Edit an organisation (coordinators and its representatives); a stale version gets 409",
  { params: OrgParams, ...jsonBody(OrganisationInput.extend({ version: z.number().int().min(1) })) },
  { 200: jsonOk(OrganisationDetail, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, organisationId, version, ...input }) =>
    updateOrganisation(deps, actor, networkId, organisationId, version, { ...input, website: input.website ?? null }),
);

routes.put(
  "/networks/{networkId}/organisations/{organisationId}/representatives",
  "Name who speaks for the organisation (a coordinator, or one of its current representatives): people placed in it who are not observers; an empty list only by a coordinator",
  { params: OrgParams, ...jsonBody(z.object({ membershipIds: z.array(z.string().max(100)).max(200) })) },
  { 200: jsonOk(OrganisationDetail, "Saved"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, organisationId, membershipIds }) => nameRepresentatives(deps, actor, networkId, organisationId, membershipIds),
);

routes.delete(
  "/networks/{networkId}/organisations/{organisationId}",
  "Delete an organisation (coordinator); its people stay without one",
  { params: OrgParams },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, organisationId }) => removeOrganisation(deps, actor, networkId, organisationId),
);

export const organisationRoutes = routes.app;
