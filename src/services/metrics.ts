import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { Storage } from "../storage/db.ts";
import { countUnsent } from "../storage/repos/outbox.ts";

/**
 * The figures an operator scrapes from `/metrics` (Prometheus text format):
 * requests by route pattern, method and status with their latency, scheduled
 * job runs, the mail queue, the database pool, and Node's own process figures.
 * Labels carry route patterns (`/api/networks/:networkId/…`), never ids, names
 * or addresses, so no personal data reaches the metrics.
 */
export function createMetrics(storage: Storage) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "solmu_" });
  const httpRequests = new Counter({
    name: "solmu_http_requests_total",
    help: "HTTP requests answered, by route pattern, method and status",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "solmu_http_request_duration_seconds",
    help: "Time to answer an HTTP request, by route pattern and method",
    labelNames: ["method", "route"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: "solmu_job_runs_total",
    help: "Runs of scheduled jobs, by job and outcome",
    labelNames: ["job", "outcome"] as const,
    registers: [registry],
  });
  const jobDuration = new Histogram({
    name: "solmu_job_duration_seconds",
    help: "How long a scheduled job ran",
    labelNames: ["job"] as const,
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300],
    registers: [registry],
  });
  const readCache = new Counter({
    name: "solmu_read_cache_requests_total",
    help: "Cached reads (network home, member list, directory, /api/me): answered from the cache (hit) or computed (miss)",
    labelNames: ["result"] as const,
    registers: [registry],
  });
  new Gauge({
    name: "solmu_mail_queue_pending",
    help: "E-mails in the outbox not yet delivered (SMTP set) or waiting to be copied by hand",
    registers: [registry],
    async collect() {
      this.set(await countUnsent(storage.db));
    },
  });
  new Gauge({
    name: "solmu_db_pool_connections",
    help: "PostgreSQL pool connections by state (total, idle, waiting clients); absent on SQLite",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const stats = storage.poolStats();
      if (!stats) return;
      this.set({ state: "total" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
    },
  });
  return { registry, httpRequests, httpDuration, jobRuns, jobDuration, readCache };
}

export type Metrics = ReturnType<typeof createMetrics>;

/** Runs one scheduled job and counts it: its outcome and how long it took. */
export async function measuredJob(metrics: Metrics, job: string, run: () => Promise<unknown>): Promise<void> {
  const end = metrics.jobDuration.startTimer({ job });
  try {
    await run();
    metrics.jobRuns.inc({ job, outcome: "ok" });
  } catch (err) {
    metrics.jobRuns.inc({ job, outcome: "failed" });
    throw err;
  } finally {
    end();
  }
}
