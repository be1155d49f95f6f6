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

const Probe = z.object({ status: z.enum(["alive", "ready", "not_ready"]) });

export const health = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: "get",
      path: "/health",
      tags: ["health"],
      summary: "The server and database status",
      responses: { 200: jsonOk(Health, "The server and its database answer"), 503: jsonOk(Health, "The database does not answer") },
    }),
    async (c) => {
      const { storage } = c.get("deps");
      const ok = await ping(storage.db);
      return c.json({ status: ok ? "ok" : "unavailable", database: storage.kind, version: pkg.version } as const, ok ? 200 : 503);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/health/live",
      tags: ["health"],
      summary: "Liveness: the process answers (restart it when this fails); does not touch the database",
      responses: { 200: jsonOk(Probe, "Alive") },
    }),
    (c) => c.json({ status: "alive" } as const, 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/health/ready",
      tags: ["health"],
      summary: "Readiness: send requests here (the database answers and the server is not shutting down)",
      responses: { 200: jsonOk(Probe, "Ready"), 503: jsonOk(Probe, "Not ready: the database does not answer or the server is draining") },
    }),
    async (c) => {
      const { storage, lifecycle } = c.get("deps");
      const ready = !lifecycle.draining && (await ping(storage.db));
      return c.json({ status: ready ? "ready" : "not_ready" } as const, ready ? 200 : 503);
    },
  );
