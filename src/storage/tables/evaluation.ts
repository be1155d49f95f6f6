import type { Generated } from "kysely";

// Row types of indicators, the joint evaluation and what the network publishes (columns as decision 002 stores them).

export interface IndicatorsTable {
  id: string;
  network_id: string;
  goal_id: string;
  series_id: string;
  kind: string;
  name: string;
  unit: Generated<string>;
  baseline: number | null;
  target: number | null;
  direction: string | null;
  question: Generated<string>;
  source: string;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface IndicatorMeasurementsTable {
  id: string;
  indicator_id: string;
  value: number | null;
  text: Generated<string>;
  measured_on: string;
  source: Generated<string>;
  computed: Generated<number>;
  created_by: string | null;
  created_at: string;
}

export interface EvaluationRoundsTable {
  id: string;
  network_id: string;
  cycle_id: string;
  intro: Generated<string>;
  closes_on: string;
  closed_at: string | null;
  created_by: string | null;
  created_at: string;
  version: Generated<number>;
}

export interface EvaluationQuestionsTable {
  id: string;
  round_id: string;
  position: number;
  text: string;
}

export interface EvaluationResponsesTable {
  id: string;
  round_id: string;
  membership_id: string;
  submitted_at: string;
  version: Generated<number>;
}

export interface EvaluationGoalRatingsTable {
  response_id: string;
  goal_id: string;
  rating: number | null;
  comment: Generated<string>;
}

export interface EvaluationAnswersTable {
  response_id: string;
  question_id: string;
  text: string;
}

export interface PublicationsTable {
  network_id: string;
  slug: string;
  enabled: Generated<number>;
  intro: Generated<string>;
  show_goals: Generated<number>;
  show_results: Generated<number>;
  show_practices: Generated<number>;
  show_agreement: Generated<number>;
  show_map: Generated<number>;
  updated_at: string;
  version: Generated<number>;
}

export interface NewsItemsTable {
  id: string;
  network_id: string;
  title: string;
  body: string;
  published_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}

export interface GoodPracticesTable {
  id: string;
  network_id: string;
  title: string;
  what_worked: string;
  context: Generated<string>;
  contact: Generated<string>;
  published_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Generated<number>;
}
