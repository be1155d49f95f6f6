import { describe, expect, it } from "vitest";
import { answerVisibility, sees, structureFor } from "./surveyVisibility.ts";

describe("who sees what of a survey answer", () => {
  it("shows coordinators individual ties only in rounds that said so", () => {
    expect(sees("coordinator", "individual_ties", "individual")).toBe(true);
    expect(sees("coordinator", "individual_ties", "groups")).toBe(false);
    expect(sees("coordinator", "group_structure", "groups")).toBe(true);
  });

  it("gives members only the ties around themselves, and only in rounds that show individual ties", () => {
    expect(answerVisibility("individual").member).toEqual(["closed_figures", "ego_ties"]);
    expect(answerVisibility("groups").member).toEqual(["closed_figures"]);
    expect(sees("member", "individual_ties", "individual")).toBe(false);
  });

  it("gives the public no ties and nobody but coordinators free texts, whatever the round", () => {
    for (const ties of ["individual", "groups"] as const) {
      const v = answerVisibility(ties);
      expect(v.public).toEqual(["published_figures"]);
      expect(v.respondent).toEqual(["own_answers"]);
      expect(sees("member", "free_texts", ties)).toBe(false);
    }
  });
});

describe("the structure a coordinator may see", () => {
  const a = {
    nodes: [{ id: "p1" }, { id: "p2" }],
    edges: [{ source: "p1", target: "p2" }],
    organisations: [
      { name: "Kuopion kaupunki", nodes: 4 },
      { name: "Pieni yhdistys", nodes: 1 },
    ],
    communities: [
      { id: 0, size: 5 },
      { id: 1, size: 2 },
    ],
  };

  it("is the whole structure under individual ties", () => {
    const withGraph = { ...a, graph: { density: 0.5 } };
    expect(structureFor(withGraph, "individual", 3)).toEqual(a);
  });

  it("has no person or tie and no group smaller than the minimum under group structure", () => {
    expect(structureFor(a, "groups", 3)).toEqual({
      nodes: [],
      edges: [],
      organisations: [{ name: "Kuopion kaupunki", nodes: 4 }],
      communities: [{ id: 0, size: 5 }],
    });
  });
});
