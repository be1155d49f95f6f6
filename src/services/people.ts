import {
  canSeeContact,
  freshness,
  isStale,
  searchNeedle,
  searchText,
  staleBefore,
  type TagKind,
  tagKey,
  type Visibility,
} from "../domain/directory.ts";
import { detectImageType, PHOTO_MAX_BYTES } from "../domain/image.ts";
import { isLocale } from "../domain/locale.ts";
import type { NetworkRole } from "../domain/network.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import { nowIso } from "../storage/ids.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findNetwork, listAllNetworks, type NetworkRow } from "../storage/repos/networks.ts";
import { dropRepresentationElsewhere, findOrganisation } from "../storage/repos/organisations.ts";
import type { Cursor } from "../storage/repos/pagination.ts";
import {
  claimReminder,
  findPerson,
  freshnessCounts,
  membershipIdsOfUser,
  type PersonRow,
  refreshSearchText,
  replaceTags,
  searchPeople,
  setProfileFields,
  staleUnreminded,
  tagCounts,
  tagsOf,
  updateProfileIfVersion,
} from "../storage/repos/people.ts";
import { deletePhoto, findPhoto, insertPhoto } from "../storage/repos/photos.ts";
import { updateUser } from "../storage/repos/users.ts";
import { requireRole, roleIn } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, forbidden, invalid, notFound, staleWrite } from "./errors.ts";

/** Builds the stored search text; every write that changes a name, title, organisation or tag calls it. */
export const rebuildSearchText = (db: DbOrTx, membershipIds: string[]) => refreshSearchText(db, membershipIds, searchText);

export interface PersonView {
  id: string;
  name: string;
  role: NetworkRole;
  organisationId: string | null;
  organisationName: string | null;
  title: string | null;
  photoUrl: string | null;
  competences: string[];
  needs: string[];
  languages: string[];
  behindTitle: string | null;
  expectations: string | null;
  email: string | null;
  phone: string | null;
  emailVisibility: Visibility | null;
  phoneVisibility: Visibility | null;
  confirmedAt: string | null;
  stale: boolean;
  isSelf: boolean;
  canEdit: boolean;
  /** The name is the person's own: only they change it, or a coordinator while the account is only this network's entry. */
  canEditName: boolean;
  version: number | null;
}

/**
 * What one viewer may see of one person. Observers get names and
 * organisations only; contact fields follow the person's choices; the person
 * and coordinators see everything.
 */
function present(
  viewer: { role: NetworkRole; userId: string },
  p: PersonRow,
  tags: Record<TagKind, string[]> | undefined,
  networkId: string,
  thresholdDays: number,
  now: Date,
): PersonView {
  const isSelf = p.user_id === viewer.userId;
  const full = viewer.role !== "observer" || isSelf;
  const canEdit = isSelf || viewer.role === "coordinator";
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    organisationId: p.organisation_id,
    organisationName: p.organisation_name,
    title: full ? p.title : null,
    photoUrl: full && p.photo_id ? `/api/networks/${networkId}/people/${p.id}/photo?v=${p.photo_id}` : null,
    competences: full ? (tags?.competence ?? []) : [],
    needs: full ? (tags?.need ?? []) : [],
    languages: full ? (tags?.language ?? []) : [],
    behindTitle: full ? p.behind_title : null,
    expectations: full ? p.expectations : null,
    email: canSeeContact(viewer.role, isSelf, p.email_visibility) ? p.email : null,
    phone: canSeeContact(viewer.role, isSelf, p.phone_visibility) ? p.phone : null,
    emailVisibility: canEdit ? p.email_visibility : null,
    phoneVisibility: canEdit ? p.phone_visibility : null,
    confirmedAt: full ? p.confirmed_at : null,
    stale: isStale(p.confirmed_at, thresholdDays, now),
    isSelf,
    canEdit,
    canEditName: isSelf || (viewer.role === "coordinator" && p.held_by_network === 1),
    version: canEdit ? p.version : null,
  };
}

