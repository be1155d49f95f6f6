import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../../tests/support/databases.ts";
import { DEMO_ACCOUNTS, seedDemo } from "../../demo/index.ts";
import { findUserByEmail } from "../../storage/repos/users.ts";
import { toActor } from "../auth.ts";
import { networkHome } from "./networkHome.ts";

/**
 * Queries the network home may make, on the demo's Finnish network where every part has something to show. The
 * home is computed again for each reader after every write to the network (decision 022), so each query counts
 * many times over under load (`npm run bench -- http`): a change that needs more raises the bound knowingly.
 */
const MOST_QUERIES = { coordinator: 35, member: 25 };

describe.each(databases)("the network home's queries on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let networkId: string;
  beforeAll(async () => {
    deps = await freshDeps(kind);
    await seedDemo(deps, "small");
    const network = await deps.storage.db
      .selectFrom("networks")
      .select("id")
      .where("name", "like", "Pohjois-Savon%")
      .executeTakeFirstOrThrow();
    networkId = network.id;
  }, 120_000);
  afterAll(() => deps.cleanup());

  it.each(Object.entries(MOST_QUERIES))("are at most as many as the bound for a %s", async (who, most) => {
    const user = await findUserByEmail(deps.storage.db, DEMO_ACCOUNTS[who as keyof typeof MOST_QUERIES]);
    if (!user) throw new Error(`no demo ${who}`);
    const queries: string[] = [];
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries.push(args.node.kind);
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const counted = { ...deps, storage: { ...deps.storage, db: deps.storage.db.withPlugin(counting) } };
    const home = await networkHome(counted, toActor(user), networkId);
    expect(home.role).toBe(who);
    // The demo's network shows every part to this person: a bound met by leaving parts out would prove nothing.
    expect(home.currentCycle).toBeDefined();
    expect(home.survey).not.toBeNull();
    expect(home.pending).not.toBeNull();
    expect(queries.every((q) => q === "SelectQueryNode")).toBe(true);
    expect(queries.length).toBeLessThanOrEqual(most);
  });
});
