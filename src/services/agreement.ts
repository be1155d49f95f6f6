import { AGREEMENT_QUESTIONS, agreementMarkdown, approvalState, changedSince, frozenSections, textDiff } from "../domain/agreement.ts";
import { formatDateOf } from "../domain/format.ts";
import type { Locale } from "../domain/locale.ts";
import { translator } from "../i18n/index.ts";
import type { DbOrTx } from "../storage/db.ts";
import {
  deleteSection,
  ensureQuestionSections,
  findSection,
  findVersion,
  insertComment,
  insertFreeSection,
  insertVersion,
  latestVersion,
  listApprovals,
  listComments,
  listRevisions,
  listSections,
  listVersions,
  markApproved,
  representedOrganisations,
  updateSectionIfVersion,
  upsertApproval,
} from "../storage/repos/agreement.ts";
import { findCurrentCycle } from "../storage/repos/cycles.ts";
import { findMembership } from "../storage/repos/memberships.ts";
import { findNetwork } from "../storage/repos/networks.ts";
import { isRepresentative, listOrganisations } from "../storage/repos/organisations.ts";
import { requireRole } from "./access.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError, invalid, notFound, staleWrite } from "./errors.ts";
import { announce } from "./webhooks.ts";

interface SnapshotSection {
  question: number | null;
  title: string;
  body: string;
}

const presentSection = (s: Awaited<ReturnType<typeof listSections>>[number] | NonNullable<Awaited<ReturnType<typeof findSection>>>) => ({
  id: s.id,
  question: s.question,
  title: s.title,
  body: s.body,
  version: s.version,
  updatedAt: s.updated_at,
  updatedByName: s.updated_by_name,
  commentCount: "comment_count" in s ? Number(s.comment_count ?? 0) : 0,
});

async function versionView(
  deps: Deps,
  networkId: string,
  version: NonNullable<Awaited<ReturnType<typeof latestVersion>>>,
  actorOrganisationId: string | null,
  /** The draft as it is now, where the viewer may see it: the newest version says whether it has changed since. */
  draft: SnapshotSection[] | null,
) {
  const { db } = deps.storage;
  const [organisations, approvals] = await Promise.all([representedOrganisations(db, networkId), listApprovals(db, version.id)]);
  const sections = JSON.parse(version.snapshot) as SnapshotSection[];
  const state = approvalState(
    organisations.map((o) => o.id),
    approvals.map((a) => ({ organisationId: a.organisation_id, decision: a.decision })),
  );
  return {
    id: version.id,
    number: version.number,
    status: version.status,
    proposedAt: version.proposed_at,
    approvedAt: version.approved_at,
    sections,
    changedSinceProposal: draft !== null && version.status !== "superseded" && changedSince(sections, draft),
    organisations: organisations.map((o) => {
      const a = approvals.find((x) => x.organisation_id === o.id);
      return {
        id: o.id,
        name: o.name,
        decision: a?.decision ?? null,
        comment: a?.comment ?? "",
        decidedByName: a?.decided_by_name ?? null,
        decidedAt: a?.decided_at ?? null,
      };
    }),
    approved: state.approved,
    canDecide: version.status === "proposed" && actorOrganisationId !== null && organisations.some((o) => o.id === actorOrganisationId),
  };
}

