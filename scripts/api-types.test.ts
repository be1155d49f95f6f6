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
