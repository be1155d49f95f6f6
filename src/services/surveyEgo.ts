import { egoNetwork } from "../domain/sna/ego.ts";
import { groupNumbers } from "../domain/sna/groups.ts";
import { buildGraph } from "../domain/sna/index.ts";
import { roundStatus, type SurveyLevel } from "../domain/surveys.ts";
import { sees } from "../domain/surveyVisibility.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden } from "./errors.ts";
import { analysisOf } from "./surveyResults.ts";
import { loadRound, respondedOf, today } from "./surveyRounds.ts";

/**
 * A node's ego network in a closed round (docs/analysis.md, section 2): its
 * contacts, which way each tie runs, and the ties among the contacts, with
 * the size, density, constraint and groups spanned. Structure only: no
 * rating of anyone ever appears. Coordinators see any node's while the round
 * shows individual ties; every member sees their own ("my network in this
 * round"), a person's at person level and their organisation's at
 * organisation level.
 */
export async function roundEgoNetwork(deps: Deps, actor: Actor, networkId: string, roundId: string, nodeId: string) {
  const { row, role, me, round } = await loadRound(deps, actor, networkId, roundId);
  const level = row.level as SurveyLevel;
  const own = level === "organisation" ? me?.organisation_id === nodeId : me?.id === nodeId;
  if (role !== "coordinator" && !own) throw forbidden();
  const network = await findNetwork(deps.storage.db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const base = { round: { id: round.id, title: round.title, level, closesOn: round.closesOn } };
  const status = roundStatus({ opensOn: row.opens_on, closesOn: row.closes_on, closedAt: row.closed_at }, today(new Date()));
  if (status !== "closed" || respondedOf(row) < minGroupSize) return { ...base, ego: null, reason: "notReleased" as const };
  // One's own network is what members see of others' answers (ego_ties); anyone else's is a coordinator's view of individual ties.
  const shown = own ? sees("member", "ego_ties", row.ties_visibility) : sees("coordinator", "individual_ties", row.ties_visibility);
  if (!shown) return { ...base, ego: null, reason: "groups" as const };
  const a = await analysisOf(deps, networkId, row, minGroupSize);
  const index = a.nodes.findIndex((n) => n.id === nodeId);
  const node = a.nodes[index];
  if (!node) return { ...base, ego: null, reason: "notInRound" as const };
  const ids = a.nodes.map((n) => n.id);
  const g = buildGraph(
    ids,
    a.edges.map((e) => ({ source: e.source, target: e.target })),
    true,
  );
  const labels = a.nodes.map((n) => (level === "organisation" ? n.kind : n.organisationName));
  const { group } = groupNumbers(labels);
  const ego = egoNetwork(g, index, group);
  const describe = (i: number) => {
    const n = a.nodes[i] as (typeof a.nodes)[number];
    return { id: n.id, label: n.label, organisationName: n.organisationName, kind: n.kind };
  };
  const spanned = [...new Set([index, ...ego.alters.map((x) => x.node)].map((i) => labels[i]).filter((l): l is string => l !== null))];
  return {
    ...base,
    reason: null,
    ego: {
      node: describe(index),
      alters: ego.alters.map((x) => ({ ...describe(x.node), named: x.out, namedBy: x.in })),
      ties: ego.ties.map(([s, t]) => ({ source: ids[s] as string, target: ids[t] as string })),
      size: ego.size,
      density: ego.density,
      constraint: node.constraint,
      effectiveSize: node.effectiveSize,
      groups: spanned.sort(),
    },
  };
}
