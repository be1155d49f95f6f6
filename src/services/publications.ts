import { COMPUTED_SOURCES, isSlug, slugify } from "../domain/evaluation.ts";
import { latestApprovedVersion } from "../storage/repos/agreement.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { listGoals } from "../storage/repos/goals.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import {
  deleteNews,
  deletePractice,
  findNews,
  findPractice,
  findPublication,
  findPublicationBySlug,
  insertNews,
  insertPractice,
  listNews,
  listPracticesOfNetwork,
  listPublishedPractices,
  type PracticeFields,
  type PublicationFields,
  savePublicationIfVersion,
  slugTaken,
  updateNewsIfVersion,
  updatePracticeIfVersion,
} from "../storage/repos/publications.ts";
import { changeableOr404, mayChange, requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { forbidden, invalid, notFound, staleWrite } from "./errors.ts";
import { computedFigures, indicatorsOf } from "./evaluation.ts";
import { surveySummaryOfCycle } from "./surveys.ts";

/** Addresses the instance itself uses beside /p/, so no network may take them. */
const RESERVED_SLUGS = new Set(["feed", "style", "assets", "api", "admin", "practices", "good-practices"]);

type PublicationRow = NonNullable<Awaited<ReturnType<typeof findPublication>>>;

const presentSettings = (row: PublicationRow | undefined, networkName: string) => ({
  slug: row?.slug ?? slugify(networkName),
  enabled: row?.enabled === 1,
  intro: row?.intro ?? "",
  showGoals: row?.show_goals === 1,
  showResults: row?.show_results === 1,
  showPractices: row?.show_practices === 1,
  showAgreement: row?.show_agreement === 1,
  showMap: row?.show_map === 1,
  version: row?.version ?? 0,
});

type NewsRow = Awaited<ReturnType<typeof listNews>>[number];
const presentNews = (n: NewsRow) => ({
  id: n.id,
  title: n.title,
  body: n.body,
  publishedAt: n.published_at,
  createdAt: n.created_at,
  updatedAt: n.updated_at,
  version: n.version,
});

type PracticeRow = Awaited<ReturnType<typeof listPublishedPractices>>[number];
const presentPractice = (p: PracticeRow, actor: Actor | null, role: string | null) => ({
  id: p.id,
  networkId: p.network_id,
  networkName: p.network_name,
  publicPage: p.slug && p.page_enabled === 1 ? `/p/${p.slug}` : null,
  title: p.title,
  whatWorked: p.what_worked,
  context: p.context,
  contact: p.contact,
  publishedAt: p.published_at,
  createdBy: p.created_by_name ?? null,
  updatedAt: p.updated_at,
  version: p.version,
  canEdit: !!actor && mayChange(role, actor, p),
});

/** The public page settings and news of a network, for its coordinators. */
export async function getPublishing(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const network = await findNetwork(db, networkId);
  if (!network) throw notFound();
  const [row, news] = await Promise.all([findPublication(db, networkId), listNews(db, networkId, false)]);
  return { settings: presentSettings(row, network.name), news: news.map(presentNews) };
}

/**
 * Saves which parts of the network are public and at which address. Nothing
 * is public until the page is enabled and a part is chosen; turning a part or
 * the page off takes it off the public page and the feed at once, because
 * public pages are made from the stored settings on every request.
 */
export async function savePublishing(deps: Deps, actor: Actor, networkId: string, input: PublicationFields & { version: number }) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  if (!isSlug(input.slug) || RESERVED_SLUGS.has(input.slug)) throw invalid({ slug: { key: "publications.errors.slug" } });
  if (await slugTaken(db, input.slug, networkId)) throw invalid({ slug: { key: "publications.errors.slug_taken" } });
  const saved = await db.transaction().execute(async (tx) => {
    const ok = await savePublicationIfVersion(tx, networkId, input.version, input);
    if (ok)
      await audit(tx, actor, networkId, "publishing.saved", input.slug, {
        enabled: input.enabled,
        goals: input.showGoals,
        results: input.showResults,
        practices: input.showPractices,
        agreement: input.showAgreement,
        map: input.showMap,
      });
    return ok;
  });
  const view = await getPublishing(deps, actor, networkId);
  if (!saved) throw staleWrite(view.settings);
  return view;
}

