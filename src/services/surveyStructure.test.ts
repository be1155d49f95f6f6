import { describe, expect, it } from "vitest";
import { ANALYSIS_VERSION, type StoredAnalysis, upToDate } from "./surveyStructure.ts";

/** A stored analysis as version 1 wrote it: a → v → c with v in another organisation, before constraint, brokers by rule and E-I. */
function versionOne(): StoredAnalysis {
  const received = { goodwill: null, competence: null, vulnerability: null, consistency: null, commitment: null, raters: 0 };
  const node = (id: string, org: string, betweenness: number) => ({
    id,
    label: id.toUpperCase(),
    organisationId: org,
    organisationName: `Org ${org}`,
    kind: org === "x" ? "municipality" : "ngo",
    responded: true,
    received,
    inDegree: 1,
    outDegree: 1,
    degree: 2,
    inStrength: 1,
    outStrength: 1,
    strength: 2,
    degreeCentrality: 1,
    betweenness,
    closeness: 1,
    eigenvector: null,
    pagerank: 1 / 3,
    community: 0,
    isolate: false,
    // Version 1's broker: any tie into another community.
    broker: true,
    crossCommunityTies: 1,
  });
  const tie = (source: string, target: string) => ({ ...received, source, target, knowing: 2, frequency: 1 });
  const stored = {
    respondents: 3,
    graph: {
      directed: true,
      nodeCount: 3,
      edgeCount: 2,
      density: 1 / 3,
      reciprocity: 0,
      degreeCentralization: 1,
      betweennessCentralization: 1,
      communityCount: 1,
      modularity: 0,
      isolateCount: 0,
      brokerCount: 3,
    },
    nodes: [node("a", "x", 0), node("v", "y", 0.5), node("c", "x", 0)],
    edges: [tie("a", "v"), tie("v", "c")],
    organisations: [],
    communities: [{ id: 0, size: 3, organisations: ["Org x"] }],
    tiesBetweenLargest: 0,
  };
  return stored as unknown as StoredAnalysis;
}

describe("a stored analysis of an older version", () => {
  it("gains the new figures from its own ties while all its nodes are there, keeping what it knew", async () => {
    const fresh = await upToDate("person", versionOne());
    expect(fresh.version).toBe(ANALYSIS_VERSION);
    expect(fresh.graph).toMatchObject({ nodeCount: 3, density: 1 / 3, brokerCount: 1, eiIndex: 1, maxCoreNumber: 1 });
    const v = fresh.nodes.find((n) => n.id === "v");
    expect(v).toMatchObject({ label: "V", organisationName: "Org y", constraint: 0.5, broker: true });
    expect(v?.brokerage?.itinerant).toBe(1);
    expect(fresh.nodes.find((n) => n.id === "a")?.broker).toBe(false);
    expect(fresh.homophily.map((h) => [h.by, h.network.index])).toEqual([
      ["organisation", 1],
      ["kind", 1],
      ["community", -1],
    ]);
    // Brought up to date once: a second look changes nothing.
    expect(await upToDate("person", fresh)).toBe(fresh);
  });

  it("leaves the new figures unknown once someone's node has left, rather than describe another network", async () => {
    const partial = versionOne();
    partial.nodes = partial.nodes.filter((n) => n.id !== "c");
    partial.edges = partial.edges.filter((e) => e.target !== "c");
    const fresh = await upToDate("person", partial);
    expect(fresh.graph).toMatchObject({ nodeCount: 3, density: 1 / 3, brokerCount: null, averageClustering: null, eiIndex: null });
    expect(fresh.nodes.every((n) => n.constraint === null && n.coreNumber === null && !n.broker)).toBe(true);
    expect(fresh.homophily).toEqual([]);
  });
});
