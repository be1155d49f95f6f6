import { z } from "@hono/zod-openapi";
import { SURVEY_LEVELS } from "../../../domain/surveys.ts";
import { roundEgoNetwork } from "../../../services/surveyEgo.ts";
import { errors, jsonOk, orNull } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";
import { RoundParams } from "./schemas.ts";

const EgoNode = z.object({ id: z.string(), label: z.string(), organisationName: z.string().nullable(), kind: z.string().nullable() });
const Ego = z
  .object({
    node: EgoNode,
    alters: z.array(
      EgoNode.extend({
        named: z.boolean().openapi({ description: "The centre named this contact" }),
        namedBy: z.boolean().openapi({ description: "This contact named the centre" }),
      }),
    ),
    ties: z.array(z.object({ source: z.string(), target: z.string() })).openapi({ description: "Ties among the contacts, as named" }),
    size: z.number(),
    density: z.number(),
    constraint: z.number().nullable(),
    effectiveSize: z.number().nullable(),
    groups: z.array(z.string()).openapi({ description: "Organisations (rounds of people) or kinds (rounds of organisations) spanned" }),
  })
  .openapi("SurveyEgoNetwork");

export const EgoAnswer = z
  .object({
    round: z.object({ id: z.string(), title: z.string(), level: z.enum(SURVEY_LEVELS), closesOn: z.string() }),
    ego: orNull(Ego),
    reason: z.enum(["notReleased", "groups", "notInRound"]).nullable().openapi({
      description: "Why there is no ego network: the round is open or too few answered, it shows only groups, or the node is not in it",
    }),
  })
  .openapi("SurveyEgoAnswer");

const routes = serviceRoutes("surveys");

routes.get(
  "/networks/{networkId}/surveys/{roundId}/ego/{nodeId}",
  "A node's ego network in a closed round, structure only: coordinators any node's under individual ties, every member their own (a person's, or their organisation's at organisation level)",
  { params: RoundParams.extend({ nodeId: z.string().max(100) }) },
  { 200: jsonOk(EgoAnswer, "Ego network"), ...errors(401, 403, 404) },
  (deps, actor, { networkId, roundId, nodeId }) => roundEgoNetwork(deps, actor, networkId, roundId, nodeId),
);

export const surveyEgoRoutes = routes.app;