async function context(deps: Deps, actor: Actor, networkId: string) {
  const role = await requireRole(deps.storage.db, actor, networkId, "observer");
  const network = await findNetwork(deps.storage.db, networkId);
  if (!network) throw notFound();
  return { role, network, viewer: { role, userId: actor.userId } };
}

export interface DirectoryQuery {
  q?: string | undefined;
  organisation?: string | undefined;
  tag?: string | undefined;
  need?: string | undefined;
  stale?: boolean | undefined;
}

/** The directory: people by name, found by name, organisation, competence tag or need. */
export async function searchDirectory(
  deps: Deps,
  actor: Actor,
  networkId: string,
  query: DirectoryQuery,
  limit: number,
  after: Cursor | undefined,
  now = new Date(),
) {
  const { db } = deps.storage;
  const { network, viewer } = await context(deps, actor, networkId);
  // Observers may filter by name and organisation only: tags are not theirs to see.
  const tagFilters =
    viewer.role === "observer"
      ? {}
      : { competenceKey: query.tag ? tagKey(query.tag) : undefined, needKey: query.need ? tagKey(query.need) : undefined };
  const page = await searchPeople(
    db,
    networkId,
    {
      needle: searchNeedle(query.q),
      organisationId: query.organisation,
      ...tagFilters,
      staleBefore: query.stale ? staleBefore(network.stale_after_days, now) : undefined,
    },
    limit,
    after,
  );
  const tags = await tagsOf(
    db,
    page.items.map((p) => p.id),
  );
  return {
    items: page.items.map((p) => present(viewer, p, tags.get(p.id), networkId, network.stale_after_days, now)),
    nextCursor: page.nextCursor,
  };
}

/** One person's profile as the actor may see it. */
export async function getPerson(deps: Deps, actor: Actor, networkId: string, personId: string, now = new Date()) {
  const { db } = deps.storage;
  const { network, viewer } = await context(deps, actor, networkId);
  const p = await findPerson(db, networkId, personId);
  if (!p) throw notFound();
  const tags = await tagsOf(db, [p.id]);
  return present(viewer, p, tags.get(p.id), networkId, network.stale_after_days, now);
}

export interface PersonInput {
  version: number;
  name?: string | undefined;
  title?: string | null | undefined;
  organisationId?: string | null | undefined;
  behindTitle?: string | null | undefined;
  expectations?: string | null | undefined;
  phone?: string | null | undefined;
  emailVisibility?: Visibility | undefined;
  phoneVisibility?: Visibility | undefined;
  competences?: string[] | undefined;
  needs?: string[] | undefined;
  languages?: string[] | undefined;
}

const uniqueTags = (tags: string[]) => {
  const seen = new Map<string, string>();
  for (const t of tags) {
    const tag = t.trim().replace(/\s+/g, " ");
    if (tag && !seen.has(tagKey(tag))) seen.set(tagKey(tag), tag);
  }
  return [...seen].map(([key, tag]) => ({ key, tag }));
};

async function editable(deps: Deps, actor: Actor, networkId: string, personId: string) {
  const { db } = deps.storage;
  const role = await roleIn(db, actor, networkId);
  const p = await findPerson(db, networkId, personId);
  if (!p) throw notFound();
  const isSelf = p.user_id === actor.userId;
  if (!isSelf && role !== "coordinator") throw forbidden();
  return { person: p, isSelf };
}

/**
 * Saves a profile (the person or a coordinator). A save based on an older
 * version gets 409 with what is stored now. When the owner saves, that counts
 * as confirming the details are up to date.
 */
