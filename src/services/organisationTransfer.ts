import { validateOrganisations } from "../domain/directoryImport.ts";
import { readImportFile } from "../domain/importFile.ts";
import type { Table } from "../domain/table.ts";
import { findOrganisationsByName, insertOrganisation, updateOrganisationFields } from "../storage/repos/organisations.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { listOrganisations } from "./organisations.ts";
import { type ImportOptions, mapped, nameKey, outcome } from "./peopleTransfer.ts";

/**
 * Imports organisations from a CSV file or workbook: new names are created, known ones (by name, any case)
 * updated in the columns the file has. Same rules as the people import (src/services/peopleTransfer.ts).
 */
export async function importOrganisations(deps: Deps, actor: Actor, networkId: string, bytes: Uint8Array, options: ImportOptions) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const file = await readImportFile(bytes);
  const v = validateOrganisations(file);
  const existing = new Map((await findOrganisationsByName(db, networkId)).map((o) => [nameKey(o.name), o.id]));
  const updated = v.rows.filter((r) => existing.has(nameKey(r.name))).length;
  const { result, write } = outcome(file, v, v.errors, { created: v.rows.length - updated, updated }, v.rows.length, options);
  if (!write) return result;
  await db.transaction().execute(async (tx) => {
    for (const r of v.rows) {
      const id = existing.get(nameKey(r.name));
      if (!id) {
        await insertOrganisation(tx, networkId, {
          name: r.name,
          kind: r.kind,
          website: r.website,
          description: r.description ?? "",
          contactMembershipId: null,
        });
        continue;
      }
      await updateOrganisationFields(tx, id, {
        ...(mapped(v.mapping, "kind") ? { kind: r.kind } : {}),
        ...(mapped(v.mapping, "website") ? { website: r.website } : {}),
        ...(mapped(v.mapping, "description") ? { description: r.description ?? "" } : {}),
      });
    }
  });
  return { ...result, written: true };
}

/**
 * The network's organisations as a table for CSV or Excel, in the columns the import reads, so that the file
 * imports back: name, kind (in the reader's words), website and description.
 */
export async function organisationsTable(
  deps: Deps,
  actor: Actor,
  networkId: string,
  labels: { name: string; headers: string[]; kind: (code: string) => string },
): Promise<Table> {
  const organisations = await listOrganisations(deps, actor, networkId);
  return {
    name: labels.name,
    headers: labels.headers,
    rows: organisations.map((o) => [o.name, labels.kind(o.kind), o.website, o.description || null]),
  };
}
