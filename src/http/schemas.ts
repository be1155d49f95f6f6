import { z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "validation_failed" }),
      message: z.string().openapi({ example: "Tarkista merkityt kentät." }),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .openapi({ example: { email: "Anna kelvollinen sähköpostiosoite." } }),
      current: z.unknown().optional().openapi({ description: "On 409: what is stored now, to merge with." }),
    }),
  })
  .openapi("Error");

const descriptions = {
  400: "Invalid input; `fields` names each field at fault",
  401: "Not signed in, or wrong credentials",
  403: "Signed in, but the role does not allow this",
  404: "Not found, or not visible to you",
  409: "Conflict: a stale write or a rule that would break",
  413: "Request body too large",
  429: "Too many attempts; see Retry-After",
} as const;

type ErrorStatus = keyof typeof descriptions;

/** The error answers a route can give, all with the Error body, for its OpenAPI entry. */
export function errors<S extends ErrorStatus>(...statuses: S[]) {
  type Answer = { description: string; content: { "application/json": { schema: typeof ErrorSchema } } };
  const out = {} as Record<S, Answer>;
  for (const s of statuses) out[s] = { description: descriptions[s], content: { "application/json": { schema: ErrorSchema } } };
  return out;
}

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { "application/json": { schema } } },
});

export const jsonOk = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).openapi({ example: 50 }),
  cursor: z.string().max(500).optional(),
});

export const NetworkParam = z.object({ networkId: z.uuid().openapi({ param: { name: "networkId", in: "path" } }) });

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const LocaleSchema = z.enum(["fi", "sv", "en"]);

/** A text the instance admin writes per language: the accessibility statement, the privacy notice. */
export const InstanceDocument = z
  .object({
    locale: LocaleSchema,
    body: z.string().openapi({ description: "Plain text; a line starting with `## ` is a heading, blank lines separate paragraphs" }),
    version: z.number().openapi({ description: "0 while Solmu's own text is shown" }),
    updatedAt: z.string().nullable(),
    isDefault: z.boolean(),
  })
  .openapi("InstanceDocument");

export const InstanceDocumentInput = z.object({
  locale: LocaleSchema,
  body: z.string().trim().min(1).max(50_000),
  version: z.number().int().min(0).openapi({ description: "The version you read; 0 replaces Solmu's own text" }),
});

/** A text to show: an i18n key with its parameters. */
export const Message = z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() });

/** A goal's governance-form check: the answers, the result and when it was made. */
export const GovernanceCheck = z
  .object({
    answers: z.record(z.string(), z.string()),
    result: z.object({
      recommendation: z.enum(["network", "hierarchy", "market"]),
      scores: z.record(z.string(), z.number()),
      reasons: z.array(Message),
      close: z.boolean(),
    }),
    checkedAt: z.string(),
  })
  .openapi("GovernanceCheck");

/**
 * A named shape or null. Use it instead of `.nullable()` on a shape registered with `.openapi("Name")`: that
 * would make the named shape itself nullable in the OpenAPI 3.1 document, and with it every use of it.
 */
export const orNull = <T extends z.ZodType>(schema: T) => z.union([schema, z.null()]);
