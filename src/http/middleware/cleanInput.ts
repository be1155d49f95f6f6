import type { HonoRequest, MiddlewareHandler } from "hono";
import { stripInvalidChars } from "../../domain/text.ts";
import type { AppEnv } from "../env.ts";

const JSON_TYPE = /^application\/([\w.-]+\+)?json\b/i;

// Hono keeps promises of the parsed body in its cache (its own validators do the same), though its type names the values.
const cached = (value: unknown) => ({ json: Promise.resolve(value) }) as unknown as HonoRequest["bodyCache"];

/**
 * Drops characters no document may hold (NUL, backspace, lone surrogates…) from every string of a JSON body
 * before any route reads it: PostgreSQL refuses NUL outright (a 500 on any text field), and feeds, exports and
 * pages would carry the rest. The cleaned body goes into Hono's body cache, which the validators read; a body
 * that is not valid JSON is left for the validator to refuse. An imported file is left as its bytes: only the
 * import knows its encoding, and it drops the same characters once the text is decoded (src/domain/importFile.ts).
 */
export const cleanInput: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.req.method === "GET" || c.req.method === "HEAD") return next();
  const type = c.req.header("content-type") ?? "";
  if (JSON_TYPE.test(type)) {
    const raw = await c.req.text();
    try {
      const parsed: unknown = JSON.parse(raw, (_key, value: unknown) => (typeof value === "string" ? stripInvalidChars(value) : value));
      c.req.bodyCache = cached(parsed);
    } catch {
      // Malformed JSON: the route's validator answers 400 from the cached text.
    }
  }
  return next();
};
