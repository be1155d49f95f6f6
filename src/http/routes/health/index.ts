import { OpenAPIHono, z } from "@hono/zod-openapi";
import pkg from "../../../../package.json" with { type: "json" };
import { ping } from "../../../storage/db.ts";
import type { AppEnv } from "../../env.ts";
import { jsonOk } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("health");

const Health = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["sqlite", "postgres"]),
  version: z.string(),
});

const Probe = z.object({ status: z.enum(["alive", "ready", "not_ready"]) });

export const health = new OpenAPIHono<AppEnv>()
  .openapi(
    route.get(
      "/health",
      "The server and database status",
      {},
      { 200: jsonOk(Health, "The server and its database answer"), 503: jsonOk(Health, "The database does not answer") },
    ),
    async (c) => {
      const { storage } = c.get("deps");
      const ok = await ping(storage.db);
      return c.json({ status: ok ? "ok" : "unavailable", database: storage.kind, version: pkg.version } as const, ok ? 200 : 503);
    },
  )
  .openapi(
    route.get(
      "/health/live",
      "Liveness: the process answers (restart it when this fails); does not touch the database",
      {},
      { 200: jsonOk(Probe, "Alive") },
    ),
    (c) => c.json({ status: "alive" } as const, 200),
  )
  .openapi(
    route.get(
      "/health/ready",
      "Readiness: send requests here (the database answers and the server is not shutting down)",
      {},
      { 200: jsonOk(Probe, "Ready"), 503: jsonOk(Probe, "Not ready: the database does not answer or the server is draining") },
    ),
    async (c) => {
      const { storage, lifecycle } = c.get("deps");
      const ready = !lifecycle.draining && (await ping(storage.db));
      return c.json({ status: ready ? "ready" : "not_ready" } as const, ready ? 200 : 503);
    },
  );
