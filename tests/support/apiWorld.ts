import { afterAll, beforeAll } from "vitest";
import { type DatabaseKind, freshDeps } from "./databases.ts";
import { world } from "./world.ts";

export type TestDeps = Awaited<ReturnType<typeof freshDeps>>;
export type World = Awaited<ReturnType<typeof world>>;

/**
 * The usual setting of an API test file, inside its `describe.each(databases)`: a fresh database of `kind`
 * with the small world, made before the file's tests and removed after them. Read `t.w`, `t.deps` and
 * `t.base` (the world's network under /api) in the tests; a file's own `beforeAll` runs after this one.
 */
export function apiWorld(kind: DatabaseKind, env: Record<string, string> = {}) {
  let deps: TestDeps | undefined;
  let w: World | undefined;
  beforeAll(async () => {
    deps = await freshDeps(kind, env);
    w = await world(deps);
  });
  afterAll(() => deps?.cleanup());
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("apiWorld is read before its beforeAll has run");
    return value;
  };
  return {
    get deps() {
      return ready(deps);
    },
    get w() {
      return ready(w);
    },
    get base() {
      return `/api/networks/${ready(w).network.id}`;
    },
  };
}
