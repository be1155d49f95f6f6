import { z } from "@hono/zod-openapi";
import { NETWORK_ROLES } from "../../../domain/network.ts";
import { parseCursor } from "../../../services/pagination.ts";
import { deleteUser, disableUser, enableUser, listUsers, mergeUsers, sendPasswordReset } from "../../../services/users.ts";
import { requireActor } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, PageQuery, page } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("users");

const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    isAdmin: z.boolean(),
    disabledAt: z.string().nullable(),
    lastSignInAt: z.string().nullable(),
    createdAt: z.string(),
    signInMethods: z.array(z.string()).openapi({ description: "`password` and `sso:<provider id>` for each linked identity provider" }),
    networks: z.array(z.object({ id: z.string(), name: z.string(), role: z.enum(NETWORK_ROLES) })),
  })
  .openapi("InstanceUser");

const UserParams = z.object({
  userId: z
    .string()
    .max(100)
    .openapi({ param: { name: "userId", in: "path" } }),
});
const Done = z.object({ ok: z.literal(true) });

routes.app.use("/admin/users", requireActor);
routes.app.use("/admin/users/*", requireActor);

routes.get(
  "/admin/users",
  "The instance's accounts by e-mail, with how each signs in, the last sign-in and their networks (instance admins)",
  { query: PageQuery.extend({ q: z.string().max(200).default("") }) },
  { 200: jsonOk(page(UserSchema), "A page of accounts"), ...errors(400, 401, 403) },
  (deps, actor, { q, limit, cursor }) => listUsers(deps, actor, q, limit, parseCursor(cursor)),
);

routes.post(
  "/admin/users/{userId}/disable",
  "Disable an account (instance admins): ends every session, API token and calendar-feed address at once; sign-in, reset links and identity providers are refused until enabled. 409 for one's own account",
  { params: UserParams },
  { 200: jsonOk(Done, "Disabled"), ...errors(401, 403, 404, 409) },
  async (deps, actor, { userId }) => {
    await disableUser(deps, actor, userId);
    return { ok: true as const };
  },
);

routes.post(
  "/admin/users/{userId}/enable",
  "Enable a disabled account again (instance admins)",
  { params: UserParams },
  { 200: jsonOk(Done, "Enabled"), ...errors(401, 403, 404) },
  async (deps, actor, { userId }) => {
    await enableUser(deps, actor, userId);
    return { ok: true as const };
  },
);

routes.post(
  "/admin/users/{userId}/password-reset",
  "Mail the person a password reset link (instance admins); the link goes only to their address, never into an answer",
  { params: UserParams },
  { 202: jsonOk(Done, "Sent"), ...errors(401, 403, 404, 409, 429) },
  async (deps, actor, { userId }) => {
    await sendPasswordReset(deps, actor, userId);
    return { ok: true as const };
  },
);

routes.post(
  "/admin/users/{userId}/merge",
  "Merge this account into another of the same person (instance admins): memberships with their answers, promises and history, authored work and identity-provider links move; this account goes. 409 while both belong to the same network",
  { params: UserParams, ...jsonBody(z.object({ intoUserId: z.string().max(100) })) },
  { 200: jsonOk(Done, "Merged"), ...errors(400, 401, 403, 404, 409) },
  async (deps, actor, { userId, intoUserId }) => {
    await mergeUsers(deps, actor, userId, intoUserId);
    return { ok: true as const };
  },
);

routes.delete(
  "/admin/users/{userId}",
  "Delete an account by the rules of deleting one's own (instance admins): refused (409) while it is a network's only coordinator or the only admin",
  { params: UserParams },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
  (deps, actor, { userId }) => deleteUser(deps, actor, userId),
);

export const userRoutes = routes.app;
