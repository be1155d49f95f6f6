import { z } from "@hono/zod-openapi";
import { TAG_KINDS, VISIBILITIES } from "../../../domain/directory.ts";
import { XLSX_TYPE } from "../../../domain/table.ts";
import { translator } from "../../../i18n/index.ts";
import { parseCursor } from "../../../services/pagination.ts";
import {
  confirmPerson,
  freshnessSummary,
  getPerson,
  getPhoto,
  listTags,
  removePhoto,
  searchDirectory,
  setPhoto,
  updatePerson,
} from "../../../services/people.ts";
import { EXPORT_COLUMNS, exportPeopleVcard, importPeople, peopleTable } from "../../../services/peopleTransfer.ts";
import { actorOf } from "../../middleware/session.ts";
import { ImportResultSchema, localiseImport, PeopleImportQuery } from "../../presenters/import.ts";
import { importFileBody, importFileBytes, tableDownload } from "../../presenters/tableFile.ts";
import { errors, jsonBody, jsonOk, NetworkParam, PageQuery, page } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("people");
const routes = serviceRoutes("people");

const Visibility = z.enum(VISIBILITIES);

export const PersonSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: z.enum(["coordinator", "member", "observer"]),
    organisationId: z.string().nullable(),
    organisationName: z.string().nullable(),
    title: z.string().nullable(),
    photoUrl: z.string().nullable(),
    competences: z.array(z.string()),
    needs: z.array(z.string()),
    languages: z.array(z.string()),
    behindTitle: z.string().nullable(),
    expectations: z.string().nullable(),
    email: z.string().nullable().openapi({ description: "Null when hidden from you" }),
    phone: z.string().nullable(),
    emailVisibility: Visibility.nullable().openapi({ description: "Only to those who can edit the profile" }),
    phoneVisibility: Visibility.nullable(),
    confirmedAt: z.string().nullable(),
    stale: z.boolean().openapi({ description: "Not confirmed within the network's threshold" }),
    isSelf: z.boolean(),
    canEdit: z.boolean(),
    canEditName: z
      .boolean()
      .openapi({ description: "The viewer may change the name: the person, or a coordinator while only this network holds the account" }),
    version: z.number().nullable(),
  })
  .openapi("Person");

const DirectoryQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: "Part of a name, title, organisation or tag" }),
  organisation: z.string().max(100).optional().openapi({ description: "Organisation id" }),
  tag: z.string().max(60).optional().openapi({ description: "A competence tag" }),
  need: z.string().max(60).optional().openapi({ description: "A need tag" }),
  stale: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .openapi({ description: "Only profiles that need confirming" }),
});

const PersonParams = NetworkParam.extend({ personId: z.string().max(100) });
const Tag = z.string().trim().min(1).max(60);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

const PersonInput = z
  .object({
    version: z.number().int().min(1),
    name: z.string().trim().min(1).max(200).optional(),
    title: optionalText(200),
    organisationId: z.string().max(100).nullable().optional(),
    behindTitle: optionalText(2000),
    expectations: optionalText(2000),
    phone: z
      .string()
      .trim()
      .regex(/^(\+?[0-9 ()-]{5,30})?$/)
      .nullable()
      .optional(),
    emailVisibility: Visibility.optional(),
    phoneVisibility: Visibility.optional(),
    competences: z.array(Tag).max(50).optional(),
    needs: z.array(Tag).max(50).optional(),
    languages: z.array(Tag).max(20).optional(),
  })
  .openapi("PersonInput");

const binary = (types: string[]) => Object.fromEntries(types.map((t) => [t, { schema: z.string().openapi({ format: "binary" }) }]));

routes.get(
  "/networks/{networkId}/people",
  "The directory: people by name, found by name, organisation, competence or need",
  { params: NetworkParam, query: DirectoryQuery.merge(PageQuery) },
  { 200: jsonOk(page(PersonSchema), "A page of people, as you may see them"), ...errors(400, 401, 404) },
  (deps, actor, { networkId, limit, cursor, ...query }) => searchDirectory(deps, actor, networkId, query, limit, parseCursor(cursor)),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/people/export",
    "The directory (or a filtered view) as CSV for Excel, as an Excel workbook or as vCard 4.0 contacts; only what you may see",
    { params: NetworkParam, query: DirectoryQuery.extend({ format: z.enum(["csv", "xlsx", "vcard"]).default("csv") }) },
    {
      200: {
        description: "The file",
        content: {
          "text/csv": { schema: z.string() },
          [XLSX_TYPE]: { schema: z.string().openapi({ format: "binary" }) },
          "text/vcard": { schema: z.string() },
        },
      },
      ...errors(400, 401, 404),
    },
  ),
  async (c) => {
    const { format, ...query } = c.req.valid("query");
    const { networkId } = c.req.valid("param");
    const t = translator(c.get("locale"));
    if (format === "vcard") {
      const body = await exportPeopleVcard(c.get("deps"), actorOf(c), networkId, query);
      return c.body(body, 200, {
        "Content-Type": "text/vcard; charset=utf-8",
        "Content-Disposition": 'attachment; filename="solmu.vcf"',
      });
    }
    const labels = { name: t("people.title"), headers: EXPORT_COLUMNS.map((col) => t(`people.export.${col}`)) };
    return tableDownload(c, format, await peopleTable(c.get("deps"), actorOf(c), networkId, query, labels, format), "solmu");
  },
);

