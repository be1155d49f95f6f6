import type { createApp } from "../../src/http/app.ts";

type App = ReturnType<typeof createApp>;

// biome-ignore lint/suspicious/noExplicitAny: answers are arbitrary JSON; each test asserts on the fields it depends on
type Json = any;

export const ORIGIN = "http://localhost";

export interface Answer<T = Json> {
  status: number;
  body: T;
  headers: Headers;
  /** The answer's bytes as they came, for files that are not text (an Excel workbook). */
  bytes: Uint8Array;
}

type Extra = { headers?: Record<string, string>; raw?: string | Uint8Array };

/**
 * A browser-like client for app.request(): keeps the session cookie and sends
 * the app's Origin on state-changing requests, as the web app does.
 */
export function client(app: App, options: { language?: string } = {}) {
  let cookie: string | undefined;
  const call = async <T = Json>(method: string, path: string, body?: unknown, extra: Extra = {}): Promise<Answer<T>> => {
    const headers: Record<string, string> = { "accept-language": options.language ?? "fi", ...extra.headers };
    if (cookie) headers.cookie = cookie;
    if (method !== "GET" && !("origin" in headers) && !extra.headers?.["x-no-origin"]) headers.origin = ORIGIN;
    delete headers["x-no-origin"];
    if (body !== undefined || extra.raw !== undefined) headers["content-type"] ??= "application/json";
    const res = await app.request(`${ORIGIN}${path}`, {
      method,
      headers,
      body: extra.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("solmu_session="));
    if (setCookie) {
      const value = setCookie.split(";")[0] ?? "";
      cookie = value === "solmu_session=" ? undefined : value;
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    const text = new TextDecoder().decode(bytes);
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed as T, headers: res.headers, bytes };
  };
  return {
    get: <T = Json>(path: string, extra?: { headers?: Record<string, string> }) => call<T>("GET", path, undefined, extra),
    post: <T = Json>(path: string, body?: unknown, extra?: Extra) => call<T>("POST", path, body, extra),
    patch: <T = Json>(path: string, body?: unknown, extra?: { headers?: Record<string, string> }) => call<T>("PATCH", path, body, extra),
    put: <T = Json>(path: string, body?: unknown, extra?: { headers?: Record<string, string> }) => call<T>("PUT", path, body, extra),
    delete: <T = Json>(path: string, extra?: { headers?: Record<string, string> }) => call<T>("DELETE", path, undefined, extra),
    call,
    get cookie() {
      return cookie;
    },
  };
}
