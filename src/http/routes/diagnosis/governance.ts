import { z } from "@hono/zod-openapi";
import { COMPETENCE_QUESTIONS, CONDITIONS, GOVERNANCE_MODES } from "../../../domain/governanceDiagnosis.ts";
import { diagnoseNetworkGovernance, governanceDiagnosis } from "../../../services/views/governanceDiagnosis.ts";
import { errors, jsonBody, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("assessments");

const Mode = z.enum(GOVERNANCE_MODES);
const Answer = z.union([z.literal(0), z.literal(1), z.literal(2)]);
const Competencies = z.object(
  Object.fromEntries(COMPETENCE_QUESTIONS.map((q) => [q, Answer])) as Record<(typeof COMPETENCE_QUESTIONS)[number], typeof Answer>,
);
const Conditions = z
  .object({
    survey: z.object({ averageTrust: z.number().nullable(), density: z.number() }).nullable(),
    organisations: z.number(),
    approvalShare: z.number().nullable(),
    evaluationSpread: z.number().nullable(),
    sources: z.object({ surveyCycle: z.string().nullable(), evaluationCycle: z.string().nullable() }),
  })
  .openapi("GovernanceConditions");
const Level = z.enum(["low", "moderate", "high", "few", "many"]).nullable();
const Result = z
  .object({
    levels: z.object(Object.fromEntries(CONDITIONS.map((c) => [c, Level])) as Record<(typeof CONDITIONS)[number], typeof Level>),
    scores: z.object({ shared: z.number(), lead: z.number(), nao: z.number() }),
    fits: Mode.nullable(),
    close: z.boolean(),
    current: Mode.nullable(),
    reasons: z.array(z.object({ key: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })),
  })
  .openapi("GovernanceDiagnosisResult");
const Diagnosis = z
  .object({
    canDiagnose: z.boolean(),
    conditions: Conditions,
    history: z.array(
      z.object({
        id: z.string(),
        createdAt: z.string(),
        createdBy: z.string().nullable(),
        answers: z.object({ competencies: Competencies, current: Mode.nullable() }),
        result: Result,
        conditions: Conditions,
      }),
    ),
  })
  .openapi("GovernanceDiagnosis");
const Input = z
  .object({ competencies: z.record(z.string(), z.unknown()), current: z.string().nullable().optional() })
  .openapi("GovernanceDiagnosisInput", { description: "Each competence answer 0, 1 or 2; current: shared, lead, nao or null" });

routes.get(
  "/networks/{networkId}/assessments/governance",
  "Which governance mode (shared, lead organisation, network administrative organisation) the network's conditions fit, with the diagnoses made so far",
  { params: NetworkParam },
  { 200: jsonOk(Diagnosis, "Conditions and diagnoses"), ...errors(401, 404) },
  (deps, actor, { networkId }) => governanceDiagnosis(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/assessments/governance",
  "A coordinator's governance diagnosis: answers on the need for competencies and today's mode, judged with the conditions as they are now",
  { params: NetworkParam, ...jsonBody(Input) },
  { 200: jsonOk(Diagnosis, "Conditions and diagnoses, the new one first"), ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId, ...input }) => diagnoseNetworkGovernance(deps, actor, networkId, input),
);

export const governanceDiagnosisRoutes = routes.app;
