import { OpenAPIHono, z } from "@hono/zod-openapi";
import { NETWORK_ROLES } from "../../../domain/network.ts";
import { parseCursor } from "../../../services/pagination.ts";
import { deleteUser, disableUser, enableUser, listUsers, mergeUsers, sendPasswordReset } from "../../../services/users.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf, requireActor } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, PageQuery, page } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("users");

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

const users = new OpenAPIHono<AppEnv>();
users.use("/admin/users", requireActor);
users.use("/admin/users/*", requireActor);

export const userRoutes = users
  .openapi(
    route.get(
      "/admin/users",
      "The instance's accounts by e-mail, with how each signs in, the last sign-in and their networks (instance admins)",
      { query: PageQuery.extend({ q: z.string().max(200).default("") }) },
      { 200: jsonOk(page(UserSchema), "A page of accounts"), ...errors(400, 401, 403) },
    ),
    async (c) => {
      const { q, limit, cursor } = c.req.valid("query");
      return c.json(await listUsers(c.get("deps"), actorOf(c), q, limit, parseCursor(cursor)), 200);
    },
  )
  .openapi(
    route.post(
      "/admin/users/{userId}/disable",
      "Disable an account (instance admins): ends every session, API token and calendar-feed address at once; sign-in, reset links and identity providers are refused until enabled. 409 for one's own account",
      { params: UserParams },
      { 200: jsonOk(Done, "Disabled"), ...errors(401, 403, 404, 409) },
    ),
    async (c) => {
      await disableUser(c.get("deps"), actorOf(c), c.req.valid("param").userId);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    route.post(
      "/admin/users/{userId}/enable",
      "Enable a disabled account again (instance admins)",
      { params: UserParams },
      { 200: jsonOk(Done, "Enabled"), ...errors(401, 403, 404) },
    ),
    async (c) => {
      await enableUser(c.get("deps"), actorOf(c), c.req.valid("param").userId);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    route.post(
      "/admin/users/{userId}/password-reset",
      "Mail the person a password reset link (instance admins); the link goes only to their address, never into an answer",
      { params: UserParams },
      { 202: jsonOk(Done, "Sent"), ...errors(401, 403, 404, 409, 429) },
    ),
    async (c) => {
      await sendPasswordReset(c.get("deps"), actorOf(c), c.req.valid("param").userId);
      return c.json({ ok: true as const }, 202);
    },
  )
  .openapi(
    route.post(
      "/admin/users/{userId}/merge",
      "Merge this account into another of the same person (instance admins): memberships with their answers, promises and history, authored work and identity-provider links move; this account goes. 409 while both belong to the same network",
      { params: UserParams, ...jsonBody(z.object({ intoUserId: z.string().max(100) })) },
      { 200: jsonOk(Done, "Merged"), ...errors(400, 401, 403, 404, 409) },
    ),
    async (c) => {
      await mergeUsers(c.get("deps"), actorOf(c), c.req.valid("param").userId, c.req.valid("json").intoUserId);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    route.delete(
      "/admin/users/{userId}",
      "Delete an account by the rules of deleting one's own (instance admins): refused (409) while it is a network's only coordinator or the only admin",
      { params: UserParams },
      { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
    ),
    async (c) => {
      await deleteUser(c.get("deps"), actorOf(c), c.req.valid("param").userId);
      return c.body(null, 204);
    },
  );
