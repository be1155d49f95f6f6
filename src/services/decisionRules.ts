import {
  DECISION_KINDS,
  DEFAULT_RULE,
  type DecisionKind,
  type DecisionMethod,
  type DecisionRuleSetting,
  type QualifiedShare,
} from "../domain/polls.ts";
import type { DbOrTx } from "../storage/db.ts";
import { listDecisionRules, saveDecisionRule } from "../storage/repos/polls.ts";
import { requireRole } from "./access.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { invalid } from "./errors.ts";

export interface StatedRule {
  decisionKind: DecisionKind;
  rule: DecisionRuleSetting;
  quorumPercent: number | null;
  /** False while the agreement states no rule for this kind and Solmu uses the default. */
  stated: boolean;
}

/** The rule the agreement states for a kind of decision, or the default. */
export async function ruleFor(db: DbOrTx, networkId: string, decisionKind: DecisionKind): Promise<StatedRule> {
  return (await rulesOf(db, networkId)).find((r) => r.decisionKind === decisionKind) as StatedRule;
}

async function rulesOf(db: DbOrTx, networkId: string): Promise<StatedRule[]> {
  const rows = await listDecisionRules(db, networkId);
  return DECISION_KINDS.map((decisionKind) => {
    const row = rows.find((r) => r.decision_kind === decisionKind);
    if (!row) return { decisionKind, rule: DEFAULT_RULE, quorumPercent: null, stated: false };
    return {
      decisionKind,
      rule: { method: row.method as DecisionMethod, share: row.share as QualifiedShare | null },
      quorumPercent: row.quorum_percent,
      stated: true,
    };
  });
}

/** The agreement's decision rules, one per kind of decision (everyone in the network reads them). */
export async function decisionRules(deps: Deps, actor: Actor, networkId: string) {
  const { db } = deps.storage;
  const role = await requireRole(db, actor, networkId, "observer");
  return { items: await rulesOf(db, networkId), canEdit: role === "coordinator" };
}

/** Saves the rules beside the agreement's text on decision-making (coordinators); polls opened later follow them. */
export async function saveDecisionRules(
  deps: Deps,
  actor: Actor,
  networkId: string,
  items: Array<{ decisionKind: DecisionKind; method: DecisionMethod; share: QualifiedShare | null; quorumPercent: number | null }>,
) {
  const { db } = deps.storage;
  await requireRole(db, actor, networkId, "coordinator");
  items.forEach((r, i) => {
    if (r.method === "qualified_majority" && !r.share) throw invalid({ [`items.${i}.share`]: { key: "validation.required" } });
  });
  await db.transaction().execute(async (tx) => {
    for (const r of items) {
      const share = r.method === "qualified_majority" ? r.share : null;
      await saveDecisionRule(tx, networkId, r.decisionKind, { method: r.method, share, quorumPercent: r.quorumPercent }, actor.userId);
    }
    await audit(tx, actor, networkId, "decision_rules.saved", items.map((r) => `${r.decisionKind}: ${r.method}`).join(", "));
  });
  return decisionRules(deps, actor, networkId);
}
