import { tagKey, uncoveredCompetences } from "../domain/directory.ts";
import type { DbOrTx } from "../storage/db.ts";
import { competenceKeysAmong, deleteGap, insertGap, listGaps as listGapRows } from "../storage/repos/gaps.ts";
import { listOrganisationNames } from "../storage/repos/organisations.ts";
import type { GapsTable } from "../storage/schema.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { notFound } from "./errors.ts";

type GapRow = Pick<GapsTable, "kind" | "name">;

/**
 * Which gaps are still missing now: a wished competence nobody in the network
 * has, an organisation that is not among its members. Reads only the tags and
 * names that can match, since the network home asks on every visit.
 */
async function missingState(db: DbOrTx, networkId: string, gaps: GapRow[]) {
  const wished = gaps.filter((g) => g.kind === "competence").map((g) => g.name);
  const [present, organisations] = await Promise.all([
    competenceKeysAmong(db, networkId, [...new Set(wished.map(tagKey))]),
    gaps.some((g) => g.kind === "organisation") ? listOrganisationNames(db, networkId) : [],
  ]);
  const orgNames = new Set(organisations.map((name) => name.toLocaleLowerCase("fi")));
  const missing = uncoveredCompetences(wished, present);
  const uncovered = new Set(missing.map(tagKey));
  return {
    uncoveredCompetences: missing,
    stillMissing: (g: GapRow) => (g.kind === "competence" ? uncovered.has(tagKey(g.name)) : !orgNames.has(g.name.toLocaleLowerCase("fi"))),
  };
}

/**
 * "Who is missing?": the organisations and competences coordinators wish the
 * network had, with whether each is still missing now.
 */
export async function listGaps(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const gaps = await listGapRows(db, networkId);
  const { uncoveredCompetences, stillMissing } = await missingState(db, networkId, gaps);
  return {
    items: gaps.map((g) => ({
      id: g.id,
      kind: g.kind,
      name: g.name,
      note: g.note,
      createdAt: g.created_at,
      stillMissing: stillMissing(g),
    })),
    uncoveredCompetences,
  };
}

/** How many gaps are still missing, for the network home (the caller has checked the role). */
export async function countMissingGaps(deps: Deps, networkId: string) {
  const { db } = deps.storage;
  const gaps = await listGapRows(db, networkId);
  const { stillMissing } = await missingState(db, networkId, gaps);
  return gaps.filter(stillMissing).length;
}

export async function addGap(
  deps: Deps,
  actor: Actor,
  networkId: string,
  input: { kind: "organisation" | "competence"; name: string; note: string },
) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  const row = await insertGap(deps.storage.db, { networkId, ...input, createdBy: actor.userId });
  return { id: row.id };
}

export async function removeGap(deps: Deps, actor: Actor, networkId: string, id: string) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  const r = await deleteGap(deps.storage.db, networkId, id);
  if (Number(r.numDeletedRows) !== 1) throw notFound();
}
