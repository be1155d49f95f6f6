import type { IncomingMessage } from "node:http";
import type { Locale } from "../domain/locale.ts";
import type { Actor, Deps } from "../services/context.ts";
import type { TokenScope } from "../storage/schema.ts";

/** Hono context variables set by the middleware in app.ts. */
export interface AppEnv {
  /** Set by @hono/node-server; absent when tests call app.request(). */
  Bindings: { incoming?: IncomingMessage };
  Variables: {
    deps: Deps;
    requestId: string;
    locale: Locale;
    actor: Actor | undefined;
    /** How the actor was authenticated: by the session cookie or a Bearer token. */
    authVia: "cookie" | "bearer" | undefined;
    /** What the Bearer token may do; undefined for cookie and anonymous requests. */
    tokenScope: TokenScope | undefined;
    /**
     * The data versions taken at the start of a cached read (middleware/readCache.ts): the sessions' and the
     * answer's (decision 022); undefined for other requests.
     */
    dataVersion: { sessions: string; answers: string } | undefined;
  };
}
