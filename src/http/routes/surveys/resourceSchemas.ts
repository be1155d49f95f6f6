import { z } from "@hono/zod-openapi";
import { RESOURCES, VALUE_ITEMS, VALUE_MAX, type ValueItem } from "../../../domain/resources.ts";

// The shapes of the resource and value questions (issue #20 point 6): answering them and their figures.

const valueScale = z
  .number()
  .int()
  .min(1)
  .max(VALUE_MAX)
  .nullable()
  .openapi({ description: "1 not at all · 2 a small amount · 3 a fair amount · 4 a great deal; null = can't say" });
const valueDescriptions: Record<ValueItem, string> = {
  valuePower: "How much power and influence the partner has in the network",
  valueInvolvement: "How involved the partner is in the network's work",
  valueResources: "How much the partner contributes in resources",
};
const valueShape = (optional: boolean) =>
  Object.fromEntries(
    VALUE_ITEMS.map((item) => [item, (optional ? valueScale.optional() : valueScale).openapi({ description: valueDescriptions[item] })]),
  ) as Record<ValueItem, typeof valueScale>;

/** A rating's value answers: left out (can't say) when the round does not ask them or the partner is not known. */
export const ValueFields = { input: valueShape(true), output: valueShape(false) };

const resourceList = z.array(z.enum(RESOURCES)).max(RESOURCES.length);
const resourcesText = z.string().trim().max(2000);
/** What the respondent's organisation brings: ignored when the round does not ask it or the respondent has no organisation. */
export const ResourceFields = {
  input: {
    resources: resourceList.optional().openapi({ description: "What your organisation brings to the network" }),
    resourcesText: resourcesText.optional().openapi({ description: "Details, or what 'other' is" }),
  },
  output: { resources: resourceList, resourcesText },
};

export const Received = z
  .object({
    goodwill: z.number().nullable(),
    competence: z.number().nullable(),
    vulnerability: z.number().nullable(),
    consistency: z.number().nullable(),
    commitment: z.number().nullable(),
    raters: z.number(),
  })
  .openapi("SurveyReceivedFigures");

export const ReceivedValue = z
  .object({
    valuePower: z.number().nullable(),
    valueInvolvement: z.number().nullable(),
    valueResources: z.number().nullable(),
    raters: z.number().openapi({ description: "Distinct people who rated it knowing it at least by name" }),
  })
  .openapi({
    description: "How valuable partners find it (1–4 means); each null below the minimum group size of raters who gave it a number",
  })
  .openapi("SurveyReceivedValue");

/** The resource figures of a closed round, built on the survey's distribution shape. */
export const resourceFiguresOf = <D extends z.ZodType>(distribution: D) =>
  z
    .object({
      values: z.object(Object.fromEntries(VALUE_ITEMS.map((i) => [i, distribution])) as Record<ValueItem, D>),
      organisations: z.array(
        z.object({
          organisationId: z.string(),
          name: z.string(),
          respondents: z.number(),
          resources: z.array(
            z.object({
              resource: z.enum(RESOURCES),
              count: z.number().nullable().openapi({
                description: "How many of its respondents named it; null at organisation level or below the minimum group size",
              }),
            }),
          ),
        }),
      ),
      coverage: z.array(z.object({ resource: z.enum(RESOURCES), organisations: z.number() })),
    })
    .openapi("SurveyResourceFigures");
