import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../../tests/support/databases.ts";
import { DEMO_ACCOUNTS, seedDemo } from "../../demo/index.ts";
import { findUserByEmail } from "../../storage/repos/users.ts";
import { toActor } from "../auth.ts";
import { ReadCache } from "../readCache.ts";
import { networkHome } from "./networkHome.ts";

type Who = "coordinator" | "member" | "observer";

/**
 * Queries the network home may make, on the demo's Finnish network where every part has something to show. Every
 * write to the network ends its cached answers (decision 022), so under writes each reader computes the home again:
 * `alone` is the whole home computed for one reader, `sharing` what a reader adds once another reader of the same
 * version has computed the network-wide parts. A change that needs more raises a bound knowingly.
 */
const MOST_QUERIES = { alone: { coordinator: 27, member: 17, observer: 16 }, sharing: 2 };

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

  const actorOf = async (who: Who) => {
    const user = await findUserByEmail(deps.storage.db, DEMO_ACCOUNTS[who]);
    if (!user) throw new Error(`no demo ${who}`);
    return toActor(user);
  };

  /** The home for `who`, with the queries it made; under `cache`, as a cached read of this version would compute it. */
  const counted = async (who: Who, cache?: { cache: ReadCache; version: string }) => {
    const queries: string[] = [];
    const counting: KyselyPlugin = {
      transformQuery: (args) => {
        queries.push(args.node.kind);
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const readCache = cache?.cache ?? new ReadCache();
    const countingDeps = { ...deps, readCache, storage: { ...deps.storage, db: deps.storage.db.withPlugin(counting) } };
    const actor = await actorOf(who);
    let home: Awaited<ReturnType<typeof networkHome>> | undefined;
    const compute = async () => {
      home = await networkHome(countingDeps, actor, networkId);
    };
    if (cache) await readCache.reading(cache.version, networkId, compute);
    else await compute();
    if (!home) throw new Error("no home");
    expect(queries.every((q) => q === "SelectQueryNode")).toBe(true);
    return { home, queries: queries.length };
  };

  it.each(Object.entries(MOST_QUERIES.alone))("are at most as many as the bound for a %s computing it alone", async (who, most) => {
    const { home, queries } = await counted(who as Who);
    expect(home.role).toBe(who);
    // The demo's network shows every part to this person: a bound met by leaving parts out would prove nothing.
    expect(home.currentCycle).toBeDefined();
    expect(home.survey).not.toBeNull();
    expect(home.meetings.next).not.toBeNull();
    if (who !== "observer") expect(home.pending).not.toBeNull();
    expect(queries).toBeLessThanOrEqual(most);
  });

  it("costs each further reader of the same version only their own queries, and gives each the answer computed alone", async () => {
    const cache = { cache: new ReadCache(), version: "1.1" };
    // The first reader of each role computes the parts of that role once.
    const first = await counted("coordinator", cache);
    expect(first.queries).toBeLessThanOrEqual(MOST_QUERIES.alone.coordinator);
    for (const who of ["member", "observer", "coordinator"] as const) {
      const { home, queries } = await counted(who, cache);
      expect(queries, who).toBeLessThanOrEqual(MOST_QUERIES.sharing);
      expect(home).toEqual((await counted(who)).home);
    }
  });

  it("gives an observer no coordinator's or member's part, whoever computed the shared parts first", async () => {
    const cache = { cache: new ReadCache(), version: "1.2" };
    const coordinator = (await counted("coordinator", cache)).home;
    expect(coordinator.pendingInvitations).not.toBeNull();
    expect(coordinator.freshness).not.toBeNull();
    expect(coordinator.agreement).not.toBeNull();
    const { home } = await counted("observer", cache);
    expect(home.role).toBe("observer");
    for (const part of [
      home.pendingInvitations,
      home.freshness,
      home.missingGaps,
      home.unrepresented,
      home.governanceDiagnosisDue,
      home.setup,
      home.agreement,
      home.pending,
    ]) {
      expect(part).toBeNull();
    }
  });
});