routes.app.openapi(
  route.post(
    "/networks/{networkId}/people/import",
    "Import people from a CSV file (any encoding Excel writes; comma, semicolon or tab) or an Excel workbook's first sheet (coordinator). dryRun=true only reports; any bad row stops the import unless onlyValid=true; organisations not yet in the network are created unless createOrganisations=false",
    { params: NetworkParam, query: PeopleImportQuery, body: importFileBody },
    {
      200: jsonOk(ImportResultSchema, "What was (or would be) created and updated, and every bad row"),
      ...errors(400, 401, 403, 404, 413),
    },
  ),
  async (c) => {
    const { dryRun, onlyValid, createOrganisations } = c.req.valid("query");
    const r = await importPeople(c.get("deps"), actorOf(c), c.req.valid("param").networkId, await importFileBytes(c), {
      dryRun,
      onlyValid,
      createOrganisations,
      locale: c.get("locale"),
    });
    return c.json(localiseImport(r, c.get("locale")), 200);
  },
);

routes.get(
  "/networks/{networkId}/people/freshness",
  "How many contact details are up to date (coordinator)",
  { params: NetworkParam },
  {
    200: jsonOk(
      z.object({ total: z.number(), upToDate: z.number(), stale: z.number(), share: z.number().nullable(), thresholdDays: z.number() }),
      "The freshness summary",
    ),
    ...errors(401, 403, 404),
  },
  (deps, actor, { networkId }) => freshnessSummary(deps, actor, networkId),
);

routes.get(
  "/networks/{networkId}/tags",
  "The network's tags of one kind, most used first (for autocomplete)",
  {
    params: NetworkParam,
    query: z.object({ kind: z.enum(TAG_KINDS).default("competence"), q: z.string().max(60).optional() }),
  },
  {
    200: jsonOk(z.object({ items: z.array(z.object({ tag: z.string(), count: z.number() })) }), "Tags"),
    ...errors(400, 401, 403, 404),
  },
  async (deps, actor, { networkId, kind, q }) => ({
    items: (await listTags(deps, actor, networkId, kind, q)).map((r) => ({ tag: r.tag, count: r.count })),
  }),
);

routes.get(
  "/networks/{networkId}/people/{personId}",
  "One person's profile, as you may see it",
  { params: PersonParams },
  { 200: jsonOk(PersonSchema, "The person"), ...errors(401, 404) },
  (deps, actor, { networkId, personId }) => getPerson(deps, actor, networkId, personId),
);

routes.patch(
  "/networks/{networkId}/people/{personId}",
  "Edit a profile (the person or a coordinator); send the version you edited. The owner's save also confirms the details",
  { params: PersonParams, ...jsonBody(PersonInput) },
  { 200: jsonOk(PersonSchema, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, personId, ...input }) => updatePerson(deps, actor, networkId, personId, input),
);

routes.post(
  "/networks/{networkId}/people/{personId}/confirm",
  "Confirm one's own details are up to date",
  { params: PersonParams },
  { 200: jsonOk(PersonSchema, "Confirmed"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, personId }) => confirmPerson(deps, actor, networkId, personId),
);

routes.app.openapi(
  route.put(
    "/networks/{networkId}/people/{personId}/photo",
    "Upload a profile photo: JPEG, PNG or WebP up to 5 MB, checked by content; stored as a square thumbnail",
    { params: PersonParams, body: { required: true, content: binary(["image/jpeg", "image/png", "image/webp"]) } },
    { 200: jsonOk(PersonSchema, "Stored"), ...errors(400, 401, 403, 404, 413) },
  ),
  async (c) => {
    const { networkId, personId } = c.req.valid("param");
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    return c.json(await setPhoto(c.get("deps"), actorOf(c), networkId, personId, bytes), 200);
  },
);

routes.delete(
  "/networks/{networkId}/people/{personId}/photo",
  "Remove a profile photo",
  { params: PersonParams },
  { 204: { description: "Removed" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, personId }) => removePhoto(deps, actor, networkId, personId),
);

routes.app.openapi(
  route.get(
    "/networks/{networkId}/people/{personId}/photo",
    "A profile photo (members and coordinators)",
    { params: PersonParams },
    { 200: { description: "The image", content: binary(["image/webp"]) }, ...errors(401, 403, 404) },
  ),
  async (c) => {
    const { networkId, personId } = c.req.valid("param");
    const photo = await getPhoto(c.get("deps"), actorOf(c), networkId, personId);
    return c.body(new Uint8Array(photo.bytes), 200, { "Content-Type": photo.mime, "Cache-Control": "private, max-age=86400" });
  },
);

export const peopleRoutes = routes.app;
