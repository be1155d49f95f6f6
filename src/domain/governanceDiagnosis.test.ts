import { describe, expect, it } from "vitest";
import { consensusLevel, diagnoseGovernance, meanSpread, trustLevel, validateDiagnosisAnswers } from "./governanceDiagnosis.ts";

const none = { interdependence: 0, external: 0, coordinationWork: 0, skills: 0 } as const;

describe("governance diagnosis (Provan & Kenis 2008), hand-computed", () => {
  it("fits shared governance to a few trusting organisations that agree and need little of their own", () => {
    const r = diagnoseGovernance({
      survey: { averageTrust: 4.2, density: 0.4 },
      organisations: 6,
      approvalShare: 1,
      evaluationSpread: 0.6,
      competencies: none,
      current: "nao",
    });
    expect(r.levels).toEqual({ trust: "high", participants: "few", consensus: "high", competencies: "low" });
    // shared 2+2+2+2; lead 0+1+0+1; nao 1+0+1+0.
    expect(r.scores).toEqual({ shared: 8, lead: 2, nao: 2 });
    expect(r).toMatchObject({ fits: "shared", close: false });
    expect(r.reasons.at(-1)).toEqual({
      key: "diagnosis.governanceModes.compare.other",
      params: { mode: "shared", current: "nao", score: 8, currentScore: 2 },
    });
  });

  it("fits a network administrative organisation to many organisations with moderate trust and much to coordinate", () => {
    const r = diagnoseGovernance({
      survey: { averageTrust: 3.6, density: 0.1 },
      organisations: 30,
      approvalShare: 0.7,
      evaluationSpread: 1,
      competencies: { interdependence: 2, external: 2, coordinationWork: 1, skills: 2 },
      current: "nao",
    });
    expect(r.levels).toEqual({ trust: "moderate", participants: "many", consensus: "moderate", competencies: "high" });
    expect(r.scores).toEqual({ shared: 2, lead: 3, nao: 8 });
    expect(r.fits).toBe("nao");
    expect(r.reasons.at(-1)).toEqual({ key: "diagnosis.governanceModes.compare.same", params: { mode: "nao" } });
  });

  it("fits a lead organisation where trust is thin and goals are disputed", () => {
    const r = diagnoseGovernance({
      survey: { averageTrust: 3, density: 0.2 },
      organisations: 12,
      approvalShare: 0.4,
      evaluationSpread: null,
      competencies: { interdependence: 1, external: 1, coordinationWork: 1, skills: 0 },
      current: null,
    });
    expect(r.levels).toEqual({ trust: "low", participants: "moderate", consensus: "low", competencies: "moderate" });
    expect(r.scores).toEqual({ shared: 0, lead: 8, nao: 3 });
    expect(r.fits).toBe("lead");
    // No comparison without today's mode.
    expect(r.reasons.map((m) => m.key).filter((k) => k.includes("compare"))).toEqual([]);
  });

  it("says which conditions are unknown and judges by the rest; ties are close", () => {
    const r = diagnoseGovernance({
      survey: null,
      organisations: 9,
      approvalShare: null,
      evaluationSpread: null,
      competencies: none,
      current: "lead",
    });
    expect(r.levels).toMatchObject({ trust: null, consensus: null, participants: "moderate", competencies: "low" });
    // moderate size: lead 2, nao 1; low competencies: shared 2, lead 1.
    expect(r.scores).toEqual({ shared: 2, lead: 3, nao: 1 });
    expect(r).toMatchObject({ fits: "lead", close: true });
    expect(r.reasons.slice(0, 1)).toEqual([{ key: "diagnosis.governanceModes.unknown.trust" }]);
  });

  it("keeps today's mode first when the conditions tie", () => {
    const input = {
      survey: { averageTrust: 3.75, density: 0.12 },
      organisations: 12,
      approvalShare: 1,
      evaluationSpread: 0.59,
      competencies: { interdependence: 1, external: 2, coordinationWork: 1, skills: 1 },
    } as const;
    // trust moderate (nao 2, shared 1, lead 1), 12 organisations (lead 2, nao 1), consensus high (shared 2, nao 1), competencies moderate (lead 2, nao 1).
    expect(diagnoseGovernance({ ...input, current: null }).scores).toEqual({ shared: 3, lead: 5, nao: 5 });
    expect(diagnoseGovernance({ ...input, current: "nao" }).fits).toBe("nao");
    expect(diagnoseGovernance({ ...input, current: "lead" }).fits).toBe("lead");
    expect(diagnoseGovernance({ ...input, current: "nao" }).close).toBe(true);
  });

  it("takes the lower of the two consensus signals, and needs a survey mean for trust", () => {
    expect(consensusLevel(0.9, 1.3)).toBe("low");
    expect(consensusLevel(0.5, null)).toBe("moderate");
    expect(consensusLevel(null, 0.8)).toBe("high");
    expect(consensusLevel(null, null)).toBeNull();
    expect(trustLevel({ averageTrust: null, density: 0.5 })).toBeNull();
    expect(trustLevel({ averageTrust: 4, density: 0.25 })).toBe("high");
    expect(trustLevel({ averageTrust: 4.5, density: 0.07 })).toBe("low");
  });

  it("names each answer it cannot take", () => {
    expect(validateDiagnosisAnswers({ competencies: { ...none, skills: 3 }, current: "king" })).toEqual({
      ok: false,
      fields: {
        "competencies.skills": { key: "diagnosis.governanceModes.errors.answer" },
        current: { key: "diagnosis.governanceModes.errors.current" },
      },
    });
    expect(validateDiagnosisAnswers({ competencies: none })).toEqual({ ok: true, competencies: none, current: null });
  });
});

describe("meanSpread", () => {
  it("averages the goals' standard deviations, leaving out goals rated by fewer than two", () => {
    // Ratings 2 and 4: SD 1. Ratings 3, 3, 3: SD 0. One rating: left out.
    const spread = meanSpread([
      { counts: [0, 1, 0, 1, 0], mean: 3, n: 2 },
      { counts: [0, 0, 3, 0, 0], mean: 3, n: 3 },
      { counts: [1, 0, 0, 0, 0], mean: 1, n: 1 },
    ]);
    expect(spread).toBe(0.5);
    expect(meanSpread([])).toBeNull();
  });
});
