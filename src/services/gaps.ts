import { tagKey, uncoveredCompetences } from "../domain/directory.ts";
import { competenceKeys, deleteGap, insertGap, listGaps as listGapRows } from "../storage/repos/gaps.ts";
import { listOrganisations } from "../storage/repos/organisations.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { notFound } from "./errors.ts";

/**
 * "Who is missing?": the organisations and competences coordinators wish the
 * network had, with whether each is still missing now.
 */
export async function listGaps(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const [gaps, keys, organisations] = await Promise.all([
    listGapRows(db, networkId),
    competenceKeys(db, networkId),
    listOrganisations(db, networkId),
  ]);
  const orgNames = new Set(organisations.map((o) => o.name.toLocaleLowerCase("fi")));
  const missing = uncoveredCompetences(
    gaps.filter((g) => g.kind === "competence").map((g) => g.name),
    keys,
  );
  const uncovered = new Set(missing.map(tagKey));
  return {
    items: gaps.map((g) => ({
      id: g.id,
      kind: g.kind,
      name: g.name,
      note: g.note,
      createdAt: g.created_at,
      stillMissing: g.kind === "competence" ? uncovered.has(tagKey(g.name)) : !orgNames.has(g.name.toLocaleLowerCase("fi")),
    })),
    uncoveredCompetences: missing,
  };
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
