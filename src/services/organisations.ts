import type { OrganisationKind } from "../domain/directory.ts";
import { findMembership, findMembershipById } from "../storage/repos/memberships.ts";
import {
  deleteOrganisation,
  findOrganisation,
  insertOrganisation,
  listOrganisations as listOrganisationRows,
  membershipIdsOfOrganisationIn,
  type OrganisationFields,
  organisationPeople,
  setRepresentatives,
  updateOrganisationIfVersion,
} from "../storage/repos/organisations.ts";
import { requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden, invalid, notFound, staleWrite } from "./errors.ts";
import { rebuildSearchText } from "./people.ts";

export interface OrganisationInput {
  name: string;
  kind: OrganisationKind;
  website: string | null;
  description: string;
  contactPersonId: string | null;
}

const presentRow = (o: {
  id: string;
  name: string;
  kind: string;
  website: string | null;
  description: string;
  contact_membership_id: string | null;
  contact_name: string | null;
  version: number;
}) => ({
  id: o.id,
  name: o.name,
  // Written only from OrganisationInput and the import, both of which take the domain's kinds alone.
  kind: o.kind as OrganisationKind,
  website: o.website,
  description: o.description,
  contactPersonId: o.contact_membership_id,
  contactName: o.contact_name,
  version: o.version,
});

export async function listOrganisations(deps: Deps, actor: Actor, networkId: string) {
  await requireRole(deps.storage.db, actor, networkId, "observer");
  const rows = await listOrganisationRows(deps.storage.db, networkId);
  return rows.map((o) => ({ ...presentRow(o), representativeCount: Number(o.representative_count ?? 0) }));
}

/**
 * One organisation with its people and which of them it has named to speak for it (observers see names only, as in
 * the directory). Its representatives approve the agreement and answer organisation-level surveys for it.
 */
export async function getOrganisation(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const o = await findOrganisation(db, networkId, id);
  if (!o) throw notFound();
  const people = await organisationPeople(db, id);
  const mine = await findMembership(db, networkId, actor.userId);
  const present = (p: (typeof people)[number]) => ({
    id: p.id,
    name: p.name,
    title: role === "observer" ? null : p.title,
    photoUrl: role !== "observer" && p.photo_id ? `/api/networks/${networkId}/people/${p.id}/photo?v=${p.photo_id}` : null,
  });
  const iRepresent = people.some((p) => p.id === mine?.id && p.named_at !== null);
  return {
    ...presentRow(o),
    canEdit: role === "coordinator" || mine?.organisation_id === id,
    representatives: people.filter((p) => p.named_at !== null).map(present),
    people: people.map((p) => ({ ...present(p), representative: p.named_at !== null, observer: p.role === "observer" })),
    canNameRepresentatives: role === "coordinator" || (role === "member" && iRepresent),
  };
}

/**
 * Names who speaks for an organisation: its coordinator, or one of its current representatives. Only people placed in
 * the organisation who are not observers can be named; an empty list leaves it without a voice, which only a
 * coordinator may do.
 */
export async function nameRepresentatives(deps: Deps, actor: Actor, networkId: string, id: string, membershipIds: string[]) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const o = await findOrganisation(db, networkId, id);
  if (!o) throw notFound();
  const people = await organisationPeople(db, id);
  const mine = await findMembership(db, networkId, actor.userId);
  if (role !== "coordinator" && !people.some((p) => p.id === mine?.id && p.named_at !== null)) throw forbidden();
  const eligible = new Set(people.filter((p) => p.role !== "observer").map((p) => p.id));
  membershipIds.forEach((m, i) => {
    if (!eligible.has(m)) throw invalid({ [`membershipIds.${i}`]: { key: "validation.not_in_organisation" } });
  });
  if (membershipIds.length === 0 && role !== "coordinator") throw invalid({ membershipIds: { key: "validation.representative_needed" } });
  const chosen = [...new Set(membershipIds)];
  await db.transaction().execute(async (tx) => {
    await setRepresentatives(tx, id, chosen, actor.userId);
    const names = people.filter((p) => chosen.includes(p.id)).map((p) => p.name);
    await audit(tx, actor, networkId, "organisation.representatives_named", o.name, { representatives: names.join(", ") });
  });
  return getOrganisation(deps, actor, networkId, id);
}

async function checkContact(deps: Deps, networkId: string, contactPersonId: string | null) {
  if (contactPersonId && !(await findMembershipById(deps.storage.db, networkId, contactPersonId))) {
    throw invalid({ contactPersonId: { key: "validation.unknown_person" } });
  }
}

const fields = (input: OrganisationInput): OrganisationFields => ({
  name: input.name,
  kind: input.kind,
  website: input.website,
  description: input.description,
  contactMembershipId: input.contactPersonId,
});

const nameTaken = async (deps: Deps, networkId: string, name: string, except?: string) =>
  (await listOrganisationRows(deps.storage.db, networkId)).some(
    (o) => o.id !== except && o.name.toLocaleLowerCase("fi") === name.toLocaleLowerCase("fi"),
  );

export async function createOrganisation(deps: Deps, actor: Actor, networkId: string, input: OrganisationInput) {
  await requireRole(deps.storage.db, actor, networkId, "coordinator");
  await checkContact(deps, networkId, input.contactPersonId);
  if (await nameTaken(deps, networkId, input.name)) throw invalid({ name: { key: "validation.name_taken" } });
  const row = await insertOrganisation(deps.storage.db, networkId, fields(input));
  return getOrganisation(deps, actor, networkId, row.id);
}

/**
 * Edits an organisation: coordinators, and the people who represent it. A
 * save based on an older version gets 409 with what is stored now.
 */
export async function updateOrganisation(
  deps: Deps,
  actor: Actor,
  networkId: string,
  id: string,
  version: number,
  input: OrganisationInput,
) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "member");
  const mine = await findMembership(db, networkId, actor.userId);
  if (role !== "coordinator" && mine?.organisation_id !== id) throw forbidden();
  const before = await findOrganisation(db, networkId, id);
  if (!before) throw notFound();
  await checkContact(deps, networkId, input.contactPersonId);
  if (await nameTaken(deps, networkId, input.name, id)) throw invalid({ name: { key: "validation.name_taken" } });
  await db.transaction().execute(async (tx) => {
    if (!(await updateOrganisationIfVersion(tx, id, version, fields(input)))) {
      const current = await findOrganisation(tx, networkId, id);
      throw staleWrite(current ? presentRow(current) : null);
    }
    if (before.name !== input.name) await rebuildSearchText(tx, await membershipIdsOfOrganisationIn(tx, id));
  });
  return getOrganisation(deps, actor, networkId, id);
}

/** Deletes an organisation (coordinators); its representatives stay in the network without one. */
export async function removeOrganisation(deps: Deps, actor: Actor, networkId: string, id: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  await db.transaction().execute(async (tx) => {
    const members = await membershipIdsOfOrganisationIn(tx, id);
    const r = await deleteOrganisation(tx, networkId, id);
    if (Number(r.numDeletedRows) !== 1) throw notFound();
    await rebuildSearchText(tx, members);
  });
}
