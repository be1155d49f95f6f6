// The survey API's answers as the web client reads them; the server's zod schemas in src/http/routes/surveys are the source.

export type SurveyLevel = "person" | "organisation";
export type RoundStatus = "scheduled" | "open" | "closed";
export type MyResponseState = "not_invited" | "not_started" | "draft" | "submitted";
export const TRUST_DIMENSIONS = ["goodwill", "competence", "vulnerability", "consistency"] as const;
export type TrustDimension = (typeof TRUST_DIMENSIONS)[number];
export const SELF_COMMITMENT_ITEMS = ["autonomy", "meaningfulness", "connectedness"] as const;
export type SelfCommitmentItem = (typeof SELF_COMMITMENT_ITEMS)[number];
export const STRUCTURAL_FACTORS = ["time", "mandate", "money", "skills", "information", "other"] as const;
export type StructuralFactor = (typeof STRUCTURAL_FACTORS)[number];
export const NETWORK_TYPES = ["hierarchical_strategic", "joint_strategic", "freely_evolving", "chaotic"] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];
/** knowing: 0 don't know · 1 by name · 2 know their work · 3 know them well. */
export const KNOWING_LEVELS = [0, 1, 2, 3] as const;
/** frequency: 0 never · 1 once or twice a year · 2 a few times a year · 3 monthly · 4 weekly. */
export const FREQUENCY_LEVELS = [0, 1, 2, 3, 4] as const;

export interface SurveyRound {
  id: string;
  title: string;
  level: SurveyLevel;
  opensOn: string;
  closesOn: string;
  audience: "all" | "selected";
  status: RoundStatus;
  cycleId: string | null;
  cycleName: string | null;
  invitedCount: number;
  /** Submitted answers; drafts are not counted. */
  respondedCount: number;
  myState: MyResponseState;
  canAnswer: boolean;
  closedAt: string | null;
  version: number;
  /** True once the round's figures are frozen: some answers may now exist only inside them. */
  frozen: boolean;
  /** When the network's retention period deleted the raw answers; the frozen figures remain. */
  answersPurgedAt: string | null;
  /** Fixed when the round opened: whether coordinators see individual ties or only group structure. */
  tiesVisibility: TiesVisibility;
  /** What each role sees of a respondent's answer: the policy the server enforces. */
  seenBy: Record<"respondent" | "member" | "coordinator" | "public", VisibilitySight[]>;
}

export type TiesVisibility = "individual" | "groups";
export type VisibilitySight = "own_answers" | "closed_figures" | "free_texts" | "individual_ties" | "group_structure" | "published_figures";

export interface RoundList {
  items: SurveyRound[];
  minGroupSize: number;
}

/** Whom a respondent can rate: people of the network (person level) or organisations (organisation level); never oneself or one's own organisation. */
export interface SurveyTarget {
  id: string;
  name: string;
  organisationName: string | null;
  kind: string | null;
}

export interface Rating {
  targetId: string;
  knowing: number;
  goodwill: number | null;
  competence: number | null;
  vulnerability: number | null;
  consistency: number | null;
  commitment: number | null;
  frequency: number;
}

export interface ResponseInput {
  /** null when saving for the first time. */
  version: number | null;
  submit: boolean;
  ratings: Rating[];
  selfCommitment: Record<SelfCommitmentItem, number | null>;
  barriers: StructuralFactor[];
  barriersText: string;
  enablers: StructuralFactor[];
  enablersText: string;
  networkType: NetworkType | null;
}

export interface MyResponse extends Omit<ResponseInput, "submit"> {
  version: number;
  status: "draft" | "submitted";
  submittedAt: string | null;
  updatedAt: string;
}

/** A distribution: counts[i] is how many answered the scale's i-th value (knowing 0..3, frequency 0..4, others 1..5). */
export interface Distribution {
  mean: number | null;
  n: number;
  /** Empty when hidden. */
  counts: number[];
  /** Distinct people whose answers are in this figure. */
  raters: number;
  /** Fewer raters than the minimum group size: no mean, no counts. */
  hidden: boolean;
}

