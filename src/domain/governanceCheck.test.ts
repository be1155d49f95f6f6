import { describe, expect, it } from "vitest";
import {
  GOVERNANCE_MAX_SCORE,
  GOVERNANCE_QUESTIONS,
  GOVERNANCE_TEXT_KEYS,
  type GovernanceAnswers,
  governanceCheck,
  validateGovernanceAnswers,
} from "./governanceCheck.ts";

const networkGoal: GovernanceAnswers = {
  novelty: "new",
  complexity: "complex",
  information: "deep",
  division: "flexible",
  commitments: "flexible",
};

describe("governanceCheck", () => {
  it("recommends a network for new, complex work with flexible roles and commitments", () => {
    // network 2+2+2+2+2; hierarchy 0+2+2+0+0; market 0.
    const r = governanceCheck(networkGoal);
    expect(r.scores).toEqual({ network: 10, hierarchy: 4, market: 0 });
    expect(r.recommendation).toBe("network");
    expect(r.close).toBe(false);
    expect(r.reasons).toEqual([
      { key: "governance.summary.network", params: { score: 10, max: GOVERNANCE_MAX_SCORE } },
      { key: "governance.reason.novelty.new" },
      { key: "governance.reason.complexity.complex" },
      { key: "governance.reason.information.deep" },
      { key: "governance.reason.division.flexible" },
      { key: "governance.reason.commitments.flexible" },
    ]);
  });

  it.each([
    // hierarchy 2+2+2+2+2; market 2+0+0+2+2; network 0+2+2+0+0.
    [
      "hierarchy",
      "a complex routine with clear roles and contracts",
      { novelty: "routine", complexity: "complex", information: "deep", division: "clear", commitments: "contracts" },
      { network: 4, hierarchy: 10, market: 6 },
    ],
    // market 2+2+2+2+2; hierarchy 2+0+0+2+2; network 0.
    [
      "market",
      "a simple routine with light information exchange",
      { novelty: "routine", complexity: "simple", information: "light", division: "clear", commitments: "contracts" },
      { network: 0, hierarchy: 6, market: 10 },
    ],
  ] as const)("recommends a %s for %s", (form, _work, answers, scores) => {
    const r = governanceCheck(answers);
    expect(r.scores).toEqual(scores);
    expect(r.recommendation).toBe(form);
    expect(r.reasons[0]).toEqual({ key: `governance.summary.${form}`, params: { score: 10, max: 10 } });
  });

  it("flags a close call when the top two are within one point", () => {
    // network 2+1+2+1+1 = 7; hierarchy 1+1+2+1+1 = 6; market 0+1+0+1+1 = 3.
    const r = governanceCheck({ novelty: "improve", complexity: "moderate", information: "deep", division: "mixed", commitments: "mixed" });
    expect(r.scores).toEqual({ network: 7, hierarchy: 6, market: 3 });
    expect(r.recommendation).toBe("network");
    expect(r.close).toBe(true);
  });

  it("breaks a tie towards the more flexible form and marks it close", () => {
    // network 2+2+2+0+1 = 7; hierarchy 0+2+2+2+1 = 7; market 0+0+0+2+1 = 3.
    const a = governanceCheck({ novelty: "new", complexity: "complex", information: "deep", division: "clear", commitments: "mixed" });
    expect(a.scores).toEqual({ network: 7, hierarchy: 7, market: 3 });
    expect(a.recommendation).toBe("network");
    expect(a.close).toBe(true);
    // network 0+1+1+1+1 = 4; hierarchy 2+1+1+1+1 = 6; market 2+1+1+1+1 = 6.
    const b = governanceCheck({
      novelty: "routine",
      complexity: "moderate",
      information: "moderate",
      division: "mixed",
      commitments: "mixed",
    });
    expect(b.scores).toEqual({ network: 4, hierarchy: 6, market: 6 });
    expect(b.recommendation).toBe("hierarchy");
    expect(b.close).toBe(true);
  });

  it("lets every form reach the same maximum", () => {
    const all = cartesian().map(governanceCheck);
    const best = (form: "network" | "hierarchy" | "market") => Math.max(...all.map((r) => r.scores[form]));
    expect([best("network"), best("hierarchy"), best("market")]).toEqual([
      GOVERNANCE_MAX_SCORE,
      GOVERNANCE_MAX_SCORE,
      GOVERNANCE_MAX_SCORE,
    ]);
  });

  it("refuses an answer that is not an option", () => {
    expect(() => governanceCheck({ ...networkGoal, novelty: "constructor" })).toThrow(RangeError);
  });

  it("names every key it can produce in GOVERNANCE_TEXT_KEYS", () => {
    const keys = new Set(GOVERNANCE_TEXT_KEYS);
    for (const a of cartesian()) for (const m of governanceCheck(a).reasons) expect(keys.has(m.key), m.key).toBe(true);
    expect(keys.size).toBe(GOVERNANCE_TEXT_KEYS.length);
  });
});

/** Every possible set of answers (3^5 = 243). */
function cartesian(): GovernanceAnswers[] {
  return GOVERNANCE_QUESTIONS.reduce<Record<string, string>[]>(
    (acc, q) => acc.flatMap((partial) => q.options.map((o) => ({ ...partial, [q.id]: o }))),
    [{}],
  ) as GovernanceAnswers[];
}

describe("validateGovernanceAnswers", () => {
  it("accepts a complete set of known options", () => {
    expect(validateGovernanceAnswers({ ...networkGoal, extra: "ignored" })).toEqual({ ok: true, answers: networkGoal });
  });

  it("reports missing and unknown answers per question", () => {
    expect(validateGovernanceAnswers({ novelty: "new", complexity: "huge", information: 3, division: "" })).toEqual({
      ok: false,
      fields: {
        complexity: { key: "validation.invalid" },
        information: { key: "validation.invalid" },
        division: { key: "validation.required" },
        commitments: { key: "validation.required" },
      },
    });
  });

  it("treats a non-object as all answers missing", () => {
    const r = validateGovernanceAnswers(null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fields)).toEqual(["novelty", "complexity", "information", "division", "commitments"]);
    expect(validateGovernanceAnswers(["new"]).ok).toBe(false);
  });
});
