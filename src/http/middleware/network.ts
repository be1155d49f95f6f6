import type { MiddlewareHandler } from "hono";
import { roleIn } from "../../services/access.ts";
import { AppError } from "../../services/errors.ts";
import type { AppEnv } from "../env.ts";

/**
 * Guards every /api/networks/:networkId route before its input is even
 * validated: someone outside the network gets 404 whatever they send. The
 * services check the finer role rules again.
 */
export const networkMember: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get("actor");
  if (!actor) throw new AppError(401, "unauthorized", "errors.unauthorized");
  await roleIn(c.get("deps").storage.db, actor, c.req.param("networkId") ?? "");
  await next();
};
