import type { Deps } from "../services/context.ts";

/**
 * Runs `job` now and then every `periodMs` until the returned function stops it. The timer does not keep the
 * process alive, and a failed run is logged as "`what` failed" so that the next run still comes.
 */
export function every(deps: Deps, what: string, periodMs: number, job: () => Promise<unknown>): () => void {
  const run = () =>
    job().catch((err: unknown) => {
      deps.logger.warn({ err }, `${what} failed`);
    });
  void run();
  const timer = setInterval(() => void run(), periodMs);
  timer.unref();
  return () => clearInterval(timer);
}
