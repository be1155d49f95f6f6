import { createRoute, type RouteConfig } from "@hono/zod-openapi";

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