export interface ElementFigures {
  knowing: Distribution;
  trust: Record<TrustDimension, Distribution>;
  commitment: Distribution;
  frequency: Distribution;
  self: Record<SelfCommitmentItem, Distribution>;
}

export interface Observation {
  /** A translation key under "surveysUi.observations.". */
  key: string;
  params: Record<string, string | number>;
}

export interface RoundResults {
  round: SurveyRound;
  minGroupSize: number;
  invited: number;
  respondents: number;
  /** True when fewer than minGroupSize have answered: every figure below is then null or empty. */
  hidden: boolean;
  elements: ElementFigures | null;
  barriers: { factor: StructuralFactor; count: number }[];
  enablers: { factor: StructuralFactor; count: number }[];
  /** Free-text barriers and enablers without names, coordinators only, and only when not hidden. */
  texts: { barriers: string[]; enablers: string[] } | null;
  networkType: { votes: { type: NetworkType; count: number }[]; declared: NetworkType | null } | null;
  previous: { roundId: string; title: string; elements: ElementFigures | null } | null;
  observations: Observation[];
}

/** One point per closed or open round, oldest first; null figures are hidden or not computed. */
export interface TrendPoint {
  roundId: string;
  title: string;
  closesOn: string;
  level: SurveyLevel;
  respondents: number;
  knowing: number | null;
  trust: Record<TrustDimension, number | null>;
  commitment: number | null;
  self: Record<SelfCommitmentItem, number | null>;
  /** Graph figures; coordinators only, null for others. */
  density: number | null;
  reciprocity: number | null;
  modularity: number | null;
  isolates: number | null;
}

export interface GraphFigures {
  directed: boolean;
  nodeCount: number;
  edgeCount: number;
  density: number;
  reciprocity: number | null;
  degreeCentralization: number;
  betweennessCentralization: number;
  communityCount: number;
  modularity: number;
  isolateCount: number;
  brokerCount: number;
}

export interface ReceivedFigures {
  goodwill: number | null;
  competence: number | null;
  vulnerability: number | null;
  consistency: number | null;
  commitment: number | null;
  /** How many rated this node; values are null below the minimum group size. */
  raters: number;
}

export interface MapNode {
  id: string;
  label: string;
  organisationId: string | null;
  organisationName: string | null;
  /** Organisation kind (municipality, wellbeing_county, ngo, company, parish, research, other) or null. */
  kind: string | null;
  responded: boolean;
  inDegree: number;
  outDegree: number;
  degree: number;
  inStrength: number;
  outStrength: number;
  strength: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  pagerank: number;
  community: number;
  isolate: boolean;
  broker: boolean;
  crossCommunityTies: number;
  received: ReceivedFigures;
}

/** A directed tie: source said they have worked with target. knowing and frequency are the tie's strength (mean over raters at organisation level); trust values only when raters ≥ minGroupSize. */
export interface MapEdge {
  source: string;
  target: string;
  knowing: number;
  frequency: number;
  raters: number;
  goodwill: number | null;
  competence: number | null;
  vulnerability: number | null;
  consistency: number | null;
  commitment: number | null;
}

export interface OrganisationFigures {
  id: string;
  name: string;
  kind: string;
  /** Nodes of this organisation in the graph (people at person level, 1 at organisation level). */
  nodes: number;
  meanDegree: number;
  meanBetweenness: number;
  isolates: number;
  received: ReceivedFigures;
}

export interface RoundAnalysis {
  round: SurveyRound;
  minGroupSize: number;
  respondents: number;
  hidden: boolean;
  graph: GraphFigures | null;
  previous: { roundId: string; title: string; graph: GraphFigures } | null;
  nodes: MapNode[];
  edges: MapEdge[];
  organisations: OrganisationFigures[];
  communities: { id: number; size: number; organisations: string[] }[];
  observations: Observation[];
}

export const EXPORT_FORMATS = ["gexf", "graphml", "kumu", "nodes.csv", "edges.csv"] as const;
