import { OpenAPIHono, z } from "@hono/zod-openapi";
import { NETWORK_TYPES } from "../../../domain/network.ts";
import { ON_BEHALF_LEVELS } from "../../../domain/onBehalfCheck.ts";
import { assessNetworkType, checkGovernanceForm, checkOnBehalf, networkTypeResults, onBehalfHistory } from "../../../services/diagnosis.ts";
import type { AppEnv } from "../../env.ts";
import { actorOf } from "../../middleware/session.ts";
import { errors, GovernanceCheck, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { routesOf } from "../route.ts";

const route = routesOf("goals");
const route2 = routesOf("assessments");

// Answers are validated by the questionnaires' own domain validators, which name each field at fault.
const Answers = z.record(z.string(), z.union([z.string(), z.number()])).openapi("QuestionnaireAnswers");

const NetworkType = z.enum(NETWORK_TYPES);
const Placement = z.object({ goalDirected: z.number(), type: NetworkType, scores: z.record(z.string(), z.number()) });
const NetworkTypeResults = z
  .object({
    declared: NetworkType,
    minGroupSize: z.number(),
    mine: z.object({ answers: z.record(z.string(), z.number()), placement: Placement }).nullable(),
    cycles: z.array(
      z.object({
        cycleId: z.string(),
        cycleName: z.string(),
        respondents: z.number().openapi({ description: "People who have answered so far" }),
        summary: z
          .object({
            respondents: z.number(),
            counts: z.record(z.string(), z.number()),
            perceived: NetworkType.nullable(),
            agreement: z.number(),
            spread: z.number(),
            meanGoalDirected: z.number(),
            matchesDeclared: z.boolean().nullable(),
          })
          .nullable()
          .openapi({
            description:
              "As last released: recomputed only when the minimum group size of new people has answered since (decision 014); null below the minimum group size",
          }),
      }),
    ),
  })
  .openapi("NetworkTypeResults");

const OnBehalfResult = z.object({
  score: z.number(),
  level: z.enum(ON_BEHALF_LEVELS),
  suggestions: z.array(z.object({ key: z.string() })),
});
const OnBehalfHistory = z.array(
  z.object({ score: z.number(), level: z.enum(ON_BEHALF_LEVELS), createdAt: z.string(), result: OnBehalfResult }),
);

export const diagnosisRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    route.put(
      "/networks/{networkId}/goals/{goalId}/governance-check",
      "Governance-form check for a goal: does a network, a hierarchy or a market fit best, and why; saved with the goal",
      { params: NetworkParam.extend({ goalId: z.string().max(100) }), ...jsonBody(Answers) },
      { 200: jsonOk(GovernanceCheck, "The check"), ...errors(400, 401, 403, 404, 413) },
    ),
    async (c) => {
      const { networkId, goalId } = c.req.valid("param");
      return c.json(await checkGovernanceForm(c.get("deps"), actorOf(c), networkId, goalId, c.req.valid("json")), 200);
    },
  )
  .openapi(
    route2.get(
      "/networks/{networkId}/assessments/network-type",
      "The network-type self-assessment per cycle, your own answer, and the declared type",
      { params: NetworkParam },
      { 200: jsonOk(NetworkTypeResults, "Results"), ...errors(401, 404) },
    ),
    async (c) => c.json(await networkTypeResults(c.get("deps"), actorOf(c), c.req.valid("param").networkId), 200),
  )
  .openapi(
    route2.put(
      "/networks/{networkId}/assessments/network-type",
      "Answer the network-type self-assessment for the current cycle (answering again replaces your answer)",
      { params: NetworkParam, ...jsonBody(Answers) },
      { 200: jsonOk(NetworkTypeResults, "Saved"), ...errors(400, 401, 403, 404, 413) },
    ),
    async (c) => c.json(await assessNetworkType(c.get("deps"), actorOf(c), c.req.valid("param").networkId, c.req.valid("json")), 200),
  )
  .openapi(
    route2.get(
      "/networks/{networkId}/assessments/on-behalf",
      "Your earlier 'on behalf of others or together?' self-checks (coordinator)",
      { params: NetworkParam },
      { 200: jsonOk(z.object({ history: OnBehalfHistory }), "History"), ...errors(401, 403, 404) },
    ),
    async (c) => c.json({ history: await onBehalfHistory(c.get("deps"), actorOf(c), c.req.valid("param").networkId) }, 200),
  )
  .openapi(
    route2.post(
      "/networks/{networkId}/assessments/on-behalf",
      "Answer the 'on behalf of others or together?' self-check (coordinator); returns the score and suggestions",
      { params: NetworkParam, ...jsonBody(Answers) },
      {
        201: jsonOk(z.object({ result: OnBehalfResult, history: OnBehalfHistory }), "Checked"),
        ...errors(400, 401, 403, 404, 413),
      },
    ),
    async (c) => c.json(await checkOnBehalf(c.get("deps"), actorOf(c), c.req.valid("param").networkId, c.req.valid("json")), 201),
  );
