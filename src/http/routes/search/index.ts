import { OpenAPIHono, z } from "@hono/zod-openapi";
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, SEARCH_KINDS, searchQuery } from "../../../domain/search.ts";
import { searchEverything } from "../../../services/views/search.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, jsonOk } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("search");

const SearchHit = z
  .object({
    kind: z.enum(SEARCH_KINDS),
    id: z.string(),
    networkId: z.string(),
    networkName: z.string(),
    title: z.string(),
    detail: z.string().nullable(),
    date: z.string().nullable(),
  })
  .openapi("SearchHit");

const SearchResult = z
  .object({
    query: z.string(),
    groups: z.array(z.object({ kind: z.enum(SEARCH_KINDS), items: z.array(SearchHit) })),
  })
  .openapi("SearchResult");

const Query = z.object({
  q: z.string().trim().min(MIN_QUERY_LENGTH).max(MAX_QUERY_LENGTH),
});

export const searchRoutes = new OpenAPIHono<AppEnv>().openapi(
  route.get(
    "/search",
    "Global search in the networks one belongs to: people, organisations, meetings, events, promises, decisions, goals, agreement sections and good practices, grouped by kind, each as its own pages show it",
    { query: Query },
    { 200: jsonOk(SearchResult, "Hits grouped by kind, best first"), ...errors(400, 401) },
  ),
  async (c) => {
    const { q } = c.req.valid("query");
    const needle = searchQuery(q) ?? "";
    return c.json({ query: q, groups: await searchEverything(c.get("deps"), actorOf(c), needle, c.get("locale")) }, 200);
  },
);
