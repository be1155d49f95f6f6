import type { Generated } from "kysely";
import type { NetworkRole, SurveyAnswersOnLeave, TagKind, TiesVisibility, Visibility } from "../schema.ts";

// Row types of networks, their people and organisations, cycles and phases (columns as decision 002 stores them).

export interface NetworksTable {
  id: string;
  name: string;
  purpose: string;
  network_type: string;
  governance: string;
  min_group_size: number;
  stale_after_days: number;
  /** Months after a survey round closes until its raw answers are deleted; null: kept while the round exists. */
  survey_retention_months: number | null;
  survey_answers_on_leave: SurveyAnswersOnLeave;
  /** Default for new survey rounds: whether coordinators see individual ties or only group structure. */
  survey_ties_visibility: TiesVisibility;
  /** 1: members reach the network only from a session opened through an identity provider. */
  require_sso: Generated<number>;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface OrganisationsTable {
  id: string;
  network_id: string;
  name: string;
  kind: string;
  website: string | null;
  description: Generated<string>;
  contact_membership_id: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  id: string;
  network_id: string;
  user_id: string;
  role: NetworkRole;
  organisation_id: string | null;
  title: string | null;
  behind_title: string | null;
  expectations: string | null;
  phone: string | null;
  email_visibility: Generated<Visibility>;
  phone_visibility: Generated<Visibility>;
  photo_id: string | null;
  /** When the person last confirmed their details are up to date. */
  confirmed_at: string | null;
  /** When they were last reminded to confirm, so reminders are not repeated. */
  reminded_at: string | null;
  /** Lower-cased name, title, organisation and tags, for portable substring search. */
  search_text: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface CyclesTable {
  id: string;
  network_id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  phase: string;
  closed_at: string | null;
  created_at: string;
}

export interface PersonTagsTable {
  membership_id: string;
  network_id: string;
  kind: TagKind;
  tag: string;
  tag_key: string;
}

export interface PhotosTable {
  id: string;
  network_id: string;
  mime: string;
  bytes: Buffer;
  created_at: string;
}

export interface HistoryEntriesTable {
  id: string;
  network_id: string;
  occurred_on: string;
  title: string;
  description: string;
  source_kind: string;
  source_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface HistoryParticipantsTable {
  entry_id: string;
  /** "person" or "organisation"; a removed person's row stays with kind "person" and no membership. */
  kind: "person" | "organisation";
  membership_id: string | null;
  organisation_id: string | null;
}

export interface GapsTable {
  id: string;
  network_id: string;
  kind: "organisation" | "competence";
  name: string;
  note: string;
  created_by: string | null;
  created_at: string;
}

export interface CyclePhasesTable {
  cycle_id: string;
  phase: string;
  started_at: string;
  ended_at: string | null;
  summary: Generated<string>;
}

export interface PhaseEvaluationsTable {
  id: string;
  cycle_id: string;
  phase: string;
  user_id: string;
  achieved: number;
  carry_forward: string;
  created_at: string;
  updated_at: string;
}

/** A person an organisation has named to speak for it: to approve the agreement, to answer organisation-level surveys. */
export interface OrganisationRepresentativesTable {
  organisation_id: string;
  membership_id: string;
  named_by: string | null;
  named_at: string;
}
