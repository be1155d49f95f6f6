import dns, { type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { checkWebhookUrl, classifyAddress, MAX_ERROR_LENGTH, SEND_TIMEOUT_MS, type WebhookRequest } from "../domain/webhooks.ts";

/** What came back from one attempt: the HTTP status (null when none came), Retry-After, and a short error text. */
export interface SendResult {
  httpStatus: number | null;
  retryAfter: string | null;
  error: string | null;
  /** The address is refused (decision 023): trying again cannot help. */
  refused?: boolean;
}

/** A response body is read only to free the connection, and never kept: beyond this much it is cut off. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Resolves a name like the system does, then refuses it when any of its addresses is one the server must not reach
 * (decision 023). Checking the addresses the connection will really use closes the gap a name has between saving
 * (checkWebhookUrl) and sending: DNS can point it at 169.254.169.254 later.
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 4);
      const list = addresses as unknown as LookupAddress[];
      const refused = list.find((a) => {
        const where = classifyAddress(a.address);
        return where === null || where === "forbidden" || (where === "private" && !allowPrivate);
      });
      const first = list[0];
      if (refused || !first) {
        const blocked = Object.assign(new Error("address not allowed"), { code: "SOLMU_BLOCKED_ADDRESS" });
        return callback(blocked, "", 4);
      }
      // Node asks for every address (happy eyeballs) or for one, and reads the answer by how it asked.
      if (options.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      else callback(null, first.address, first.family);
    });
  };
}

const errorText = (err: unknown): string => {
  const e = err as { code?: string; name?: string };
  if (e.name === "TimeoutError" || e.name === "AbortError") return "timeout";
  if (e.code === "SOLMU_BLOCKED_ADDRESS") return "blocked_address";
  // The code names what failed (ECONNREFUSED, ENOTFOUND, CERT_HAS_EXPIRED); a message could quote the URL's secret path.
  return (e.code ?? "network error").slice(0, MAX_ERROR_LENGTH);
};

/**
 * Sends one webhook request with a timeout. Never follows a redirect (a redirect could lead to an address the rules
 * refuse, and webhook receivers do not redirect), never keeps the response body, and never throws: every failure
 * comes back as an error text the delivery log can show.
 */
export function sendWebhookRequest(request: WebhookRequest, options: { allowPrivate: boolean; timeoutMs?: number }): Promise<SendResult> {
  const problem = checkWebhookUrl(request.url, options.allowPrivate);
  if (problem) return Promise.resolve({ httpStatus: null, retryAfter: null, error: problem, refused: true });
  const url = new URL(request.url);
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: SendResult) => {
      if (!settled) {
        settled = true;
        resolve(result);
      }
    };
    const req = transport.request(
      url,
      {
        method: request.method,
        headers: { ...request.headers, "Content-Length": Buffer.byteLength(request.body) },
        lookup: guardedLookup(options.allowPrivate),
        signal: AbortSignal.timeout(options.timeoutMs ?? SEND_TIMEOUT_MS),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const retryAfter = res.headers["retry-after"] ?? null;
        let read = 0;
        res.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > MAX_BODY_BYTES) res.destroy();
        });
        const finish = () => done({ httpStatus: status, retryAfter, error: status >= 200 && status < 300 ? null : `HTTP ${status}` });
        res.on("end", finish);
        res.on("close", finish);
        res.on("error", finish);
      },
    );
    req.on("error", (err) => {
      const error = errorText(err);
      done({ httpStatus: null, retryAfter: null, error, refused: error === "blocked_address" });
    });
    req.end(request.body);
  });
}
