import { z } from "@hono/zod-openapi";
import {
  createNews,
  createPractice,
  getPublishing,
  listPractices,
  removeNews,
  removePractice,
  savePublishing,
  updateNews,
  updatePractice,
} from "../../../services/publications.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("publications");

const Settings = z.object({
  slug: z.string().openapi({ description: "The public page is at /p/{slug}" }),
  enabled: z.boolean(),
  intro: z.string(),
  showGoals: z.boolean(),
  showResults: z
    .boolean()
    .openapi({ description: "Indicators with their latest values, Solmu's figures and the joint evaluation's aggregates" }),
  showPractices: z.boolean(),
  showAgreement: z.boolean().openapi({ description: "The latest approved agreement" }),
  showMap: z.boolean().openapi({ description: "The network map aggregated to groups of at least the minimum group size" }),
  version: z.number().openapi({ description: "0 until first saved" }),
});

const News = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});

const Publishing = z.object({ settings: Settings, news: z.array(News) }).openapi("Publishing");

const Practice = z.object({
  id: z.string(),
  networkId: z.string(),
  networkName: z.string(),
  publicPage: z.string().nullable(),
  title: z.string(),
  whatWorked: z.string(),
  context: z.string(),
  contact: z.string().openapi({ description: "Shown publicly once published: what the author chose to give" }),
  publishedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number(),
  canEdit: z.boolean(),
});

const Practices = z.object({ own: z.array(Practice), shared: z.array(Practice) }).openapi("GoodPractices");

const SettingsInput = z.object({
  slug: z.string().trim().toLowerCase().max(60),
  enabled: z.boolean(),
  intro: z.string().trim().max(4000).default(""),
  showGoals: z.boolean().default(false),
  showResults: z.boolean().default(false),
  showPractices: z.boolean().default(false),
  showAgreement: z.boolean().default(false),
  showMap: z.boolean().default(false),
  version: z.number().int().min(0),
});

const NewsInput = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(20000),
  published: z.boolean().default(false),
});

const PracticeInput = z.object({
  title: z.string().trim().min(1).max(200),
  whatWorked: z.string().trim().min(1).max(8000),
  context: z.string().trim().max(4000).default(""),
  contact: z.string().trim().max(500).default(""),
});

const NewsParams = NetworkParam.extend({ newsId: z.string().max(100) });
const PracticeParams = NetworkParam.extend({ practiceId: z.string().max(100) });

routes.get(
  "/networks/{networkId}/publishing",
  "The public page settings and news (coordinators)",
  { params: NetworkParam },
  { 200: jsonOk(Publishing, "Settings and news"), ...errors(401, 403, 404) },
  (deps, actor, { networkId }) => getPublishing(deps, actor, networkId),
);

routes.put(
  "/networks/{networkId}/publishing",
  "Choose what is public and at which address; turning something off removes it from the public page and feed at once",
  { params: NetworkParam, ...jsonBody(SettingsInput) },
  { 200: jsonOk(Publishing, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, ...input }) => savePublishing(deps, actor, networkId, input),
);

routes.post(
  "/networks/{networkId}/news",
  "Write a news item; published ones appear on the public page and in its Atom feed (coordinators)",
  { params: NetworkParam, ...jsonBody(NewsInput) },
  { 201: jsonOk(Publishing, "Created"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => createNews(deps, actor, networkId, input),
);

routes.patch(
  "/networks/{networkId}/news/{newsId}",
  "Edit, publish or unpublish a news item; a stale version gets 409",
  { params: NewsParams, ...jsonBody(NewsInput.extend({ version: z.number().int().min(1) })) },
  { 200: jsonOk(Publishing, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, newsId, ...input }) => updateNews(deps, actor, networkId, newsId, input),
);

routes.delete(
  "/networks/{networkId}/news/{newsId}",
  "Delete a news item",
  { params: NewsParams },
  { 200: jsonOk(Publishing, "Deleted"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, newsId }) => removeNews(deps, actor, networkId, newsId),
);

routes.get(
  "/networks/{networkId}/practices",
  "The network's good practices and those other networks on this instance have published",
  { params: NetworkParam },
  { 200: jsonOk(Practices, "Good practices"), ...errors(401, 404) },
  (deps, actor, { networkId }) => listPractices(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/practices",
  "Write down a good practice: what worked, where, and a contact (members and coordinators)",
  { params: NetworkParam, ...jsonBody(PracticeInput) },
  { 201: jsonOk(Practices, "Created"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => createPractice(deps, actor, networkId, input),
);

routes.patch(
  "/networks/{networkId}/practices/{practiceId}",
  "Edit a good practice (its author or a coordinator); only coordinators publish or unpublish",
  {
    params: PracticeParams,
    ...jsonBody(PracticeInput.extend({ published: z.boolean(), version: z.number().int().min(1) })),
  },
  { 200: jsonOk(Practices, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, practiceId, ...input }) => updatePractice(deps, actor, networkId, practiceId, input),
);

routes.delete(
  "/networks/{networkId}/practices/{practiceId}",
  "Delete a good practice (its author or a coordinator)",
  { params: PracticeParams },
  { 200: jsonOk(Practices, "Deleted"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, practiceId }) => removePractice(deps, actor, networkId, practiceId),
);

export const publicationRoutes = routes.app;
