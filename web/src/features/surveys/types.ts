import type { ExportFormat } from "../../../../src/domain/surveys.ts";
// The survey API's shapes as the web reads them: names for the route schemas of src/http/routes/surveys (the one source).
import type { Answer, Body, Schemas } from "../../api/client.ts";

export type SurveyRound = Schemas["SurveyRound"];
export type RoundList = Answer<"/api/networks/{networkId}/surveys", "get">;
/** Whom a respondent can rate: people of the network (person level) or organisations (organisation level). */
export type SurveyTarget = Schemas["SurveyTarget"];
export type MyResponse = Schemas["SurveyResponse"];
export type Rating = MyResponse["ratings"][number];
export type ResponseInput = Body<"/api/networks/{networkId}/surveys/{roundId}/response", "put">;

export type Distribution = Schemas["SurveyDistribution"];
export type ElementFigures = Schemas["SurveyElements"];
export type Observation = Schemas["SurveyObservation"];
export type RoundResults = Schemas["SurveyResults"];
export type TrendPoint = Schemas["SurveyTrendPoint"];

export type GraphFigures = Schemas["GraphFigures"];
export type ReceivedFigures = Schemas["SurveyReceivedFigures"];
export type MapNode = Schemas["SurveyMapNode"];
export type MapEdge = Schemas["SurveyMapEdge"];
export type OrganisationFigures = Schemas["SurveyOrganisationFigures"];
export type RoundAnalysis = Schemas["SurveyAnalysis"];
export type EgoAnswer = Schemas["SurveyEgoAnswer"];

/** Each export format and its label's key under surveys.map.exportFormat: a format the route adds or drops fails to compile here. */
export const EXPORT_KEYS: Record<ExportFormat, string> = {
  gexf: "gexf",
  graphml: "graphml",
  kumu: "kumu",
  "nodes.csv": "nodesCsv",
  "nodes.xlsx": "nodesXlsx",
  "edges.csv": "edgesCsv",
  "edges.xlsx": "edgesXlsx",
};
