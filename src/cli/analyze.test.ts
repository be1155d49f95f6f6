import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it, vi } from "vitest";
import { seededRandom } from "../domain/random.ts";
import { karateClubEdges } from "../domain/sna/fixtures.ts";
import type { Analysis } from "../domain/sna/index.ts";
import { AnalysisPool } from "../services/snaPool.ts";
import { analyzeCommand } from "./analyze.ts";
import { main } from "./main.ts";

/** Runs `run` with console output captured: stdout and stderr apart. */
async function capture(run: () => Promise<number>) {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...a) => void out.push(a.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...a) => void err.push(a.join(" ")));
  try {
    const code = await run();
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

describe("solmu analyze", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-analyze-"));
  const file = (name: string, text: string) => {
    const p = path.join(dir, name);
    fs.writeFileSync(p, text);
    return p;
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const karate = file("karate.csv", `source,target\n${karateClubEdges.map(([s, t]) => `${s},${t}`).join("\n")}\n`);
  const path3 = file("path.csv", "source;target;weight\r\na;b;2\r\nb;c;3\r\n");

  it("prints { graph, nodes } as JSON, with NetworkX's betweenness on the karate club", async () => {
    const r = await capture(() => analyzeCommand({ edges: karate, undirected: true }));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const result = JSON.parse(r.stdout) as Analysis;
    expect(result.graph).toMatchObject({ directed: false, nodeCount: 34, edgeCount: 78, isolateCount: 0 });
    expect(result.nodes).toHaveLength(34);
    const byId = new Map(result.nodes.map((n) => [n.id, n]));
    // nx.betweenness_centrality(nx.karate_club_graph())
    expect(byId.get("0")?.betweenness).toBeCloseTo(0.43763528138528146, 12);
    expect(byId.get("33")?.betweenness).toBeCloseTo(0.30407497594997596, 12);
    expect(byId.get("0")?.degree).toBe(16);
  });

  it("treats the edge list as directed by default and takes the weight column", async () => {
    const r = await capture(() => analyzeCommand({ edges: path3 }));
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Analysis;
    expect(result.graph.directed).toBe(true);
    const b = result.nodes.find((n) => n.id === "b");
    expect(b?.betweenness).toBe(0.5);
    expect(b).toMatchObject({ inDegree: 1, outDegree: 1, inStrength: 2, outStrength: 3 });
  });

  it("prints the node table, an empty line and the figure,value table as CSV", async () => {
    const r = await capture(() => main(["analyze", "--edges", path3, "--format", "csv"]));
    expect(r.code).toBe(0);
    const [nodeBlock, graphBlock, ...rest] = r.stdout.split("\n\n");
    expect(rest).toEqual([]);
    expect(nodeBlock?.split("\n")[0]).toBe(
      "id,inDegree,outDegree,degree,inStrength,outStrength,strength,degreeCentrality,betweenness,closeness,eigenvector,pagerank,community,isolate," +
        "constraint,effectiveSize,weightedConstraint,weightedEffectiveSize,coreNumber,clustering,reciprocity,broker,crossCommunityTies,eiIndex," +
        "brokerageCoordinator,brokerageGatekeeper,brokerageRepresentative,brokerageItinerant,brokerageLiaison",
    );
    const nodes = parse(nodeBlock as string, { columns: true }) as Record<string, string>[];
    // The same figures of a node as the JSON output, in its order, with the brokerage roles as columns of their own.
    const json = JSON.parse((await capture(() => analyzeCommand({ edges: path3 }))).stdout) as Analysis;
    const roleColumns = ["Coordinator", "Gatekeeper", "Representative", "Itinerant", "Liaison"].map((r) => `brokerage${r}`);
    expect(Object.keys(nodes[0] ?? {})).toEqual(Object.keys(json.nodes[0] ?? {}).flatMap((k) => (k === "brokerage" ? roleColumns : [k])));
    expect(nodes.map((n) => [n.id, n.betweenness, n.isolate])).toEqual([
      ["a", "0", "false"],
      ["b", "0.5", "false"],
      ["c", "0", "false"],
    ]);
    const figures = Object.fromEntries(parse(graphBlock as string, { from_line: 2 }) as [string, string][]);
    expect(figures).toMatchObject({ directed: "true", nodeCount: "3", edgeCount: "2", isolateCount: "0" });
    expect(Number(figures.density)).toBeCloseTo(2 / 6, 12);
  });

  it("takes --groups for the E-I index and brokerage roles, and adds nodes named only there", async () => {
    const groups = file("groups.csv", "node,group\na,city\nb,ngo\nc,city\nd,ngo\n");
    const r = await capture(() => main(["analyze", "--edges", path3, "--groups", groups]));
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as Analysis;
    expect(result.nodes.map((n) => n.id)).toEqual(["a", "b", "c", "d"]);
    // a → b → c: b (ngo) carries ties between two city nodes, an itinerant; both ties cross groups.
    expect(result.nodes[1]?.brokerage).toEqual({ coordinator: 0, gatekeeper: 0, representative: 0, itinerant: 1, liaison: 0 });
    expect(result.graph.eiIndex).toBe(1);
    expect(result.nodes[3]).toMatchObject({ isolate: true, eiIndex: null, constraint: null });
    const csvRun = await capture(() => main(["analyze", "--edges", path3, "--groups", groups, "--format", "csv"]));
    const [nodeBlock, graphBlock] = csvRun.stdout.split("\n\n");
    expect((parse(nodeBlock as string, { columns: true }) as Record<string, string>[])[1]?.brokerageItinerant).toBe("1");
    const figures = Object.fromEntries(parse(graphBlock as string, { from_line: 2 }) as [string, string][]);
    expect(figures).toMatchObject({ eiIndex: "1", brokerCount: "1" });
    expect(Object.keys(figures)).toContain("brokerBetweennessAbove");
  });

  it("exits 2 with the line on a bad groups file", async () => {
    const twice = file("twice.csv", "node,group\na,x\na,y\n");
    const r = await capture(() => main(["analyze", "--edges", path3, "--groups", twice]));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${twice}, line 3: the node "a" is listed twice`);
    const noGroup = await capture(() => main(["analyze", "--edges", path3, "--groups", file("nog.csv", "node,team\na,x\n")]));
    expect(noGroup.stderr).toMatch(/no group column/);
    expect((await capture(() => main(["analyze", "--edges", path3, "--groups", path.join(dir, "none.csv")]))).stderr).toMatch(
      /no such file/,
    );
  });

  it("needs no database settings", async () => {
    const saved = process.env.PORT;
    process.env.PORT = "not a port";
    try {
      expect((await capture(() => main(["analyze", "--edges", path3]))).code).toBe(0);
      expect((await capture(() => main(["migrate"]))).code).toBe(2);
    } finally {
      if (saved === undefined) delete process.env.PORT;
      else process.env.PORT = saved;
    }
  });

  it("exits 2 with the line number on a bad weight", async () => {
    const bad = file("bad.csv", "source,target,euros\na,b,10\n\nb,c,ten\n");
    const r = await capture(() => main(["analyze", "--edges", bad, "--weight", "euros"]));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`${bad}, line 4: the weight (euros) "ten" is not a number`);
    const negative = await capture(() => analyzeCommand({ edges: file("neg.csv", "source,target,weight\na,b,-1\n") }));
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain("line 2");
  });

  it("exits 2 on bad arguments and unreadable files", async () => {
    const cases: Array<[string[], RegExp]> = [
      [["analyze"], /needs --edges/],
      [["analyze", "--edges", path3, "--format", "xml"], /--format must be json or csv/],
      [["analyze", "--edges", path.join(dir, "missing.csv")], /no such file/],
      [["analyze", "--edges", dir], /directory/],
      [["analyze", "--edges", path3, "--weight", "euros"], /line 1: the header has no weight column "euros"/],
      [["analyze", "--edges", file("nocols.csv", "from,to\na,b\n")], /no source or target column/],
      [["analyze", "--edges"], /--edges/],
      [["analyze", "--edges", path3, "--colour"], /--colour/],
      [["analyze", path3], /--edges/],
    ];
    for (const [args, message] of cases) {
      const r = await capture(() => main(args));
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("with --sample K estimates betweenness and closeness from K seeded sources and says so", async () => {
    const exact = JSON.parse((await capture(() => analyzeCommand({ edges: karate, undirected: true }))).stdout) as Analysis;
    const r = await capture(() => main(["analyze", "--edges", karate, "--undirected", "--sample", "10"]));
    expect(r.code).toBe(0);
    const sampled = JSON.parse(r.stdout) as Analysis & { sample: unknown };
    expect(sampled.sample).toEqual({ sources: 10, seed: 1 });
    expect(sampled.nodes.map((n) => n.betweenness)).not.toEqual(exact.nodes.map((n) => n.betweenness));
    expect(sampled.nodes.map((n) => n.closeness)).not.toEqual(exact.nodes.map((n) => n.closeness));
    // Only the path figures are estimated.
    expect(sampled.nodes.map((n) => [n.degree, n.pagerank, n.community, n.constraint])).toEqual(
      exact.nodes.map((n) => [n.degree, n.pagerank, n.community, n.constraint]),
    );
    expect(JSON.parse((await capture(() => main(["analyze", "--edges", karate, "--undirected", "--sample", "10"]))).stdout)).toEqual(
      sampled,
    );
    const csvRun = await capture(() => main(["analyze", "--edges", karate, "--undirected", "--sample", "10", "--format", "csv"]));
    const figures = Object.fromEntries(parse(csvRun.stdout.split("\n\n")[1] as string, { from_line: 2 }) as [string, string][]);
    expect(figures).toMatchObject({ sampledSources: "10", sampleSeed: "1" });
    // A sample of every node is the exact analysis.
    expect(JSON.parse((await capture(() => main(["analyze", "--edges", karate, "--undirected", "--sample", "34"]))).stdout)).toEqual(exact);
    for (const bad of ["0", "-3", "1.5", "ten", ""]) {
      const b = await capture(() => main(["analyze", "--edges", karate, `--sample=${bad}`]));
      expect(b.code, bad).toBe(2);
      expect(b.stderr, bad).toMatch(/--sample must be a whole number/);
    }
  });

  it("shares the path figures of a large graph among SOLMU_WORKERS threads, with the same output as one", async () => {
    const random = seededRandom(3);
    const lines = Array.from({ length: 20_000 }, () => `${Math.floor(random() ** 2 * 1200)},${Math.floor(random() * 1200)}`);
    const big = file("big.csv", `source,target\n${lines.join("\n")}\n`);
    const saved = process.env.SOLMU_WORKERS;
    const pooled = vi.spyOn(AnalysisPool.prototype, "pathFigures");
    try {
      process.env.SOLMU_WORKERS = "1";
      const one = await capture(() => main(["analyze", "--edges", big]));
      expect(pooled).not.toHaveBeenCalled();
      process.env.SOLMU_WORKERS = "2";
      const two = await capture(() => main(["analyze", "--edges", big]));
      expect(pooled).toHaveBeenCalledOnce();
      expect(two.code).toBe(0);
      expect(two.stdout).toBe(one.stdout);
      process.env.SOLMU_WORKERS = "none";
      const bad = await capture(() => main(["analyze", "--edges", big]));
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/SOLMU_WORKERS/);
    } finally {
      pooled.mockRestore();
      if (saved === undefined) delete process.env.SOLMU_WORKERS;
      else process.env.SOLMU_WORKERS = saved;
    }
  });

  it("is listed in the help", async () => {
    const r = await capture(() => main(["--help"]));
    expect(r.stdout).toContain("analyze --edges FILE.csv");
    expect(r.stdout).toContain("figure,value");
  });
});
