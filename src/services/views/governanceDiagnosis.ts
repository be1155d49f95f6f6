import { versionInForce } from "../../domain/agreement.ts";
import {
  type DiagnosisInput,
  type DiagnosisResult,
  diagnoseGovernance,
  type GovernanceMode,
  meanSpread,
  validateDiagnosisAnswers,
} from "../../domain/governanceDiagnosis.ts";
import { listApprovals, listVersions, representedOrganisations } from "../../storage/repos/agreement.ts";
import { listCycles } from "../../storage/repos/cycles.ts";
import { insertGovernanceDiagnosis, listGovernanceDiagnoses } from "../../storage/repos/diagnosis.ts";
import { listOrganisations } from "../../storage/repos/organisations.ts";
import { requireRole } from "../access.ts";
import type { Actor, Deps } from "../context.ts";
import { invalid } from "../errors.ts";
import { roundView } from "../evaluationRounds.ts";
import { surveySummaryOfCycle } from "../surveys.ts";

/**
 * The governance diagnosis (Provan & Kenis): the network's conditions read from
 * its own figures — the latest survey round with released figures (trust and
 * density), its member organisations, the agreement's approvals and the latest
 * joint evaluation — with the coordinator's answers on competencies and today's mode.
 */

export type Conditions = Omit<DiagnosisInput, "competencies" | "current"> & {
  /** Where each figure came from, for the reasons shown. */
  sources: { surveyCycle: string | null; evaluationCycle: string | null };
};

async function conditionsOf(deps: Deps, actor: Actor, networkId: string, now: Date): Promise<Conditions> {
  const { db } = deps.storage;
  const [cycles, organisations, versions, represented] = await Promise.all([
    listCycles(db, networkId),
    listOrganisations(db, networkId),
    listVersions(db, networkId),
    representedOrganisations(db, networkId),
  ]);
  // The agreement in force now, and the share of represented organisations that accepted it (as the evaluation's indicator counts it).
  const version = versionInForce(versions, now.toISOString());
  let approvalShare: number | null = null;
  if (version && represented.length > 0) {
    const ids = new Set(represented.map((o) => o.id));
    const accepted = (await listApprovals(db, version.id)).filter((a) => a.decision === "accepted" && ids.has(a.organisation_id));
    approvalShare = accepted.length / represented.length;
  }
  // Newest cycle first: the latest cycle whose survey and joint evaluation have released figures.
  const newest = [...cycles].sort((a, b) => (a.starts_on < b.starts_on ? 1 : -1));
  let survey: Conditions["survey"] = null;
  let surveyCycle: string | null = null;
  for (const cycle of newest) {
    const s = await surveySummaryOfCycle(deps, networkId, cycle.id, true, now);
    if (s?.graph) {
      survey = { averageTrust: s.averageTrust, density: s.graph.density };
      surveyCycle = cycle.name;
      break;
    }
  }
  let evaluationSpread: number | null = null;
  let evaluationCycle: string | null = null;
  for (const cycle of newest) {
    const view = await roundView(deps, actor, networkId, cycle, now);
    if (!view?.shown) continue;
    evaluationSpread = meanSpread(view.results.flatMap((r) => (r.evaluation.distribution ? [r.evaluation.distribution] : [])));
    if (evaluationSpread !== null) {
      evaluationCycle = cycle.name;
      break;
    }
  }
  return { survey, organisations: organisations.length, approvalShare, evaluationSpread, sources: { surveyCycle, evaluationCycle } };
}

interface Saved {
  answers: { competencies: DiagnosisInput["competencies"]; current: GovernanceMode | null };
  result: DiagnosisResult;
  conditions: Conditions;
}

/** The conditions as they are now, and the network's diagnoses so far (newest first). Everyone in the network reads them. */
export async function governanceDiagnosis(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const [conditions, rows] = await Promise.all([conditionsOf(deps, actor, networkId, now), listGovernanceDiagnoses(db, networkId)]);
  return {
    canDiagnose: role === "coordinator",
    conditions,
    history: rows.map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      createdBy: r.created_by_name ?? null,
      ...(JSON.parse(r.result) as Saved),
    })),
  };
}

/** A coordinator's diagnosis: their answers with the network's conditions as they are now, kept with its date. */
export async function diagnoseNetworkGovernance(deps: Deps, actor: Actor, networkId: string, input: unknown, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const v = validateDiagnosisAnswers(input);
  if (!v.ok) throw invalid(v.fields);
  const conditions = await conditionsOf(deps, actor, networkId, now);
  const result = diagnoseGovernance({ ...conditions, competencies: v.competencies, current: v.current });
  const answers = { competencies: v.competencies, current: v.current };
  const saved: Saved = { answers, result, conditions };
  await insertGovernanceDiagnosis(db, { networkId, userId: actor.userId, answers: JSON.stringify(answers), result: JSON.stringify(saved) });
  return governanceDiagnosis(deps, actor, networkId, now);
}
