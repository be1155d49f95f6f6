import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import pkg from "../../../../package.json" with { type: "json" };
import { ping } from "../../../storage/db.ts";
import type { AppEnv } from "../../env.ts";
import { jsonOk } from "../../schemas.ts";

const Health = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["sqlite", "postgres"]),
  version: z.string(),
});

export const health = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "get",
    path: "/health",
    tags: ["health"],
    summary: "Liveness and database status",
    responses: { 200: jsonOk(Health, "The server and its database answer"), 503: jsonOk(Health, "The database does not answer") },
  }),
  async (c) => {
    const { storage } = c.get("deps");
    const ok = await ping(storage.db);
    return c.json({ status: ok ? "ok" : "unavailable", database: storage.kind, version: pkg.version } as const, ok ? 200 : 503);
  },
);
