// Webhooks benchmark: what announcing costs a feature's transaction (3 webhooks in the network, 2 subscribed), and
// how many deliveries per second the job sends to a receiver on loopback that answers at once, by one instance and
// by two sharing the database (each delivery claimed first). Writes bench/results/webhooks-<db>.json.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Deps } from "../src/services/context.ts";
import { deliverDue } from "../src/services/webhookDelivery.ts";
import { announce } from "../src/services/webhooks.ts";
import { openStorage } from "../src/storage/db.ts";
import { insertWebhook } from "../src/storage/repos/webhooks.ts";
import { freshDeps } from "../tests/support/databases.ts";
import { world } from "../tests/support/world.ts";
import { machine } from "./run.ts";

const ANNOUNCEMENTS = 1000;
const DELIVERIES = 400;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

async function run(kind: "sqlite" | "postgres") {
  let received = 0;
  const receiver = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      received += 1;
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  const deps = await freshDeps(kind, { WEBHOOK_ALLOW_PRIVATE: "true" });
  try {
    const w = await world(deps);
    const networkId = w.network.id;
    const { db } = deps.storage;
    const hook = (events: string[], active: boolean) =>
      insertWebhook(db, networkId, w.people.coordinator.id, {
        name: "bench",
        kind: "json",
        url,
        matrixHomeserver: null,
        matrixRoomId: null,
        matrixAccessToken: null,
        secret: "bench-secret-0123456789",
        events,
        locale: "fi",
        active,
      });
    await hook(["decision.recorded"], true);
    await hook(["decision.recorded", "meeting.created"], true);
    await hook(["decision.recorded"], false);

    const times: number[] = [];
    for (let i = 0; i < ANNOUNCEMENTS; i++) {
      const t = performance.now();
      await db.transaction().execute((tx) => announce(tx, { networkId, kind: "decision.recorded", title: `Päätös ${i}`, path: "/x" }));
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // The announcements above queued two deliveries each; send a fresh batch so both runs start alike.
    await db.deleteFrom("webhook_deliveries").execute();

    const queue = async () => {
      for (let i = 0; i < DELIVERIES / 2; i++)
        await announce(db, { networkId, kind: "decision.recorded", title: `Uutinen ${i}`, path: "/x" });
    };
    await queue();
    received = 0;
    let t = performance.now();
    const one = await deliverDue(deps, { limit: DELIVERIES * 2 });
    const oneMs = performance.now() - t;

    await queue();
    const second: Deps = {
      ...deps,
      storage: openStorage({
        databaseUrl: deps.settings.databaseUrl,
        dataDir: deps.settings.dataDir,
        ...(deps.storage.pgSchema ? { pgSchema: deps.storage.pgSchema } : {}),
      }),
    };
    received = 0;
    t = performance.now();
    const [a, b] = await Promise.all([deliverDue(deps, { limit: DELIVERIES * 2 }), deliverDue(second, { limit: DELIVERIES * 2 })]);
    const twoMs = performance.now() - t;
    await second.storage.close();
    return {
      database: kind,
      announceInTransactionMs: {
        p50: round(percentile(times, 50)),
        p95: round(percentile(times, 95)),
        mean: round(times.reduce((x, y) => x + y, 0) / times.length),
      },
      oneInstance: { deliveries: one, ms: Math.round(oneMs), perSecond: Math.round((one / oneMs) * 1000) },
      twoInstances: {
        deliveries: a + b,
        split: [a, b],
        receivedByReceiver: received,
        ms: Math.round(twoMs),
        perSecond: Math.round(((a + b) / twoMs) * 1000),
      },
    };
  } finally {
    await deps.cleanup();
    await new Promise((resolve) => receiver.close(resolve));
  }
}

export async function webhooksBench() {
  const kinds: ("sqlite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
  for (const kind of kinds) {
    const result = {
      benchmark: "webhooks: announce() in a transaction, deliveries per second to a loopback receiver",
      date: new Date().toISOString(),
      machine: machine(),
      loadAverage: os.loadavg().map((l) => round(l)),
      ...(await run(kind)),
    };
    const file = path.join(import.meta.dirname, "results", `webhooks-${kind}.json`);
    fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(JSON.stringify(result, null, 2));
    console.log(`→ ${path.relative(process.cwd(), file)}`);
  }
}
