import {
  countTieChanges,
  type NetworkFigures,
  networkChange,
  nodeChanges,
  organisationChanges,
  tieChanges,
  trustChange,
} from "../domain/surveyChange.ts";
import { roundStatus, type SurveyLevel } from "../domain/surveys.ts";
import { sees, structureFor, type TiesVisibility } from "../domain/surveyVisibility.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { findRound, type RoundRow } from "../storage/repos/surveys.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid, type Message, notFound } from "./errors.ts";
import { aggregatesOf, analysisOf } from "./surveyResults.ts";
import { loadRound, respondedOf, today } from "./surveyRounds.ts";
import type { StoredAnalysis } from "./surveyStructure.ts";

/**
 * What changed between two rounds of a network (coordinators): ties, people
 * or organisations, trust. Both rounds must have released their figures, so
 * the change says nothing that either round alone does not (decision 013),
 * and under group structure (decision 006) it names no tie and no person.
 */

const earlierFirst = (x: RoundRow, y: RoundRow) =>
  x.opens_on < y.opens_on || (x.opens_on === y.opens_on && x.created_at <= y.created_at) ? [x, y] : [y, x];

/** Why a round cannot be compared with the asked one, as a message for the `compare` field; null when it can. */
function notComparable(asked: RoundRow, other: RoundRow, minGroupSize: number, now: Date): Message | null {
  if (other.id === asked.id) return { key: "surveys.change.sameRound" };
  if (other.level !== asked.level) return { key: "surveys.change.otherLevel" };
  for (const r of [asked, other]) {
    const status = roundStatus({ opensOn: r.opens_on, closesOn: r.closes_on, closedAt: r.closed_at }, today(now));
    if (status !== "closed") return { key: "surveys.change.notClosed", params: { title: r.title } };
    if (respondedOf(r) < minGroupSize) return { key: "surveys.change.notReleased", params: { title: r.title, min: minGroupSize } };
  }
  return null;
}

const networkFigures = (a: StoredAnalysis): NetworkFigures => ({
  nodeCount: a.graph.nodeCount,
  edgeCount: a.graph.edgeCount,
  density: a.graph.density,
  reciprocity: a.graph.reciprocity,
  isolateCount: a.graph.isolateCount,
  brokerCount: a.graph.brokerCount,
  averageClustering: a.graph.averageClustering,
  betweennessCentralization: a.graph.betweennessCentralization,
});

/** A person-level round whose raw answers were deleted keeps no node and no tie (retention): its ties cannot be compared. */
const structureKept = (a: StoredAnalysis) => a.graph.nodeCount === 0 || a.nodes.length > 0;

const summary = (r: RoundRow) => ({
  roundId: r.id,
  title: r.title,
  opensOn: r.opens_on,
  closesOn: r.closes_on,
  respondents: respondedOf(r),
  tiesVisibility: r.ties_visibility,
});

/**
 * The change from the earlier of two rounds to the later one, whichever is asked first. 400 on the
 * `compare` field unless both are closed, released (at least the minimum group size answered) and at
 * the same level; 404 for a round of another network.
 */
export async function roundChange(deps: Deps, actor: Actor, networkId: string, roundId: string, compareId: string, language = "fi") {
  const { row } = await loadRound(deps, actor, networkId, roundId, "coordinator");
  const { db } = deps.storage;
  const other = await findRound(db, networkId, compareId);
  if (!other) throw notFound();
  const minGroupSize = (await findNetwork(db, networkId))?.min_group_size ?? 3;
  const reason = notComparable(row, other, minGroupSize, new Date());
  if (reason) throw invalid({ compare: reason });

  const [from, to] = earlierFirst(row, other) as [RoundRow, RoundRow];
  // Freezing first, as the round's own analysis does: a closed round's figures are its frozen ones.
  const [fromAggregates, toAggregates] = [await aggregatesOf(deps, from, minGroupSize), await aggregatesOf(deps, to, minGroupSize)];
  const [fromRow, toRow] = [(await findRound(db, networkId, from.id)) ?? from, (await findRound(db, networkId, to.id)) ?? to];
  const [before, after] = [
    await analysisOf(deps, networkId, fromRow, minGroupSize),
    await analysisOf(deps, networkId, toRow, minGroupSize),
  ];

  // Under group structure in either round, the change shows what that round alone would: no tie, no person.
  const visibility: TiesVisibility = from.ties_visibility === "groups" || to.ties_visibility === "groups" ? "groups" : "individual";
  const individual = sees("coordinator", "individual_ties", visibility);
  const shownBefore = structureFor(before, visibility, minGroupSize);
  const shownAfter = structureFor(after, visibility, minGroupSize);
  const comparable = structureKept(before) && structureKept(after);
  const ties = comparable ? tieChanges(before.edges, after.edges) : null;
  const labels = new Map([...before.nodes, ...after.nodes].map((n) => [n.id, n.label]));
  const organisations = organisationChanges(shownBefore.organisations, shownAfter.organisations, language);

  return {
    from: summary(from),
    to: summary(to),
    level: row.level as SurveyLevel,
    minGroupSize,
    tiesVisibility: visibility,
    tiesComparable: comparable,
    counts: ties ? countTieChanges(ties) : null,
    network: networkChange(networkFigures(before), networkFigures(after)),
    trust: trustChange(fromAggregates.elements.trust, toAggregates.elements.trust, minGroupSize),
    ties:
      individual && ties
        ? ties.map((t) => ({ ...t, sourceLabel: labels.get(t.source) ?? "", targetLabel: labels.get(t.target) ?? "" }))
        : [],
    nodes: individual && comparable ? nodeChanges(shownBefore.nodes, shownAfter.nodes, language) : [],
    // Under group structure an organisation is compared only while it is large enough in both rounds.
    organisations: individual ? organisations : organisations.filter((o) => o.presence === "both"),
  };
}

export type RoundChange = Awaited<ReturnType<typeof roundChange>>;
