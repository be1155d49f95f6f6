import { namedResourceFigures, type Resource, resourceGaps } from "../domain/resources.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { listOrganisations } from "../storage/repos/organisations.ts";
import { listRounds as listRoundRows } from "../storage/repos/surveys.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { aggregatesOf, networkRound } from "./surveyResults.ts";

/**
 * What each organisation brings, for the directory's cards and the gaps view:
 * from the latest round that asked it and whose figures are released (closed,
 * asked of everyone, answered by at least the minimum group size; decision
 * 013), read from its frozen figures so it never moves afterwards.
 */
export async function networkResources(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "observer");
  const network = await findNetwork(db, networkId);
  const minGroupSize = network?.min_group_size ?? 3;
  const [rows, organisations] = await Promise.all([listRoundRows(db, networkId), listOrganisations(db, networkId)]);
  const row = rows.find((r) => r.asks_resources === 1 && networkRound(r, minGroupSize, now));
  const figures = row ? (await aggregatesOf(deps, row, minGroupSize, now)).resources : null;
  if (!row || !figures)
    return { round: null, organisationCount: organisations.length, organisations: [], gaps: { nobody: [], onlyOne: [] } };
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  const named = namedResourceFigures(figures, names);
  const gaps = resourceGaps(named.organisations);
  // A round closed early by a coordinator closed on that day, not on its planned closing date.
  const closedOn = row.closed_at && row.closed_at.slice(0, 10) < row.closes_on ? row.closed_at.slice(0, 10) : row.closes_on;
  return {
    round: { id: row.id, title: row.title, level: row.level as "person" | "organisation", closedOn },
    organisationCount: organisations.length,
    organisations: named.organisations.map((o) => ({
      organisationId: o.organisationId,
      name: o.name,
      resources: o.resources.map((r) => r.resource) as Resource[],
    })),
    gaps: {
      nobody: gaps.nobody,
      onlyOne: gaps.onlyOne.map((g) => ({ ...g, name: names.get(g.organisationId) as string })),
    },
  };
}