/** The agreement: its sections (the 15 questions first, then free ones) and the latest proposed or approved version. */
export async function getAgreement(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  await ensureQuestionSections(db, networkId, AGREEMENT_QUESTIONS);
  const [sections, latest, membership, versions] = await Promise.all([
    listSections(db, networkId),
    latestVersion(db, networkId),
    findMembership(db, networkId, actor.userId),
    listVersions(db, networkId),
  ]);
  const organisationId = role === "observer" ? null : await representedBy(db, membership);
  const organisations = await listOrganisations(db, networkId);
  const draft = role === "observer" ? null : sections;
  const latestView = latest ? await versionView(deps, networkId, latest, organisationId, draft) : null;
  const own = role === "observer" ? undefined : organisations.find((o) => o.id === membership?.organisation_id);
  const ownDecision = own ? latestView?.organisations.find((o) => o.id === own.id) : undefined;
  return {
    // Observers read only what was approved, not the draft (DOMAIN: they see what the network publishes to them).
    sections: role === "observer" ? [] : sections.map(presentSection),
    latest: latestView,
    versions: versions.map((v) => ({ id: v.id, number: v.number, status: v.status, proposedAt: v.proposed_at, approvedAt: v.approved_at })),
    canPropose: role === "coordinator",
    /** The organisation the actor speaks for, if any: only representatives approve for their organisation. */
    representing: organisations.find((o) => o.id === organisationId)?.name ?? null,
    /** The actor's own organisation and its decision on the newest version, so that a member who does not speak for it sees what was decided. */
    myOrganisation: own
      ? {
          id: own.id,
          name: own.name,
          decision: ownDecision?.decision ?? null,
          decidedByName: ownDecision?.decidedByName ?? null,
          decidedAt: ownDecision?.decidedAt ?? null,
        }
      : null,
    unrepresented: organisations.filter((o) => Number(o.representative_count ?? 0) === 0).map((o) => ({ id: o.id, name: o.name })),
  };
}

/** The organisation this membership speaks for: its own, when it is one of the representatives the organisation named. */
async function representedBy(db: DbOrTx, membership: { id: string; organisation_id: string | null } | undefined) {
  if (!membership?.organisation_id) return null;
  return (await isRepresentative(db, membership.organisation_id, membership.id)) ? membership.organisation_id : null;
}

/**
 * Saves a section. The save names the version it was based on; if someone
 * saved in between, the answer is 409 with the stored text so the person can
 * merge the two, and nothing is lost.
 */
export async function saveSection(
  deps: Deps,
  actor: Actor,
  networkId: string,
  sectionId: string,
  input: { version: number; title: string; body: string },
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  const section = await findSection(db, networkId, sectionId);
  if (!section) throw notFound();
  if (!input.body.trim()) throw invalid({ body: { key: "validation.section_empty" } });
  if (section.question === null && !input.title.trim()) throw invalid({ title: { key: "validation.required" } });
  const title = section.question === null ? input.title.trim() : "";
  await db.transaction().execute(async (tx) => {
    if (!(await updateSectionIfVersion(tx, sectionId, input.version, { title, body: input.body, userId: actor.userId }))) {
      const current = await findSection(tx, networkId, sectionId);
      throw staleWrite(current ? presentSection(current) : null);
    }
  });
  const saved = await findSection(db, networkId, sectionId);
  if (!saved) throw notFound();
  return presentSection(saved);
}

export async function addSection(deps: Deps, actor: Actor, networkId: string, input: { title: string; body: string }) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  if (!input.body.trim()) throw invalid({ body: { key: "validation.section_empty" } });
  const id = await db.transaction().execute((tx) => insertFreeSection(tx, networkId, { ...input, userId: actor.userId }));
  const saved = await findSection(db, networkId, id);
  if (!saved) throw notFound();
  return presentSection(saved);
}

/** Removes a free section (coordinators); the framework's 15 questions always stay. */
export async function removeSection(deps: Deps, actor: Actor, networkId: string, sectionId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const section = await findSection(db, networkId, sectionId);
  if (!section) throw notFound();
  if (section.question !== null) throw new AppError(409, "question_section", "errors.question_section");
  await deleteSection(db, sectionId);
}

/** A section's history: every saved text, newest first, each with what changed from the one before. */
export async function sectionHistory(deps: Deps, actor: Actor, networkId: string, sectionId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  if (!(await findSection(db, networkId, sectionId))) throw notFound();
  const [revisions, comments] = await Promise.all([listRevisions(db, sectionId), listComments(db, sectionId)]);
  return {
    revisions: revisions.map((r, i) => ({
      version: r.version,
      title: r.title,
      body: r.body,
      authorName: r.author_name,
      createdAt: r.created_at,
      diff: textDiff(revisions[i + 1]?.body ?? "", r.body),
    })),
    comments: comments.map((c) => ({ id: c.id, body: c.body, authorName: c.author_name, createdAt: c.created_at })),
  };
}

export async function commentSection(deps: Deps, actor: Actor, networkId: string, sectionId: string, body: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "member");
  if (!(await findSection(db, networkId, sectionId))) throw notFound();
  await insertComment(db, sectionId, actor.userId, body);
  return sectionHistory(deps, actor, networkId, sectionId);
}

