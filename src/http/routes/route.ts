import { createRoute, OpenAPIHono, type RouteConfig, type z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { Actor, Deps } from "../../services/context.ts";
import type { AppEnv } from "../env.ts";
import { actorOf } from "../middleware/session.ts";

type Request = NonNullable<RouteConfig["request"]>;
type Responses = RouteConfig["responses"];

const declarer =
  <M extends RouteConfig["method"]>(tag: string, method: M) =>
  <P extends string, Q extends Request, R extends Responses>(path: P, summary: string, request: Q, responses: R) =>
    createRoute({ method, path, tags: [tag], summary, request, responses });

/**
 * The route declarations of one feature, tagged with its name once: `route.patch(path, summary, request, responses)`
 * is the OpenAPI entry that `createRoute` would build. A route that needs more (its own security, hidden from the
 * document) still uses `createRoute`.
 */
export function routesOf(tag: string) {
  return {
    get: declarer(tag, "get"),
    post: declarer(tag, "post"),
    put: declarer(tag, "put"),
    patch: declarer(tag, "patch"),
    delete: declarer(tag, "delete"),
  };
}

type Out<S> = S extends z.ZodType ? z.output<S> : unknown;
type Part<Q, K extends string> = Q extends Record<K, infer S> ? Out<S> : unknown;
type JsonPart<Q> = Q extends { body: { content: { "application/json": { schema: infer S } } } } ? Out<S> : unknown;
type Disjoint<A, B> = [keyof A & keyof B] extends [never] ? A & B : never;
/** A request's path parameters, query and JSON body, validated, as one object; a name in two of them would be ambiguous. */
export type Input<Q> = Disjoint<Disjoint<Part<Q, "params">, Part<Q, "query">>, JsonPart<Q>>;

type Success<R> = Extract<keyof R, 200 | 201 | 202 | 204>;
/**
 * What the service returns for the route's one success answer: its JSON schema's value (like Hono's own check of
 * `c.json`, `undefined` passes: a service's `rows[0]` after its own insert); for a 204, anything, since it is dropped.
 */
type Answer<R> = R[Success<R>] extends { content: { "application/json": { schema: infer S } } } ? Out<S> | undefined : unknown;

/** The service call that answers a route: the signed-in actor, the request's validated input, the answer's value. */
export type Run<Q, R> = (deps: Deps, actor: Actor, input: Input<Q>) => Promise<Answer<R>>;

const SUCCESS = [200, 201, 202, 204] as const;

const server =
  <M extends RouteConfig["method"]>(app: OpenAPIHono<AppEnv>, tag: string, method: M) =>
  <P extends string, Q extends Request, R extends Responses>(path: P, summary: string, request: Q, responses: R, run: Run<Q, R>) => {
    const status = SUCCESS.find((s) => s in responses);
    if (status === undefined) throw new Error(`${method} ${path}: no 200, 201, 202 or 204 answer to give`);
    const handler = async (c: Context<AppEnv>) => {
      const valid = (target: "param" | "query" | "json") => (c.req.valid as (t: string) => object | undefined)(target);
      const answer = await run(c.get("deps"), actorOf(c), { ...valid("param"), ...valid("query"), ...valid("json") } as Input<Q>);
      return status === 204 ? c.body(null, 204) : c.json(answer, status);
    };
    app.openapi(createRoute({ method, path, tags: [tag], summary, request, responses }), handler as never);
  };

/**
 * A feature's routes where each is its OpenAPI declaration and the one service call that answers it:
 * `routes.patch(path, summary, request, responses, (deps, actor, input) => service(…))`. The answer's status is the
 * route's one success status (a 204 answers with no body). A route that needs more of the request or the response
 * (files, headers, the locale, no sign-in) goes through `routes.app.openapi` with Hono's own handler.
 */
export function serviceRoutes(tag: string) {
  const app = new OpenAPIHono<AppEnv>();
  return {
    app,
    get: server(app, tag, "get"),
    post: server(app, tag, "post"),
    put: server(app, tag, "put"),
    patch: server(app, tag, "patch"),
    delete: server(app, tag, "delete"),
  };
}