export async function updatePerson(deps: Deps, actor: Actor, networkId: string, personId: string, input: PersonInput) {
  const { db } = deps.storage;
  const { person, isSelf } = await editable(deps, actor, networkId, personId);
  if (input.organisationId && !(await findOrganisation(db, networkId, input.organisationId))) {
    throw invalid({ organisationId: { key: "validation.unknown_organisation" } });
  }
  // An account another network lists, or that its person signs in to, is theirs: its name is not a coordinator's to change.
  if (input.name !== undefined && input.name !== person.name && !isSelf && person.held_by_network !== 1) {
    throw invalid({ name: { key: "validation.name_is_persons" } });
  }
  await db.transaction().execute(async (tx) => {
    const ok = await updateProfileIfVersion(tx, person.id, input.version, {
      ...(input.title !== undefined ? { title: input.title || null } : {}),
      ...(input.organisationId !== undefined ? { organisation_id: input.organisationId } : {}),
      ...(input.behindTitle !== undefined ? { behind_title: input.behindTitle || null } : {}),
      ...(input.expectations !== undefined ? { expectations: input.expectations || null } : {}),
      ...(input.phone !== undefined ? { phone: input.phone || null } : {}),
      ...(input.emailVisibility ? { email_visibility: input.emailVisibility } : {}),
      ...(input.phoneVisibility ? { phone_visibility: input.phoneVisibility } : {}),
      ...(isSelf ? { confirmed_at: nowIso() } : {}),
    });
    if (ok && input.organisationId !== undefined) await dropRepresentationElsewhere(tx, person.id, input.organisationId);
    if (!ok) {
      const current = await findPerson(tx, networkId, person.id);
      const tags = await tagsOf(tx, [person.id]);
      const network = await findNetwork(tx, networkId);
      throw staleWrite(
        current && network
          ? present(
              { role: "coordinator", userId: actor.userId },
              current,
              tags.get(person.id),
              networkId,
              network.stale_after_days,
              new Date(),
            )
          : null,
      );
    }
    if (input.name !== undefined && input.name !== person.name) await updateUser(tx, person.user_id, { name: input.name });
    for (const [kind, tags] of [
      ["competence", input.competences],
      ["need", input.needs],
      ["language", input.languages],
    ] as const) {
      if (tags) await replaceTags(tx, networkId, person.id, kind, uniqueTags(tags));
    }
    await rebuildSearchText(tx, input.name !== undefined ? await membershipIdsOfUser(tx, person.user_id) : [person.id]);
  });
  return getPerson(deps, actor, networkId, person.id);
}

/** The owner says their details are still right; only they can. */
export async function confirmPerson(deps: Deps, actor: Actor, networkId: string, personId: string) {
  const { person, isSelf } = await editable(deps, actor, networkId, personId);
  if (!isSelf) throw forbidden();
  await setProfileFields(deps.storage.db, person.id, { confirmed_at: nowIso() });
  return getPerson(deps, actor, networkId, person.id);
}

export const PHOTO_SIZE = 320;

/**
 * Stores a profile photo: checked by its content (JPEG, PNG or WebP only),
 * cropped to a square around its centre and re-encoded, which also strips
 * metadata such as GPS coordinates.
 */
export async function setPhoto(deps: Deps, actor: Actor, networkId: string, personId: string, bytes: Uint8Array) {
  const { person } = await editable(deps, actor, networkId, personId);
  if (bytes.byteLength > PHOTO_MAX_BYTES) throw new AppError(413, "payload_too_large", "errors.photo_too_large", { mb: 5 });
  if (!detectImageType(bytes)) throw invalid({ photo: { key: "validation.photo_type" } });
  // Loaded at the first photo rather than at start: sharp and libvips are among the slowest packages to load.
  const { default: sharp } = await import("sharp");
  let thumbnail: Buffer;
  try {
    thumbnail = await sharp(bytes, { limitInputPixels: 40_000_000 })
      .rotate()
      .resize(PHOTO_SIZE, PHOTO_SIZE, { fit: "cover", position: "attention" })
      .webp({ quality: 80 })
      .toBuffer();
  } catch {
    throw invalid({ photo: { key: "validation.photo_unreadable" } });
  }
  const { db } = deps.storage;
  await db.transaction().execute(async (tx) => {
    const photoId = await insertPhoto(tx, networkId, "image/webp", thumbnail);
    await setProfileFields(tx, person.id, { photo_id: photoId });
    if (person.photo_id) await deletePhoto(tx, person.photo_id);
  });
  return getPerson(deps, actor, networkId, person.id);
}

