import type { Generated } from "kysely";
import type { RatingValues } from "../../domain/surveys.ts";
import type { TiesVisibility } from "../schema.ts";

// Row types of network-health survey rounds, answers and released figures (columns as decision 002 stores them).

export interface SurveyRoundsTable {
  id: string;
  network_id: string;
  cycle_id: string | null;
  title: string;
  level: string;
  audience: string;
  opens_on: string;
  closes_on: string;
  closed_at: string | null;
  created_by: string | null;
  /** JSON of the round's figures frozen as anonymous aggregates; null while they are computed from the raw answers. */
  frozen_results: Generated<string | null>;
  answers_purged_at: Generated<string | null>;
  /** Fixed when the round opens and shown to respondents: what coordinators see of ties. */
  ties_visibility: TiesVisibility;
  /** 0/1: the round asks what each organisation brings and how valuable partners are. */
  asks_resources: Generated<number>;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SurveyInviteesTable {
  round_id: string;
  membership_id: string;
}

export interface SurveyResponsesTable {
  id: string;
  round_id: string;
  membership_id: string;
  organisation_id: string | null;
  status: string;
  self_autonomy: number | null;
  self_meaningfulness: number | null;
  self_connectedness: number | null;
  barriers: string;
  barriers_text: string;
  enablers: string;
  enablers_text: string;
  network_type: string | null;
  /** JSON list of the resources the respondent's organisation brings (domain/resources.ts). */
  resources: Generated<string>;
  resources_text: Generated<string>;
  submitted_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** The rating columns are named as the domain's rating values. */
export interface SurveyRatingsTable extends RatingValues {
  response_id: string;
  target_membership_id: string | null;
  target_organisation_id: string | null;
  /** How valuable the one rated is, 1–4; null = can't say or not asked. */
  value_power: number | null;
  value_involvement: number | null;
  value_resources: number | null;
}

export interface SurveyAnalysesTable {
  round_id: string;
  fingerprint: string;
  data: string;
  computed_at: string;
}

/** A live figure's answers as they stood when last released (decision 014); `payload` is JSON without who gave what. */
export interface ReleasedSummariesTable {
  subject_kind: "meeting_feedback" | "network_type";
  subject_id: string;
  raters: number;
  payload: string;
  released_at: string;
}
