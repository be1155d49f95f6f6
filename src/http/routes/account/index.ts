import { createRoute, OpenAPIHono, z } from "@hono/zod-openapi";
import { createApiToken, listTokens, myNetworks, revokeToken, updateProfile } from "../../../services/auth.ts";
import { DIGESTS, markNotificationsRead, myNotifications, unsubscribe } from "../../../services/notifications.ts";
import { deleteMyAccount } from "../../../services/privacy.ts";
import { exportMyData } from "../../../services/views/personalData.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf, clearSessionCookie, requireActor, requireCookie } from "../../middleware/session.ts";
import { presentMe } from "../../presenters/index.ts";
import { errors, jsonBody, jsonOk, LocaleSchema } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("me");
const routes = serviceRoutes("me");

export const MeSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    locale: LocaleSchema,
    isAdmin: z.boolean(),
    digest: z.enum(DIGESTS).openapi({ description: "How often reminders are e-mailed as one digest" }),
    signedInWith: z.string().openapi({ description: "How this session was opened: `password`, `sso:<provider>` or `token`" }),
  })
  .openapi("Me");

const MeWithNetworks = MeSchema.extend({
  networks: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.enum(["coordinator", "member", "observer"]),
      personId: z.string().openapi({ description: "Your profile in this network's directory" }),
      profileStale: z.boolean().openapi({ description: "Your details there ask to be confirmed" }),
      profileNew: z
        .boolean()
        .openapi({ description: "You have never saved or confirmed your details there: the network home welcomes you" }),
    }),
  ),
});

const Scope = z.enum(["read", "write"]).openapi({
  description: "read: GET and HEAD only; write: whatever you may do. No token can create, list or revoke tokens",
});

const Token = z.object({ id: z.string(), name: z.string(), scope: Scope, createdAt: z.string(), lastUsedAt: z.string().nullable() });

routes.app.use("/me", requireActor);
routes.app.use("/me/*", requireActor);
routes.app.use("/me/tokens", requireCookie);
routes.app.use("/me/tokens/*", requireCookie);

routes.app.openapi(
  route.delete(
    "/me",
    "Delete my account, confirmed with the password — or, signed in through an identity provider, with the account's e-mail address: personal data go; survey answers follow each network's policy (docs/privacy.md). 409 while the only coordinator of a network or the only admin",
    jsonBody(z.object({ password: z.string().max(200).default(""), email: z.string().max(320).default("") })),
    { 204: { description: "Deleted; the session cookie is cleared" }, ...errors(400, 401, 403, 409) },
  ),
  async (c) => {
    await deleteMyAccount(c.get("deps"), actorOf(c), c.req.valid("json"));
    clearSessionCookie(c);
    return c.body(null, 204);
  },
);

routes.app.openapi(
  route.get(
    "/me/data",
    "Download my data: everything Solmu holds that names me, table by table (docs/privacy.md)",
    {},
    {
      200: jsonOk(
        z
          .object({
            format: z.string(),
            exportedAt: z.string(),
            person: z.object({ id: z.string(), email: z.string(), name: z.string() }),
            explanation: z.string(),
            tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
          })
          .openapi("PersonalData"),
        "A JSON file",
      ),
      ...errors(401),
    },
  ),
  async (c) => {
    const data = await exportMyData(c.get("deps"), actorOf(c));
    c.header("Content-Disposition", `attachment; filename="solmu-data-${data.exportedAt.slice(0, 10)}.json"`);
    return c.json(data, 200);
  },
);

routes.get(
  "/me",
  "The signed-in person and the networks they belong to",
  {},
  { 200: jsonOk(MeWithNetworks, "The signed-in person"), ...errors(401) },
  async (deps, actor) => ({ ...presentMe(actor), networks: await myNetworks(deps, actor) }),
);

routes.patch(
  "/me",
  "Change one's name or language (the language is remembered for every device)",
  jsonBody(
    z.object({
      name: z.string().trim().min(1).max(200).optional(),
      locale: LocaleSchema.optional(),
      digest: z.enum(DIGESTS).optional(),
    }),
  ),
  { 200: jsonOk(MeSchema, "Saved"), ...errors(400, 401, 403, 413) },
  async (deps, actor, input) => presentMe(await updateProfile(deps, actor, input)),
);

routes.get(
  "/me/notifications",
  "Your latest in-app notifications (reminders of promises and events) and how many are unread",
  {},
  {
    200: jsonOk(
      z.object({
        unread: z.number(),
        items: z.array(
          z.object({
            id: z.string(),
            kind: z.string(),
            params: z.record(z.string(), z.union([z.string(), z.number()])),
            link: z.string().nullable(),
            networkId: z.string().nullable(),
            createdAt: z.string(),
            read: z.boolean(),
          }),
        ),
      }),
      "Notifications",
    ),
    ...errors(401),
  },
  (deps, actor) => myNotifications(deps, actor),
);

routes.post(
  "/me/notifications/read",
  "Mark all your notifications read",
  {},
  { 204: { description: "Marked" }, ...errors(401, 403) },
  (deps, actor) => markNotificationsRead(deps, actor),
);

routes.get(
  "/me/tokens",
  "Personal API tokens (without their secrets); with the session cookie only",
  {},
  { 200: jsonOk(z.object({ items: z.array(Token) }), "Live tokens"), ...errors(401, 403) },
  async (deps, actor) => ({
    items: (await listTokens(deps, actor)).map((r) => ({
      id: r.id,
      name: r.name,
      scope: r.scope,
      createdAt: r.created_at,
      lastUsedAt: r.last_used_at,
    })),
  }),
);

routes.post(
  "/me/tokens",
  "Create a personal API token; its secret is shown only in this answer. Scope read (the default) or write; with the session cookie only",
  jsonBody(z.object({ name: z.string().trim().min(1).max(100), scope: Scope.default("read") })),
  {
    201: jsonOk(z.object({ id: z.string(), name: z.string(), scope: Scope, createdAt: z.string(), token: z.string() }), "Created"),
    ...errors(400, 401, 403, 413),
  },
  (deps, actor, { name, scope }) => createApiToken(deps, actor.userId, name, scope),
);

routes.delete(
  "/me/tokens/{tokenId}",
  "Revoke a personal API token; with the session cookie only",
  { params: z.object({ tokenId: z.string().max(100) }) },
  { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
  (deps, actor, { tokenId }) => revokeToken(deps, actor, tokenId),
);

export const accountRoutes = routes.app;

export const unsubscribeRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: "post",
    path: "/unsubscribe",
    tags: ["me"],
    summary: "Stop reminder digests with the token from a digest mail (no sign-in needed)",
    security: [],
    request: jsonBody(z.object({ token: z.string().min(1).max(200) })),
    responses: { 204: { description: "Digests are off" }, ...errors(400, 404, 413) },
  }),
  async (c) => {
    await unsubscribe(c.get("deps"), c.req.valid("json").token);
    return c.body(null, 204);
  },
);
