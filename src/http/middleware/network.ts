import type { MiddlewareHandler } from "hono";
import { roleIn } from "../../services/access.ts";
import { AppError } from "../../services/errors.ts";
import { writingForNetwork } from "../../services/readCache.ts";
import type { AppEnv } from "../env.ts";

/**
 * Guards every /api/networks/:networkId route before its input is even
 * validated: someone outside the network gets 404 whatever they send. The
 * services check the finer role rules again. What the route then writes to
 * the network's tables ends that network's cached answers (decision 022).
 */
export const networkMember: MiddlewareHandler<AppEnv> = async (c, next) => {
  const actor = c.get("actor");
  if (!actor) throw new AppError(401, "unauthorized", "errors.unauthorized");
  const networkId = c.req.param("networkId") ?? "";
  await roleIn(c.get("deps").storage.db, actor, networkId);
  await writingForNetwork(networkId, next);
};
