import { OpenAPIHono, z } from "@hono/zod-openapi";
import { NETWORK_ROLES } from "../../../domain/network.ts";
import { acceptInvitation, listInstanceOutbox, lookupInvitation } from "../../../services/members.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf, requireActor, setSessionCookie } from "../../middleware/session.ts";
import { presentMe } from "../../presenters/index.ts";
import { errors, jsonBody, jsonOk } from "../../schemas.ts";
import { MeSchema } from "../account/index.ts";
import { Password } from "../auth/index.ts";
import { routesOf } from "../route.ts";
import { OutboxMessage, presentOutbox } from "./index.ts";

const route = routesOf("invitations");
const route2 = routesOf("admin");

const Token = z.string().min(1).max(200);

export const invitationRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    route.post(
      "/invitations/lookup",
      "What an invitation link is for (no sign-in needed; the token is sent in the body, not the URL)",
      jsonBody(z.object({ token: Token })),
      {
        200: jsonOk(
          z.object({
            networkName: z.string(),
            inviterName: z.string(),
            email: z.string(),
            role: z.enum(NETWORK_ROLES),
            expiresAt: z.string(),
            accountExists: z.boolean(),
            activationNeeded: z
              .boolean()
              .describe("The account exists without a password: its owner sets one by a reset link mailed to the address"),
          }),
          "The invitation",
        ),
        ...errors(400, 403, 404, 413),
      },
    ),
    async (c) => c.json(await lookupInvitation(c.get("deps"), c.req.valid("json").token), 200),
  )
  .openapi(
    route.post(
      "/invitations/accept",
      "Accept an invitation: a new person sets name and password; an existing account (with or without a password) must be signed in, and its password and name are never set here",
      jsonBody(z.object({ token: Token, name: z.string().trim().min(1).max(200).optional(), password: Password.optional() })),
      {
        200: jsonOk(z.object({ networkId: z.string(), me: MeSchema }), "Joined the network"),
        ...errors(400, 401, 403, 404, 413),
      },
    ),
    async (c) => {
      const r = await acceptInvitation(c.get("deps"), c.get("actor"), { ...c.req.valid("json"), locale: c.get("locale") });
      if (r.sessionSecret) setSessionCookie(c, r.sessionSecret);
      return c.json({ networkId: r.networkId, me: presentMe(r.actor) }, 200);
    },
  );

const admin = new OpenAPIHono<AppEnv>();
admin.use("/admin/*", requireActor);

export const adminRoutes = admin.openapi(
  route2.get(
    "/admin/outbox",
    "The instance's own messages such as password resets (instance admin)",
    {},
    {
      200: jsonOk(z.object({ items: z.array(OutboxMessage) }), "Messages"),
      ...errors(401, 403),
    },
  ),
  async (c) => {
    const rows = await listInstanceOutbox(c.get("deps"), actorOf(c));
    return c.json({ items: rows.map(presentOutbox) }, 200);
  },
);
