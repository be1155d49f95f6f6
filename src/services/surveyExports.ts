import {
  type ExportGraph,
  type ExportValue,
  edgesCsv,
  edgesTable,
  nodesCsv,
  nodesTable,
  toGexf,
  toGraphml,
  toKumuJson,
} from "../domain/sna/formats.ts";
import type { ExportFormat } from "../domain/surveys.ts";
import { XLSX_TYPE } from "../domain/table.ts";
import { toXlsx } from "../domain/xlsx.ts";
import { translator } from "../i18n/index.ts";
import { audit } from "./audit.ts";
import type { Actor, Deps } from "./context.ts";
import { AppError } from "./errors.ts";
import { roundAnalysis } from "./surveys.ts";

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\w-]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase() || "survey";

/**
 * A round's network for Gephi, NetworkX, Kumu or a spreadsheet (CSV or Excel). It carries
 * exactly what the coordinator's analysis shows: ties with their strength and
 * trust only where enough people rated them, never a single person's answer.
 */
export async function exportRound(deps: Deps, actor: Actor, networkId: string, roundId: string, format: ExportFormat) {
  const a = await roundAnalysis(deps, actor, networkId, roundId);
  if (a.round.status !== "closed") throw new AppError(409, "round_not_closed", "surveys.figures_after_close");
  if (a.hidden) throw new AppError(409, "too_few_answers", "surveys.too_few_answers", { min: a.minGroupSize });
  await audit(deps.storage.db, actor, networkId, "export.survey", a.round.title, { format });
  const graph: ExportGraph = {
    directed: true,
    nodes: a.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      attributes: {
        organisation: n.organisationName,
        kind: n.kind,
        community: n.community,
        in_degree: n.inDegree,
        out_degree: n.outDegree,
        betweenness: n.betweenness,
        closeness: n.closeness,
        eigenvector: n.eigenvector,
        pagerank: n.pagerank,
        broker: n.broker,
        isolate: n.isolate,
        constraint: n.constraint,
        effective_size: n.effectiveSize,
        core_number: n.coreNumber,
        clustering: n.clustering,
        trust_goodwill: n.received.goodwill,
        trust_competence: n.received.competence,
        trust_vulnerability: n.received.vulnerability,
        trust_consistency: n.received.consistency,
        commitment: n.received.commitment,
      },
    })),
    edges: a.edges.map((e) => ({
      source: e.source,
      target: e.target,
      weight: e.knowing,
      attributes: {
        knowing: e.knowing,
        frequency: e.frequency,
        raters: e.raters,
        trust_goodwill: e.goodwill,
        trust_competence: e.competence,
        trust_vulnerability: e.vulnerability,
        trust_consistency: e.consistency,
        commitment: e.commitment,
      },
    })),
  };
  const base = `${slug(a.round.title)}`;
  // Workbooks are for people: headers and sheet names in the reader's language. CSV, GEXF, GraphML and
  // Kumu keep the column names that Gephi, NetworkX and Kumu read.
  const t = translator(actor.locale);
  const forPeople = (sheet: string, table: { headers: string[]; rows: ExportValue[][] }) => ({
    name: t(`surveys.exportColumn.sheet_${sheet}`),
    headers: table.headers.map((h) => t(`surveys.exportColumn.${h}`)),
    rows: table.rows,
  });
  switch (format) {
    case "gexf":
      return {
        body: toGexf(graph, { creator: "Solmu", description: a.round.title }),
        contentType: "application/gexf+xml; charset=utf-8",
        filename: `${base}.gexf`,
      };
    case "graphml":
      return { body: toGraphml(graph), contentType: "application/graphml+xml; charset=utf-8", filename: `${base}.graphml` };
    case "kumu":
      return {
        body: JSON.stringify(toKumuJson(graph), null, 2),
        contentType: "application/json; charset=utf-8",
        filename: `${base}.kumu.json`,
      };
    case "nodes.csv":
      return { body: nodesCsv(graph), contentType: "text/csv; charset=utf-8", filename: `${base}-nodes.csv` };
    case "nodes.xlsx":
      return { body: await toXlsx([forPeople("nodes", nodesTable(graph))]), contentType: XLSX_TYPE, filename: `${base}-nodes.xlsx` };
    case "edges.csv":
      return { body: edgesCsv(graph), contentType: "text/csv; charset=utf-8", filename: `${base}-edges.csv` };
    case "edges.xlsx":
      return { body: await toXlsx([forPeople("edges", edgesTable(graph))]), contentType: XLSX_TYPE, filename: `${base}-edges.xlsx` };
  }
}
