import createClient from "openapi-fetch";
import type { components, paths } from "./schema.d.ts";

/** A failed API call with the server's error body, already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly current?: unknown,
  ) {
    super(message);
  }
}

/** The API's named shapes, as the server documents them in /api/openapi.json. */
export type Schemas = components["schemas"];

type JsonOf<R> = R extends { content: { "application/json": infer T } } ? T : never;
type Success<R> = JsonOf<R[200 & keyof R]> | JsonOf<R[201 & keyof R]>;

/** The JSON answer (200 or 201) of a route, for shapes the server does not name: `Answer<"/api/me/tokens", "get">`. */
export type Answer<P extends keyof paths, M extends keyof paths[P] = "get" & keyof paths[P]> = paths[P][M] extends { responses: infer R }
  ? Success<R>
  : never;

/** The JSON body a route takes: `Body<"/api/networks/{networkId}/goals", "post">`. */
export type Body<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { "application/json": infer B } };
}
  ? B
  : never;

type ErrorBody = { error?: { code?: string; message?: string; fields?: Record<string, string>; current?: unknown } };

/** Turns a non-2xx answer into an ApiError with the server's code, message and fields. */
export function apiError(response: Response, body: unknown): ApiError {
  const e = (body as ErrorBody | undefined)?.error;
  return new ApiError(response.status, e?.code ?? "unknown", e?.message ?? response.statusText, e?.fields ?? {}, e?.current);
}

/**
 * The typed API client: paths, parameters, bodies and answers come from the generated schema, so a call
 * that does not match the server is a compile error. The browser adds the Origin the server checks.
 */
export const client = createClient<paths>({ credentials: "same-origin", headers: { Accept: "application/json" } });

/** The answer's data of a call through `client`, or an ApiError for any non-2xx answer. */
export async function ok<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiError(response, error);
  return data as D;
}
