import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { guardedLookup, sendWebhookRequest } from "./webhookSend.ts";

/** What the guarded lookup answers for a name, as Node's connection would receive it. */
const lookUp = (allowPrivate: boolean, host: string) =>
  new Promise<{ err: (Error & { code?: string }) | null; addresses: LookupAddress[] }>((resolve) => {
    guardedLookup(allowPrivate)(host, { all: true }, (err, addresses) => {
      resolve({ err, addresses: (addresses as unknown as LookupAddress[]) ?? [] });
    });
  });

describe("sending to an address", () => {
  it("refuses at connect time a name that resolves to this host, unless private addresses are allowed", async () => {
    // The name passes the saving check only when private names are allowed; a public-looking name resolving here is
    // the same case at connect time (DNS rebinding), which is what the guard is for.
    const refused = await lookUp(false, "localhost");
    expect(refused.err?.code).toBe("SOLMU_BLOCKED_ADDRESS");
    const allowed = await lookUp(true, "localhost");
    expect(allowed.err).toBeNull();
    expect(allowed.addresses.length).toBeGreaterThan(0);
  });

  it("never connects to a refused URL and says why, without retrying", async () => {
    const request = { method: "POST" as const, headers: {}, body: "{}" };
    expect(await sendWebhookRequest({ ...request, url: "http://169.254.169.254/latest" }, { allowPrivate: true })).toEqual({
      httpStatus: null,
      retryAfter: null,
      error: "blocked_address",
      refused: true,
    });
    expect((await sendWebhookRequest({ ...request, url: "http://127.0.0.1:9/" }, { allowPrivate: false })).error).toBe("private_address");
  });
});