export interface NewsInput {
  title: string;
  body: string;
  published: boolean;
}

export async function createNews(deps: Deps, actor: Actor, networkId: string, input: NewsInput) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  await db.transaction().execute(async (tx) => {
    await insertNews(tx, networkId, input, actor.userId);
    if (input.published) await audit(tx, actor, networkId, "news.published", input.title);
  });
  return getPublishing(deps, actor, networkId);
}

/** Edits a news item or (un)publishes it; a stale version gets 409 with what is stored. */
export async function updateNews(deps: Deps, actor: Actor, networkId: string, newsId: string, input: NewsInput & { version: number }) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const row = await findNews(db, networkId, newsId);
  if (!row) throw notFound();
  const publishedAt = input.published ? (row.published_at ?? new Date().toISOString()) : null;
  const saved = await db.transaction().execute(async (tx) => {
    const ok = await updateNewsIfVersion(tx, row.id, input.version, { ...input, publishedAt });
    if (ok && input.published !== (row.published_at !== null))
      await audit(tx, actor, networkId, input.published ? "news.published" : "news.unpublished", input.title);
    return ok;
  });
  if (!saved) {
    const current = await findNews(db, networkId, newsId);
    throw staleWrite(current ? presentNews(current) : null);
  }
  return getPublishing(deps, actor, networkId);
}

export async function removeNews(deps: Deps, actor: Actor, networkId: string, newsId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const row = await findNews(db, networkId, newsId);
  if (!row) throw notFound();
  await db.transaction().execute(async (tx) => {
    await deleteNews(tx, row.id);
    await audit(tx, actor, networkId, "news.deleted", row.title);
  });
  return getPublishing(deps, actor, networkId);
}

/** The network's own good practices (drafts too) and those other networks on the instance have published. */
export async function listPractices(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const [own, shared] = await Promise.all([listPracticesOfNetwork(db, networkId, role === "observer"), listPublishedPractices(db)]);
  return {
    own: own.map((p) => presentPractice(p, actor, role)),
    shared: shared.filter((p) => p.network_id !== networkId).map((p) => presentPractice(p, null, null)),
  };
}

/** Writes down a good practice (members and coordinators); it stays inside the network until a coordinator publishes it. */
export async function createPractice(deps: Deps, actor: Actor, networkId: string, input: PracticeFields) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  await insertPractice(db, networkId, input, actor.userId);
  return listPractices(deps, actor, networkId);
}

/**
 * Edits a good practice (its author or a coordinator); only coordinators
 * publish or unpublish. A published practice shows on the network's public
 * page (when chosen) and on the instance's shared list.
 */
export async function updatePractice(
  deps: Deps,
  actor: Actor,
  networkId: string,
  practiceId: string,
  input: PracticeFields & { published: boolean; version: number },
) {
  const { db } = deps.storage;
  const { role, row } = await changeableOr404(db, actor, networkId, () => findPractice(db, networkId, practiceId));
  // A stale edit is a conflict to merge even when someone has (un)published it meanwhile.
  if (input.version !== row.version) throw staleWrite(presentPractice(row, actor, role));
  const wasPublished = row.published_at !== null;
  if (input.published !== wasPublished && role !== "coordinator") throw forbidden();
  const publishedAt = input.published ? (row.published_at ?? new Date().toISOString()) : null;
  const saved = await db.transaction().execute(async (tx) => {
    const ok = await updatePracticeIfVersion(tx, row.id, input.version, { ...input, publishedAt });
    if (ok && input.published !== wasPublished)
      await audit(tx, actor, networkId, input.published ? "practice.published" : "practice.unpublished", input.title);
    return ok;
  });
  if (!saved) {
    const current = await findPractice(db, networkId, practiceId);
    throw staleWrite(current ? presentPractice(current, actor, role) : null);
  }
  return listPractices(deps, actor, networkId);
}

export async function removePractice(deps: Deps, actor: Actor, networkId: string, practiceId: string) {
  const { db } = deps.storage;
  const { row } = await changeableOr404(db, actor, networkId, () => findPractice(db, networkId, practiceId));
  await db.transaction().execute(async (tx) => {
    await deletePractice(tx, row.id);
    await audit(tx, actor, networkId, "practice.deleted", row.title);
  });
  return listPractices(deps, actor, networkId);
}

