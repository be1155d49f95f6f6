import { toCsv } from "../domain/csv.ts";
import { tagKey } from "../domain/directory.ts";
import { type ColumnMapping, type RowError, validateOrganisationsCsv, validatePeopleCsv } from "../domain/directoryImport.ts";
import type { Locale } from "../domain/locale.ts";
import { toVCards } from "../domain/vcard.ts";
import { nowIso } from "../storage/ids.ts";
import { listPendingInvitations } from "../storage/repos/invitations.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { findOrganisationsByName, insertOrganisation, updateOrganisationFields } from "../storage/repos/organisations.ts";
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
  delimiter: "," | ";";
  mapping: ColumnMapping<F>[];
  totalRows: number;
  created: number;
  updated: number;
  /** People whose account another network or the person holds: invited to join, never added or changed (people only). */
  invited: number;
  errors: RowError[];
}

/**
 * The answer before anything is written, and whether to write: never on a dry
 * run, and not when bad rows block the import (then nothing was created or
 * updated, while a dry run still says what would be).
 */
function outcome<F>(
  v: { delimiter: "," | ";"; mapping: ColumnMapping<F>[]; totalRows: number },
  errors: RowError[],
  counts: { created: number; updated: number; invited?: number },
  rowsToWrite: number,
  options: ImportOptions,
): { result: ImportResult<F>; write: boolean } {
  const blocked = errors.length > 0 && !options.onlyValid;
  const result: ImportResult<F> = {
    dryRun: options.dryRun,
    written: false,
    delimiter: v.delimiter,
    mapping: v.mapping,
    totalRows: v.totalRows,
    invited: 0,
    ...(blocked && !options.dryRun ? { created: 0, updated: 0 } : counts),
    errors: [...errors].sort(byRow),
  };
  return { result, write: !options.dryRun && !blocked && rowsToWrite > 0 };
}

const headerOf = <F>(mapping: ColumnMapping<F>[], field: F, fallback: string) => mapping.find((m) => m.field === field)?.header ?? fallback;
const mapped = <F>(mapping: ColumnMapping<F>[], field: F) => mapping.some((m) => m.field === field);
const byRow = (a: RowError, b: RowError) => a.row - b.row;
const tags = (list: string[]) => list.map((tag) => ({ tag, key: tagKey(tag) }));

/**
 * Imports people from CSV into the directory: new addresses become people
 * (accounts without a password, to be invited later), people of the network
 * are updated in the columns the file has. An address whose account another
 * network lists, or that its person signs in to, is the person's: it gets an
 * invitation (sent after the import), never a membership or a changed name.
 * A dry run reports what would happen. Any bad row stops the whole import
 * unless `onlyValid`; the import is one transaction.
 */
export async function importPeople(deps: Deps, actor: Actor, networkId: string, text: string, options: ImportOptions & { locale: Locale }) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const v = validatePeopleCsv(text);
  const organisations = new Map((await findOrganisationsByName(db, networkId)).map((o) => [o.name.toLocaleLowerCase("fi"), o.id]));
  const errors = [...v.errors];
  const rows = v.rows.filter((r) => {
    if (r.organisation && !organisations.has(r.organisation.toLocaleLowerCase("fi"))) {
      errors.push({
        row: r.row,
        column: headerOf(v.mapping, "organisation", "organisation"),
        message: { key: "import.unknown_organisation", params: { name: r.organisation } },
      });
      return false;
    }
    return true;
  });
  const known = new Set(await networkEmails(db, networkId));
  const elsewhere = new Set<string>();
  for (const r of rows) if (!known.has(r.email) && (await findUserByEmail(db, r.email))) elsewhere.add(r.email);
  const updated = rows.filter((r) => known.has(r.email)).length;
  const counts = { created: rows.length - updated - elsewhere.size, updated, invited: elsewhere.size };
  const { result, write } = outcome(v, errors, counts, rows.length, options);
  if (!write) return result;
  const issued = await db.transaction().execute(async (tx) => {
    const touched: string[] = [];
    const invitations: IssuedInvitation[] = [];
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
      const organisationId = r.organisation ? (organisations.get(r.organisation.toLocaleLowerCase("fi")) ?? null) : null;
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
    return invitations;
  });
  for (const i of issued) {
    await mailInvitation(deps, i, { network: network.name, inviter: actor.name, locale: options.locale, baseUrl: deps.links.base });
  }
  return { ...result, written: true };
}

/** Imports organisations from CSV: new names are created, known ones (by name, any case) updated. Same rules as people. */
export async function importOrganisations(deps: Deps, actor: Actor, networkId: string, text: string, options: ImportOptions) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const v = validateOrganisationsCsv(text);
  const existing = new Map((await findOrganisationsByName(db, networkId)).map((o) => [o.name.toLocaleLowerCase("fi"), o.id]));
  const updated = v.rows.filter((r) => existing.has(r.name.toLocaleLowerCase("fi"))).length;
  const { result, write } = outcome(v, v.errors, { created: v.rows.length - updated, updated }, v.rows.length, options);
  if (!write) return result;
  await db.transaction().execute(async (tx) => {
    for (const r of v.rows) {
      const id = existing.get(r.name.toLocaleLowerCase("fi"));
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

/** The directory (or a filtered view of it) as CSV for Excel: only what the exporting person may see. */
export async function exportPeopleCsv(deps: Deps, actor: Actor, networkId: string, query: DirectoryQuery, headers: string[]) {
  const people = await everyone(deps, actor, networkId, query);
  await audit(deps.storage.db, actor, networkId, "export.people", "", { format: "csv", people: people.length });
  return toCsv(
    headers,
    people.map((p) => [
      p.name,
      p.organisationName,
      p.title,
      p.email,
      p.phone,
      p.competences.join(", "),
      p.needs.join(", "),
      p.languages.join(", "),
      p.confirmedAt,
      p.stale ? "1" : "0",
    ]),
  );
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