/** Tells the network's webhooks of a proposed or approved version; the title is its number, in any language. */
async function announceVersion(tx: DbOrTx, networkId: string, versionId: string, kind: "agreement.proposed" | "agreement.approved") {
  const version = await findVersion(tx, networkId, versionId);
  if (!version) return;
  await announce(tx, { networkId, kind, title: `v${version.number}`, path: `/networks/${networkId}/agreement/versions/${versionId}` });
}

/** The coordinator proposes the current text for approval; it is frozen as a numbered version. */
export async function proposeAgreement(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  const sections = await listSections(db, networkId);
  const snapshot: SnapshotSection[] = frozenSections(sections);
  if (snapshot.length === 0) throw invalid({ sections: { key: "validation.agreement_empty" } });
  const cycle = await findCurrentCycle(db, networkId);
  await db.transaction().execute(async (tx) => {
    const id = await insertVersion(tx, { networkId, cycleId: cycle?.id ?? null, snapshot: JSON.stringify(snapshot), userId: actor.userId });
    await announceVersion(tx, networkId, id, "agreement.proposed");
  });
  return getAgreement(deps, actor, networkId);
}

/**
 * A representative the organisation named accepts the proposed version on
 * its behalf, or asks for changes; the approval records who decided. When every represented organisation has
 * accepted, the version becomes the approved agreement.
 */
export async function decideOnVersion(
  deps: Deps,
  actor: Actor,
  networkId: string,
  versionId: string,
  input: { decision: "accepted" | "changes_requested"; comment: string },
) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const version = await findVersion(db, networkId, versionId);
  if (!version) throw notFound();
  if (version.status !== "proposed") throw new AppError(409, "version_closed", "errors.version_closed");
  const membership = await findMembership(db, networkId, actor.userId);
  const organisationId = role === "observer" ? null : await representedBy(db, membership);
  if (!organisationId) throw new AppError(403, "not_representative", "errors.not_representative");
  if (input.decision === "changes_requested" && !input.comment.trim())
    throw invalid({ comment: { key: "validation.changes_need_comment" } });
  await db.transaction().execute(async (tx) => {
    await upsertApproval(tx, { versionId, organisationId, decision: input.decision, comment: input.comment, userId: actor.userId });
    const organisations = await representedOrganisations(tx, networkId);
    const approvals = await listApprovals(tx, versionId);
    const state = approvalState(
      organisations.map((o) => o.id),
      approvals.map((a) => ({ organisationId: a.organisation_id, decision: a.decision })),
    );
    if (state.approved) {
      await markApproved(tx, networkId, versionId);
      await announceVersion(tx, networkId, versionId, "agreement.approved");
    }
  });
  return getAgreement(deps, actor, networkId);
}

/** One version with its approvals, for the printable view. Observers see approved versions only. */
export async function getVersion(deps: Deps, actor: Actor, networkId: string, versionId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  const version = await findVersion(db, networkId, versionId);
  if (!version || (role === "observer" && version.status !== "approved")) throw notFound();
  const [membership, network, draft] = await Promise.all([
    findMembership(db, networkId, actor.userId),
    findNetwork(db, networkId),
    role === "observer" ? null : listSections(db, networkId),
  ]);
  return { networkName: network?.name ?? "", ...(await versionView(deps, networkId, version, await representedBy(db, membership), draft)) };
}

/** A version as Markdown, headed by the network, version number, date and approving organisations. */
export async function versionMarkdown(deps: Deps, actor: Actor, networkId: string, versionId: string, locale: Locale) {
  const v = await getVersion(deps, actor, networkId, versionId);
  const t = translator(locale);
  const date = formatDateOf(locale, v.approvedAt ?? v.proposedAt);
  return agreementMarkdown({
    networkName: v.networkName,
    versionNumber: v.number,
    date,
    heading: t("agreement.title"),
    versionLabel: t("agreement.version"),
    approversLabel: t("agreement.approvers"),
    approvers: v.organisations.filter((o) => o.decision === "accepted").map((o) => o.name),
    sections: v.sections.map((s) => ({
      heading: s.question ? `${s.question}. ${t(`agreement.question.${s.question}`)}` : s.title,
      body: s.body,
    })),
  });
}
