import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

describe("the web's API types", () => {
  it("are generated from the API as it is now (npm run api:types)", () => {
    const r = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/api-types.ts", "--check"], { cwd: root, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe("the OpenAPI document", () => {
  it("keeps every named shape non-null, so that a nullable use does not make every use nullable", async () => {
    const { apiDocument } = await import("../src/http/api.ts");
    const schemas = (apiDocument().components?.schemas ?? {}) as Record<string, { type?: unknown }>;
    expect(Object.keys(schemas).length).toBeGreaterThan(40);
    const nullable = Object.entries(schemas).filter(([, s]) => Array.isArray(s.type) && s.type.includes("null"));
    expect(nullable.map(([name]) => name)).toEqual([]);
  });
});
