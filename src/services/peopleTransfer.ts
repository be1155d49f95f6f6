import type { Delimiter } from "../domain/csv.ts";
import { tagKey } from "../domain/directory.ts";
import { type ColumnMapping, type PersonRow, type RowError, validatePeople } from "../domain/directoryImport.ts";
import { type ImportFile, readImportFile } from "../domain/importFile.ts";
import type { Locale } from "../domain/locale.ts";
import { momentCell, type Table } from "../domain/table.ts";
import type { TextEncodingName } from "../domain/textEncoding.ts";
import { toVCards } from "../domain/vcard.ts";
import { nowIso } from "../storage/ids.ts";
import { listPendingInvitations } from "../storage/repos/invitations.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { findOrganisationsByName, insertOrganisation } from "../storage/repos/organisations.ts";
import { findPersonByEmail, networkEmails, replaceTags, setProfileFields } from "../storage/repos/people.ts";
import { findUserByEmail, insertUser, updateUser } from "../storage/repos/users.ts";
import { requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { notFound } from "./errors.ts";
import { addMembership, type IssuedInvitation, issueInvitation, mailInvitation } from "./members.ts";
import { parseCursor } from "./pagination.ts";
import { type DirectoryQuery, type PersonView, rebuildSearchText, searchDirectory } from "./people.ts";

export interface ImportOptions {
  dryRun: boolean;
  /** Import the good rows even when some rows are bad; otherwise any bad row means nothing is written. */
  onlyValid: boolean;
}

export interface ImportResult<F> {
  dryRun: boolean;
  /** True when rows were written (never on a dry run, nor when bad rows stop the import). */
  written: boolean;
  format: ImportFile["format"];
  /** The encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncodingName | null;
  /** A CSV file's delimiter; null for a workbook. */
  delimiter: Delimiter | null;
  mapping: ColumnMapping<F>[];
  totalRows: number;
  created: number;
  updated: number;
  /** People whose account another network or the person holds: invited to join, never added or changed (people only). */
  invited: number;
  /** Organisations the people import creates for its people (or would, on a dry run), as the file first spells them. */
  newOrganisations: string[];
  errors: RowError[];
}

/**
 * The answer before anything is written, and whether to write: never on a dry
 * run, and not when bad rows block the import (then nothing was created or
 * updated, while a dry run still says what would be).
 */
export function outcome<F>(
  file: ImportFile,
  v: { mapping: ColumnMapping<F>[]; totalRows: number },
  errors: RowError[],
  counts: { created: number; updated: number; invited?: number; newOrganisations?: string[] },
  rowsToWrite: number,
  options: ImportOptions,
): { result: ImportResult<F>; write: boolean } {
  const blocked = errors.length > 0 && !options.onlyValid;
  const result: ImportResult<F> = {
    dryRun: options.dryRun,
    written: false,
    format: file.format,
    encoding: file.encoding,
    delimiter: file.delimiter,
    mapping: v.mapping,
    totalRows: v.totalRows,
    invited: 0,
    newOrganisations: [],
    ...(blocked && !options.dryRun ? { created: 0, updated: 0 } : counts),
    errors: [...errors].sort(byRow),
  };
  return { result, write: !options.dryRun && !blocked && rowsToWrite > 0 };
}

const headerOf = <F>(mapping: ColumnMapping<F>[], field: F, fallback: string) => mapping.find((m) => m.field === field)?.header ?? fallback;
export const mapped = <F>(mapping: ColumnMapping<F>[], field: F) => mapping.some((m) => m.field === field);
/** Organisations are matched by name in any case, as Finnish folds it. */
export const nameKey = (name: string) => name.toLocaleLowerCase("fi");
const byRow = (a: RowError, b: RowError) => a.row - b.row;
const tags = (list: string[]) => list.map((tag) => ({ tag, key: tagKey(tag) }));

/**
 * The organisations that rows name but the network does not have, each once, as the file first spells it;
 * rows for people who will only be invited need none.
 */
function missingOrganisations(rows: PersonRow[], known: Map<string, string>, invitedOnly: Set<string>): string[] {
  const missing = new Map<string, string>();
  for (const r of rows) {
    if (r.organisation === null || invitedOnly.has(r.email)) continue;
    const key = nameKey(r.organisation);
    if (!known.has(key) && !missing.has(key)) missing.set(key, r.organisation);
  }
  return [...missing.values()];
}

/**
 * Imports people from a CSV file or workbook (src/domain/importFile.ts) into the directory: new addresses
 * become people (accounts without a password, to be invited later), people of the network are updated in the
 * columns the file has. An address whose account another network lists, or that its person signs in to, is
 * the person's: it gets an invitation (sent after the import), never a membership or a changed name.
 * Organisations the network does not have yet are created with the people (a dry run names them), unless
 * `createOrganisations` is off: then their rows are bad rows. A dry run reports what would happen. Any bad
 * row stops the whole import unless `onlyValid`; the import, new organisations included, is one transaction.
 */
export async function importPeople(
  deps: Deps,
  actor: Actor,
  networkId: string,
  bytes: Uint8Array,
  options: ImportOptions & { locale: Locale; createOrganisations: boolean },
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const file = await readImportFile(bytes);
  const v = validatePeople(file);
  const organisations = new Map((await findOrganisationsByName(db, networkId)).map((o) => [nameKey(o.name), o.id]));
  const errors = [...v.errors];
  const rows = v.rows.filter((r) => {
    if (options.createOrganisations || !r.organisation || organisations.has(nameKey(r.organisation))) return true;
    errors.push({
      row: r.row,
      column: headerOf(v.mapping, "organisation", "organisation"),
      message: { key: "import.unknown_organisation", params: { name: r.organisation } },
    });
    return false;
  });
  const known = new Set(await networkEmails(db, networkId));
  const elsewhere = new Set<string>();
  for (const r of rows) if (!known.has(r.email) && (await findUserByEmail(db, r.email))) elsewhere.add(r.email);
  const updated = rows.filter((r) => known.has(r.email)).length;
  const newOrganisations = missingOrganisations(rows, organisations, elsewhere);
  const counts = { created: rows.length - updated - elsewhere.size, updated, invited: elsewhere.size, newOrganisations };
  const { result, write } = outcome(file, v, errors, counts, rows.length, options);
  if (!write) return result;
  const { issued, createdOrganisations } = await db.transaction().execute(async (tx) => {
    const touched: string[] = [];
    const invitations: IssuedInvitation[] = [];
    // Read again inside the transaction: another import may have added one of them since the check.
    const organisationIds = new Map((await findOrganisationsByName(tx, networkId)).map((o) => [nameKey(o.name), o.id]));
    const added: string[] = [];
    for (const name of missingOrganisations(rows, organisationIds, elsewhere)) {
      const org = await insertOrganisation(tx, networkId, {
        name,
        kind: "other",
        website: null,
        description: "",
        contactMembershipId: null,
      });
      organisationIds.set(nameKey(name), org.id);
      added.push(name);
    }
    const pending = new Set((await listPendingInvitations(tx, networkId, nowIso())).map((i) => i.email));
    for (const r of rows) {
      let user = await findUserByEmail(tx, r.email);
      const person = user ? await findPersonByEmail(tx, networkId, r.email) : undefined;
      if (user && !person) {
        if (!pending.has(r.email)) {
          invitations.push(await issueInvitation(tx, { networkId, email: r.email, role: "member", invitedBy: actor.userId }));
          pending.add(r.email);
        }
        continue;
      }
      if (!user) user = await insertUser(tx, { email: r.email, name: r.name, passwordHash: null });
      else if (person?.held_by_network === 1 && user.name !== r.name) await updateUser(tx, user.id, { name: r.name });
      const organisationId = r.organisation ? (organisationIds.get(nameKey(r.organisation)) ?? null) : null;
      const membershipId = person?.id ?? (await addMembership(tx, { networkId, userId: user.id, role: "member" })).id;
      await setProfileFields(tx, membershipId, {
        ...(mapped(v.mapping, "organisation") ? { organisation_id: organisationId } : {}),
        ...(mapped(v.mapping, "title") ? { title: r.title } : {}),
        ...(mapped(v.mapping, "phone") ? { phone: r.phone } : {}),
        ...(mapped(v.mapping, "behindTitle") ? { behind_title: r.behindTitle } : {}),
        ...(mapped(v.mapping, "expectations") ? { expectations: r.expectations } : {}),
      });
      if (mapped(v.mapping, "competences")) await replaceTags(tx, networkId, membershipId, "competence", tags(r.competences));
      if (mapped(v.mapping, "needs")) await replaceTags(tx, networkId, membershipId, "need", tags(r.needs));
      if (mapped(v.mapping, "languages")) await replaceTags(tx, networkId, membershipId, "language", tags(r.languages));
      touched.push(membershipId);
    }
    await rebuildSearchText(tx, touched);
    return { issued: invitations, createdOrganisations: added };
  });
  for (const i of issued) {
    await mailInvitation(deps, i, { network: network.name, inviter: actor.name, locale: options.locale, baseUrl: deps.links.base });
  }
  return { ...result, newOrganisations: createdOrganisations, written: true };
}

/** Every person matching the query, as the actor may see them (pages through the directory). */
async function everyone(deps: Deps, actor: Actor, networkId: string, query: DirectoryQuery) {
  const out: PersonView[] = [];
  let cursor: string | null = null;
  do {
    const page = await searchDirectory(deps, actor, networkId, query, 200, parseCursor(cursor ?? undefined));
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

export const EXPORT_COLUMNS = [
  "name",
  "organisation",
  "title",
  "email",
  "phone",
  "competences",
  "needs",
  "languages",
  "confirmedAt",
  "stale",
] as const;

/** The directory (or a filtered view of it) as a table for CSV or Excel: only what the exporting person may see. */
export async function peopleTable(
  deps: Deps,
  actor: Actor,
  networkId: string,
  query: DirectoryQuery,
  labels: { name: string; headers: string[] },
  format: "csv" | "xlsx",
): Promise<Table> {
  const people = await everyone(deps, actor, networkId, query);
  await audit(deps.storage.db, actor, networkId, "export.people", "", { format, people: people.length });
  return {
    ...labels,
    rows: people.map((p) => [
      p.name,
      p.organisationName,
      p.title,
      p.email,
      p.phone,
      p.competences.join(", "),
      p.needs.join(", "),
      p.languages.join(", "),
      momentCell(p.confirmedAt),
      p.stale ? 1 : 0,
    ]),
  };
}

/** The same people as vCard 4.0 contacts. */
export async function exportPeopleVcard(deps: Deps, actor: Actor, networkId: string, query: DirectoryQuery) {
  const people = await everyone(deps, actor, networkId, query);
  await audit(deps.storage.db, actor, networkId, "export.people", "", { format: "vcard", people: people.length });
  return toVCards(
    people.map((p) => ({
      uid: p.id,
      name: p.name,
      email: p.email,
      phone: p.phone,
      organisation: p.organisationName,
      title: p.title,
      categories: p.competences,
      languages: p.languages,
      revision: p.confirmedAt,
    })),
  );
}