export async function removePhoto(deps: Deps, actor: Actor, networkId: string, personId: string) {
  const { person } = await editable(deps, actor, networkId, personId);
  if (!person.photo_id) return;
  const photoId = person.photo_id;
  await deps.storage.db.transaction().execute(async (tx) => {
    await setProfileFields(tx, person.id, { photo_id: null });
    await deletePhoto(tx, photoId);
  });
}

/** A person's photo bytes; observers do not see faces. */
export async function getPhoto(deps: Deps, actor: Actor, networkId: string, personId: string) {
  const { db } = deps.storage;
  const role = await roleIn(db, actor, networkId);
  const p = await findPerson(db, networkId, personId);
  if (!p?.photo_id) throw notFound();
  if (role === "observer" && p.user_id !== actor.userId) throw forbidden();
  const photo = await findPhoto(db, networkId, p.photo_id);
  if (!photo) throw notFound();
  return photo;
}

/** Tags of the network for autocomplete, most used first. */
export async function listTags(deps: Deps, actor: Actor, networkId: string, kind: TagKind, prefix: string | undefined) {
  await requireRole(deps.storage.db, actor, networkId, "member");
  return tagCounts(deps.storage.db, networkId, kind, prefix ? tagKey(prefix) : undefined, 50);
}

/** The share of contact details confirmed within the network's threshold (coordinators). */
export async function freshnessSummary(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  return networkFreshness(deps, network, now);
}

/** The freshness figures of a network already loaded, for the network home (the caller has checked the role). */
export async function networkFreshness(deps: Deps, network: NetworkRow, now = new Date()) {
  const counts = await freshnessCounts(deps.storage.db, network.id, staleBefore(network.stale_after_days, now));
  return { ...freshness(counts.total, counts.stale), thresholdDays: network.stale_after_days };
}

/** The actor's own profile in a network, if they have one, with whether it needs confirming. */
export async function myProfile(deps: Deps, actor: Actor, networkId: string, now = new Date()) {
  const { db } = deps.storage;
  const m = await findMembership(db, networkId, actor.userId);
  const network = await findNetwork(db, networkId);
  if (!m || !network) return null;
  return { personId: m.id, stale: isStale(m.confirmed_at, network.stale_after_days, now) };
}

/**
 * E-mails people whose details have gone stale, once per staleness period.
 * Each reminder is claimed in the database before it is sent, so with several
 * app instances a person still gets one mail.
 */
export async function sendFreshnessReminders(deps: Deps, baseUrl: string, now = new Date()) {
  if (!deps.mailer.smtp) return 0;
  const { db } = deps.storage;
  let sent = 0;
  for (const network of await listAllNetworks(db)) {
    const before = staleBefore(network.stale_after_days, now);
    for (const p of await staleUnreminded(db, network.id, before)) {
      if (!p.can_sign_in || !(await claimReminder(db, p.id, before, now.toISOString()))) continue;
      const t = translator(isLocale(p.locale) ? p.locale : "fi");
      const link = `${baseUrl}/networks/${network.id}/people/${p.id}`;
      await deps.mailer.send(db, {
        networkId: network.id,
        kind: "freshness_reminder",
        to: p.email,
        subject: t("mail.freshness.subject", { network: network.name }),
        body: t("mail.freshness.body", { name: p.name, network: network.name, link }),
        link,
      });
      sent++;
    }
  }
  return sent;
}
