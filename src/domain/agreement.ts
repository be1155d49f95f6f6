import { diffWordsWithSpace } from "diff";

/** The agreement (pelisäännöt) has one section per question of the framework, numbered 1–15 as in DOMAIN.md. */
export const AGREEMENT_QUESTIONS = Array.from({ length: 15 }, (_, i) => i + 1);

/** The four typical goals of network work. */
export const GOAL_TYPES = ["client_service", "smooth_work", "phenomenon", "vision"] as const;
export type GoalType = (typeof GOAL_TYPES)[number];

/** How a decision was made (agreement question 6). */
export const DECISION_RULES = ["consensus", "consent", "vote", "coordinator", "steering_group", "other"] as const;
export type DecisionRule = (typeof DECISION_RULES)[number];

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** What changed between two texts, word by word, for showing a section's history. */
export function textDiff(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

export interface ApprovalState {
  accepted: string[];
  changesRequested: string[];
  pending: string[];
  /** True once every organisation that has a representative in the network has accepted. */
  approved: boolean;
}

/**
 * Where a proposed version stands: each member organisation (one with at
 * least one representative) accepts or asks for changes; the version is
 * approved only when all of them have accepted.
 */
export function approvalState(
  organisations: string[],
  decisions: { organisationId: string; decision: "accepted" | "changes_requested" }[],
): ApprovalState {
  const byOrg = new Map(decisions.map((d) => [d.organisationId, d.decision]));
  const accepted = organisations.filter((o) => byOrg.get(o) === "accepted");
  const changesRequested = organisations.filter((o) => byOrg.get(o) === "changes_requested");
  const pending = organisations.filter((o) => !byOrg.has(o));
  return { accepted, changesRequested, pending, approved: organisations.length > 0 && accepted.length === organisations.length };
}

export interface MarkdownInput {
  networkName: string;
  versionNumber: number;
  date: string;
  heading: string;
  versionLabel: string;
  approversLabel: string;
  approvers: string[];
  sections: { heading: string; body: string }[];
}

/** The approved agreement as a Markdown document: title, version, date, approvers, then one section per heading. */
export function agreementMarkdown(input: MarkdownInput): string {
  const lines = [`# ${input.heading}: ${input.networkName}`, "", `${input.versionLabel} ${input.versionNumber}, ${input.date}`, ""];
  if (input.approvers.length > 0) lines.push(`${input.approversLabel}: ${input.approvers.join(", ")}`, "");
  for (const s of input.sections) lines.push(`## ${s.heading}`, "", s.body.trim(), "");
  return `${lines.join("\n").trimEnd()}\n`;
}

/** A section as a version freezes it: empty sections are left out of a proposal. */
export interface FrozenSection {
  question: number | null;
  title: string;
  body: string;
}

/** The sections as a proposal made now would freeze them. */
export const frozenSections = (sections: FrozenSection[]): FrozenSection[] =>
  sections.filter((s) => s.body.trim() !== "").map((s) => ({ question: s.question, title: s.title, body: s.body }));

/**
 * Whether the text has changed since a version was frozen: a section written, edited, emptied or added.
 * Saving the same words again is no change, so an edit undone leaves the version current.
 */
export function changedSince(version: FrozenSection[], sections: FrozenSection[]): boolean {
  const now = frozenSections(sections);
  if (now.length !== version.length) return true;
  return now.some((s, i) => {
    const v = version[i];
    return !v || v.question !== s.question || v.title !== s.title || v.body !== s.body;
  });
}

/**
 * The version whose approvals count at a moment: the newest one approved by then (the version in force);
 * while none is, the newest one proposed by then, so that a first agreement's approval can be followed.
 */
export function versionInForce<V extends { status: string; proposed_at: string; approved_at: string | null }>(
  versions: V[],
  at: string,
): V | undefined {
  const newestFirst = [...versions].sort((a, b) => b.proposed_at.localeCompare(a.proposed_at));
  return (
    newestFirst.find((v) => v.status === "approved" && v.approved_at !== null && v.approved_at <= at) ??
    newestFirst.find((v) => v.proposed_at <= at)
  );
}