/**
 * What a network has made public, for its public page: null when there is no
 * page or it is off. Only the chosen parts are read. Nothing here names a
 * person: goals and indicators, aggregates shown from the minimum group size
 * up, the approved agreement, the map as groups, and what practices' authors
 * wrote for the public.
 */
export async function publicPage(deps: Deps, slug: string, now = new Date()) {
  const { db } = deps.storage;
  const pub = await findPublicationBySlug(db, slug);
  if (!pub?.enabled) return null;
  const networkId = pub.network_id;
  const cycle = await findCurrentCycle(db, networkId);
  const goals = cycle && (pub.show_goals === 1 || pub.show_results === 1) ? await listGoals(db, networkId, cycle.id) : [];
  const computed = cycle && pub.show_results === 1 ? await computedFigures(deps, networkId, cycle, now) : null;
  const indicators = computed
    ? await indicatorsOf(
        deps,
        networkId,
        goals.map((g) => g.id),
        computed.figures,
      )
    : [];
  const agreement = pub.show_agreement === 1 ? await latestApprovedVersion(db, networkId) : undefined;
  const map = cycle && pub.show_map === 1 ? ((await surveySummaryOfCycle(deps, networkId, cycle.id, true, now))?.map ?? null) : null;
  const [practices, news] = await Promise.all([
    pub.show_practices === 1 ? listPracticesOfNetwork(db, networkId, true) : Promise.resolve([]),
    listNews(db, networkId, true),
  ]);
  return {
    slug: pub.slug,
    networkName: pub.network_name,
    purpose: pub.network_purpose,
    intro: pub.intro,
    updatedAt: [pub.updated_at, ...news.map((n) => n.updated_at)].sort().at(-1) as string,
    cycle: cycle ? { name: cycle.name, phase: cycle.phase } : null,
    goals:
      pub.show_goals === 1 || pub.show_results === 1
        ? goals.map((g) => ({
            id: g.id,
            title: g.title,
            goalType: g.goal_type,
            description: pub.show_goals === 1 ? g.description : "",
            indicators: indicators
              .filter((i) => i.goalId === g.id)
              .map((i) => ({
                name: i.name,
                kind: i.kind,
                unit: i.unit,
                baseline: i.baseline,
                target: i.target,
                direction: i.direction,
                question: i.question,
                source: i.source,
                latest:
                  i.latest ??
                  (i.currentComputed === null ? null : { value: i.currentComputed, text: "", measuredOn: now.toISOString().slice(0, 10) }),
                progress: i.progress,
                trend: i.trend,
              })),
          }))
        : [],
    showResults: pub.show_results === 1,
    figures: computed
      ? COMPUTED_SOURCES.filter((key) => key !== "contacts_fresh").map((key) => ({ key, value: computed.figures[key] }))
      : [],
    agreement: agreement
      ? {
          number: agreement.number,
          approvedAt: agreement.approved_at,
          sections: JSON.parse(agreement.snapshot) as { question: number | null; title: string; body: string }[],
        }
      : null,
    map,
    practices: practices.map((p) => ({
      id: p.id,
      title: p.title,
      whatWorked: p.what_worked,
      context: p.context,
      contact: p.contact,
      publishedAt: p.published_at,
    })),
    news: news.map((n) => ({ id: n.id, title: n.title, body: n.body, publishedAt: n.published_at as string, updatedAt: n.updated_at })),
  };
}

export type PublicPage = NonNullable<Awaited<ReturnType<typeof publicPage>>>;

/** Every published good practice on the instance, for the shared public list. */
export async function publicPractices(deps: Deps) {
  return (await listPublishedPractices(deps.storage.db)).map((p) => presentPractice(p, null, null));
}

/** The address of the network's public page while it is published, else null. */
export async function publicPagePath(deps: Deps, networkId: string) {
  const publication = await findPublication(deps.storage.db, networkId);
  return publication?.enabled === 1 ? `/p/${publication.slug}` : null;
}
