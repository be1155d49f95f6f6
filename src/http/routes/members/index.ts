import { z } from "@hono/zod-openapi";
import { NETWORK_ROLES } from "../../../domain/network.ts";
import {
  cancelInvitation,
  changeRole,
  invite,
  listInvitations,
  listMembers,
  listNetworkOutbox,
  removeMember,
} from "../../../services/members.ts";
import { parseCursor } from "../../../services/pagination.ts";
import { actorOf, baseUrl } from "../../middleware/session.ts";
import { errors, jsonBody, jsonOk, NetworkParam, PageQuery, page } from "../../schemas.ts";
import { routesOf, serviceRoutes } from "../route.ts";

const route = routesOf("members");
const routes = serviceRoutes("members");

const Role = z.enum(NETWORK_ROLES);

const Member = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string().nullable().openapi({ description: "Shown to coordinators only" }),
    role: Role,
    title: z.string().nullable(),
    organisationName: z.string().nullable(),
  })
  .openapi("Member");

const Invitation = z
  .object({ id: z.string(), email: z.string(), role: Role, createdAt: z.string(), expiresAt: z.string() })
  .openapi("Invitation");

export const OutboxMessage = z
  .object({
    id: z.string(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    error: z.string().nullable(),
  })
  .openapi("OutboxMessage");

const MemberParams = NetworkParam.extend({ memberId: z.string().max(100) });
const InvitationParams = NetworkParam.extend({ invitationId: z.string().max(100) });

/** A message of the outbox as the services list it (the network's or the instance's). */
type OutboxRow = Awaited<ReturnType<typeof listNetworkOutbox>>[number];

export const presentOutbox = (r: OutboxRow) => ({
  id: r.id,
  kind: r.kind,
  to: r.to_email,
  subject: r.subject,
  body: r.body,
  link: r.link,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  error: r.error,
});

routes.get(
  "/networks/{networkId}/members",
  "Members of the network, by name",
  { params: NetworkParam, query: PageQuery },
  { 200: jsonOk(page(Member), "A page of members"), ...errors(400, 401, 404) },
  async (deps, actor, { networkId, limit, cursor }) => {
    const result = await listMembers(deps, actor, networkId, limit, parseCursor(cursor));
    return {
      items: result.items.map((m) => ({
        id: m.id,
        userId: m.user_id,
        name: m.name,
        email: m.email,
        role: m.role,
        title: m.title,
        organisationName: m.organisation_name,
      })),
      nextCursor: result.nextCursor,
    };
  },
);

routes.patch(
  "/networks/{networkId}/members/{memberId}",
  "Change a member's role (coordinator); the last coordinator keeps the role",
  { params: MemberParams, ...jsonBody(z.object({ role: Role })) },
  { 204: { description: "Changed" }, ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, memberId, role }) => changeRole(deps, actor, networkId, memberId, role),
);

routes.delete(
  "/networks/{networkId}/members/{memberId}",
  "Remove someone from the network (coordinator)",
  { params: MemberParams },
  { 204: { description: "Removed" }, ...errors(401, 403, 404, 409) },
  (deps, actor, { networkId, memberId }) => removeMember(deps, actor, networkId, memberId),
);

routes.get(
  "/networks/{networkId}/invitations",
  "Pending invitations (coordinator)",
  { params: NetworkParam },
  { 200: jsonOk(z.object({ items: z.array(Invitation) }), "Pending invitations"), ...errors(401, 403, 404) },
  async (deps, actor, { networkId }) => ({
    items: (await listInvitations(deps, actor, networkId)).map((r) => ({
      id: r.id,
      email: r.email,
      role: r.role,
      createdAt: r.created_at,
      expiresAt: r.expires_at,
    })),
  }),
);

routes.app.openapi(
  route.post(
    "/networks/{networkId}/invitations",
    "Invite a person by e-mail (coordinator); the single-use link expires in 7 days",
    {
      params: NetworkParam,
      ...jsonBody(z.object({ email: z.email().max(320), role: Role.default("member") })),
    },
    {
      201: jsonOk(
        z.object({
          invitation: Invitation,
          link: z.string().openapi({ description: "The invitation link, also kept in the outbox" }),
          delivered: z.boolean().openapi({ description: "True when sent by e-mail; otherwise copy the link" }),
        }),
        "Invited",
      ),
      ...errors(400, 401, 403, 404, 413),
    },
  ),
  async (c) => {
    const body = c.req.valid("json");
    const r = await invite(c.get("deps"), actorOf(c), c.req.valid("param").networkId, {
      ...body,
      locale: c.get("locale"),
      baseUrl: baseUrl(c),
    });
    const i = r.invitation;
    return c.json(
      {
        invitation: { id: i.id, email: i.email, role: i.role, createdAt: i.created_at, expiresAt: i.expires_at },
        link: r.link,
        delivered: r.delivered,
      },
      201,
    );
  },
);

routes.delete(
  "/networks/{networkId}/invitations/{invitationId}",
  "Cancel a pending invitation (coordinator); its link stops working",
  { params: InvitationParams },
  { 204: { description: "Cancelled" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, invitationId }) => cancelInvitation(deps, actor, networkId, invitationId),
);

routes.get(
  "/networks/{networkId}/outbox",
  "Messages Solmu wrote for this network, newest first (coordinator)",
  { params: NetworkParam },
  { 200: jsonOk(z.object({ items: z.array(OutboxMessage) }), "Messages"), ...errors(401, 403, 404) },
  async (deps, actor, { networkId }) => ({ items: (await listNetworkOutbox(deps, actor, networkId)).map(presentOutbox) }),
);

export const memberRoutes = routes.app;
