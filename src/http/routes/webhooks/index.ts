import { z } from "@hono/zod-openapi";
import { DELIVERY_STATUSES, WEBHOOK_EVENT_KINDS, WEBHOOK_KINDS } from "../../../domain/webhooks.ts";
import { createWebhook, listDeliveries, listWebhooks, removeWebhook, testWebhook, updateWebhook } from "../../../services/webhooks.ts";
import { errors, jsonBody, jsonOk, LocaleSchema, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("webhooks");

const Webhook = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(WEBHOOK_KINDS),
    url: z.string().nullable().openapi({ description: "Scheme and host only, with the last characters: the full URL is a secret" }),
    matrixHomeserver: z.string().nullable(),
    matrixRoomId: z.string().nullable(),
    matrixAccessTokenSet: z.boolean(),
    matrixAccessTokenHint: z.string().nullable().openapi({ description: "The token's last four characters" }),
    secretSet: z.boolean(),
    secretHint: z.string().nullable().openapi({ description: "The signing secret's last four characters" }),
    events: z.array(z.enum(WEBHOOK_EVENT_KINDS)),
    locale: LocaleSchema,
    active: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Webhook");

const secretText = (min: number) => z.string().trim().min(min).max(2000);

const WebhookInput = z.object({
  name: z.string().trim().min(1).max(120),
  kind: z.enum(WEBHOOK_KINDS),
  url: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .openapi({ description: "Teams, Slack and JSON: where to post; left out, the stored one stays" }),
  matrixHomeserver: z.string().trim().max(500).optional(),
  matrixRoomId: z.string().trim().max(255).optional(),
  matrixAccessToken: secretText(8).optional().openapi({ description: "Write-only; left out, the stored one stays" }),
  secret: secretText(16).optional().openapi({ description: "JSON: the HMAC-SHA256 signing secret (16+ characters), write-only" }),
  events: z.array(z.enum(WEBHOOK_EVENT_KINDS)).max(WEBHOOK_EVENT_KINDS.length),
  locale: LocaleSchema.default("fi").openapi({ description: "The language of the messages" }),
  active: z.boolean().default(true),
});

const Delivery = z
  .object({
    id: z.string(),
    kind: z.string().openapi({ description: "The event's kind, or `test`" }),
    title: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.number(),
    httpStatus: z.number().nullable().openapi({ description: "The last attempt's HTTP status; null when no answer came" }),
    error: z.string().nullable().openapi({ description: "What went wrong in the last attempt, briefly" }),
    createdAt: z.string(),
    lastAttemptAt: z.string().nullable(),
    nextAttemptAt: z.string().nullable().openapi({ description: "When a pending delivery is tried next" }),
    deliveredAt: z.string().nullable(),
  })
  .openapi("WebhookDelivery");

const TestResult = z
  .object({
    status: z.enum(DELIVERY_STATUSES),
    httpStatus: z.number().nullable(),
    error: z.string().nullable(),
  })
  .openapi("WebhookTestResult");

const WebhookParams = NetworkParam.extend({ webhookId: z.string().max(100) });

/** The network's outgoing webhooks (coordinators): Teams, Slack, Matrix or signed JSON, with a test and a delivery log. */
routes.get(
  "/networks/{networkId}/webhooks",
  "The network's webhooks, secrets hidden (coordinators)",
  { params: NetworkParam },
  { 200: jsonOk(z.object({ items: z.array(Webhook) }), "Webhooks"), ...errors(401, 403, 404) },
  async (deps, actor, { networkId }) => ({ items: await listWebhooks(deps, actor, networkId) }),
);

routes.post(
  "/networks/{networkId}/webhooks",
  "Add a webhook: where to post (https), which events and in which language (coordinators)",
  { params: NetworkParam, ...jsonBody(WebhookInput) },
  { 201: jsonOk(Webhook, "Created"), ...errors(400, 401, 403, 404, 413) },
  (deps, actor, { networkId, ...input }) => createWebhook(deps, actor, networkId, input),
);

routes.put(
  "/networks/{networkId}/webhooks/{webhookId}",
  "Change a webhook; secrets and the URL left out keep what is stored; a stale version gets 409",
  { params: WebhookParams, ...jsonBody(WebhookInput.extend({ version: z.number().int().min(1) })) },
  { 200: jsonOk(Webhook, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  (deps, actor, { networkId, webhookId, version, ...input }) => updateWebhook(deps, actor, networkId, webhookId, version, input),
);

routes.delete(
  "/networks/{networkId}/webhooks/{webhookId}",
  "Delete a webhook and its delivery log (coordinators)",
  { params: WebhookParams },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404) },
  (deps, actor, { networkId, webhookId }) => removeWebhook(deps, actor, networkId, webhookId),
);

routes.post(
  "/networks/{networkId}/webhooks/{webhookId}/test",
  "Send a test message now and record it in the delivery log; the answer says how it went",
  { params: WebhookParams },
  { 200: jsonOk(TestResult, "Tried once"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, webhookId }) => testWebhook(deps, actor, networkId, webhookId),
);

routes.get(
  "/networks/{networkId}/webhooks/{webhookId}/deliveries",
  "The webhook's latest deliveries (50), newest first: status, attempts, times, HTTP status",
  { params: WebhookParams },
  { 200: jsonOk(z.object({ items: z.array(Delivery) }), "Deliveries"), ...errors(401, 403, 404) },
  async (deps, actor, { networkId, webhookId }) => ({ items: await listDeliveries(deps, actor, networkId, webhookId) }),
);

export const webhookRoutes = routes.app;
