import type { Generated, Insertable } from "kysely";

/*
 * Timestamps are ISO 8601 UTC strings (Date#toISOString) and booleans are 0/1
 * integers in both SQLite and PostgreSQL, so repositories see identical rows on
 * either database (docs/decisions/002-portable-column-types.md).
 */

import type { TagKind, Visibility } from "../domain/directory.ts";
import type { NetworkRole } from "../domain/network.ts";

export type { NetworkRole, TagKind, Visibility };

/** What happens to a person's raw survey answers when they delete their account. */
export type SurveyAnswersOnLeave = "aggregate" | "delete";
export type TiesVisibility = "individual" | "groups";
/** Texts the instance admin writes per language. */
export type InstanceDocumentKind = "accessibility" | "privacy";

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: string;
  is_admin: number;
  digest: Generated<string>;
  unsubscribe_token_hash: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
  /** `read`: GET and HEAD only; `write`: what its owner can do, except managing tokens. */
  scope: TokenScope;
}

export type TokenScope = "read" | "write";

export interface ResetRequestsTable {
  id: string;
  address: string;
  created_at: string;
}

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

export interface InvitationsTable {
  id: string;
  network_id: string;
  email: string;
  role: NetworkRole;
  token_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface OutboxTable {
  id: string;
  network_id: string | null;
  kind: string;
  to_email: string;
  subject: string;
  body: string;
  link: string | null;
  created_at: string;
  sent_at: string | null;
  error: string | null;
}

export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string;
  success: number;
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

export interface GoalsTable {
  id: string;
  network_id: string;
  cycle_id: string;
  goal_type: string;
  title: string;
  description: string;
  governance_check: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface GoalOwnersTable {
  goal_id: string;
  organisation_id: string;
}

export interface NetworkTypeAssessmentsTable {
  id: string;
  network_id: string;
  cycle_id: string;
  user_id: string;
  answers: string;
  placement: string;
  created_at: string;
  updated_at: string;
}

export interface OnBehalfChecksTable {
  id: string;
  network_id: string;
  user_id: string;
  answers: string;
  score: number;
  level: string;
  created_at: string;
}

export interface AgreementSectionsTable {
  id: string;
  network_id: string;
  question: number | null;
  title: string;
  body: string;
  position: number;
  version: Generated<number>;
  updated_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface AgreementRevisionsTable {
  id: string;
  section_id: string;
  version: number;
  title: string;
  body: string;
  author_id: string | null;
  created_at: string;
}

export interface AgreementCommentsTable {
  id: string;
  section_id: string;
  author_id: string | null;
  body: string;
  created_at: string;
}

export interface AgreementVersionsTable {
  id: string;
  network_id: string;
  cycle_id: string | null;
  number: number;
  snapshot: string;
  status: "proposed" | "approved" | "superseded";
  proposed_by: string | null;
  proposed_at: string;
  approved_at: string | null;
}

export interface AgreementApprovalsTable {
  version_id: string;
  organisation_id: string;
  decision: "accepted" | "changes_requested";
  comment: string;
  decided_by: string | null;
  decided_at: string;
}

export interface DecisionsTable {
  id: string;
  network_id: string;
  cycle_id: string | null;
  decided_on: string;
  meeting_id: string | null;
  title: string;
  body: string;
  rule: string;
  participants: string;
  search_text: string;
  created_by: string | null;
  created_at: string;
}

export interface EventsTable {
  id: string;
  network_id: string;
  title: string;
  description: string;
  kind: string;
  starts_local: string;
  ends_local: string;
  all_day: number;
  time_zone: string;
  starts_utc: string;
  recurrence: string | null;
  place: string | null;
  online_url: string | null;
  organiser_organisation_id: string | null;
  sequence: Generated<number>;
  status: Generated<string>;
  created_by: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface FeedTokensTable {
  id: string;
  user_id: string;
  network_id: string | null;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface PromisesTable {
  id: string;
  network_id: string;
  cycle_id: string | null;
  promiser_membership_id: string | null;
  on_behalf_of_organisation_id: string | null;
  text: string;
  to_kind: string;
  to_membership_id: string | null;
  to_organisation_id: string | null;
  due_on: string;
  state: string;
  closed_on: string | null;
  renegotiations: Generated<number>;
  goal_id: string | null;
  agreement_section_id: string | null;
  meeting_id: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PromiseChangesTable {
  id: string;
  promise_id: string;
  state: string;
  text: string;
  due_on: string;
  note: string;
  changed_by: string | null;
  changed_at: string;
}

export interface PromiseFactorsTable {
  promise_id: string;
  change_id: string;
  kind: "barrier" | "enabler";
  factor: string;
}

export interface NotificationsTable {
  id: string;
  user_id: string;
  network_id: string | null;
  kind: string;
  params: string;
  link: string | null;
  dedupe_key: string | null;
  created_at: string;
  read_at: string | null;
  mailed_at: string | null;
}

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
  submitted_at: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface SurveyRatingsTable {
  response_id: string;
  target_membership_id: string | null;
  target_organisation_id: string | null;
  knowing: number;
  goodwill: number | null;
  competence: number | null;
  vulnerability: number | null;
  consistency: number | null;
  commitment: number | null;
  frequency: number;
}

export interface SurveyAnalysesTable {
  round_id: string;
  fingerprint: string;
  data: string;
  computed_at: string;
}

export interface MeetingMethodsTable {
  id: string;
  network_id: string;
  name: string;
  mode: string;
  dialogue: number;
  instructions: string;
  typical_minutes: number;
  created_by: string | null;
  created_at: string;
}

export interface MeetingsTable {
  id: string;
  network_id: string;
  event_id: string;
  purpose: string;
  expected_outcome: string;
  rsvp_deadline: string | null;
  attendance_recorded_at: string | null;
  version: Generated<number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface MeetingParticipantsTable {
  meeting_id: string;
  membership_id: string;
  facilitator: number;
  rsvp: string | null;
  rsvp_at: string | null;
  attended: number | null;
}

export interface AgendaBlocksTable {
  id: string;
  meeting_id: string;
  title: string;
  method: string;
  start_minute: number;
  duration_minutes: number;
  notes: Generated<string>;
  notes_version: Generated<number>;
}

export interface SeatingPlansTable {
  id: string;
  meeting_id: string;
  block_id: string | null;
  tables: number;
  rounds: number;
  people: string;
  hosts: string;
  assignment: string;
  new_pairs: number;
  upper_bound: number;
  created_at: string;
}

export interface MeetingFeedbackTable {
  meeting_id: string;
  membership_id: string;
  time_well_used: number;
  real_dialogue: number;
  concrete_progress: number;
  comment: string;
  created_at: string;
}

export interface OpenSpaceSlotsTable {
  id: string;
  meeting_id: string;
  label: string;
  position: number;
}

export interface OpenSpaceSpacesTable {
  id: string;
  meeting_id: string;
  name: string;
  position: number;
}

export interface OpenSpaceSessionsTable {
  id: string;
  meeting_id: string;
  topic: string;
  convener_membership_id: string | null;
  slot_id: string | null;
  space_id: string | null;
  notes: Generated<string>;
  version: Generated<number>;
  created_at: string;
}

export interface OpenSpacePresenceTable {
  session_id: string;
  membership_id: string;
}

export interface ActivitiesTable {
  id: string;
  network_id: string;
  cycle_id: string | null;
  title: string;
  description: Generated<string>;
  mode: string;
  meeting_id: string | null;
  created_by: string | null;
  created_at: string;
}

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

export interface AuditEventsTable {
  id: string;
  network_id: string | null;
  actor_user_id: string | null;
  actor_name: string;
  action: string;
  subject: Generated<string>;
  details: Generated<string>;
  created_at: string;
}

export interface InstanceDocumentsTable {
  kind: InstanceDocumentKind;
  locale: string;
  body: string;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: string;
}

export interface AccessibilityFeedbackTable {
  id: string;
  page: string;
  description: string;
  email: string | null;
  address_hash: string;
  created_at: string;
  handled_at: string | null;
}

/** A live figure's answers as they stood when last released (decision 014); `payload` is JSON without who gave what. */
export interface ReleasedSummariesTable {
  subject_kind: "meeting_feedback" | "network_type";
  subject_id: string;
  raters: number;
  payload: string;
  released_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  networks: NetworksTable;
  organisations: OrganisationsTable;
  memberships: MembershipsTable;
  cycles: CyclesTable;
  invitations: InvitationsTable;
  password_resets: PasswordResetsTable;
  outbox: OutboxTable;
  login_attempts: LoginAttemptsTable;
  reset_requests: ResetRequestsTable;
  person_tags: PersonTagsTable;
  photos: PhotosTable;
  history_entries: HistoryEntriesTable;
  history_participants: HistoryParticipantsTable;
  gaps: GapsTable;
  cycle_phases: CyclePhasesTable;
  phase_evaluations: PhaseEvaluationsTable;
  goals: GoalsTable;
  goal_owners: GoalOwnersTable;
  network_type_assessments: NetworkTypeAssessmentsTable;
  on_behalf_checks: OnBehalfChecksTable;
  agreement_sections: AgreementSectionsTable;
  agreement_revisions: AgreementRevisionsTable;
  agreement_comments: AgreementCommentsTable;
  agreement_versions: AgreementVersionsTable;
  agreement_approvals: AgreementApprovalsTable;
  decisions: DecisionsTable;
  events: EventsTable;
  feed_tokens: FeedTokensTable;
  promises: PromisesTable;
  promise_changes: PromiseChangesTable;
  promise_factors: PromiseFactorsTable;
  notifications: NotificationsTable;
  survey_rounds: SurveyRoundsTable;
  survey_invitees: SurveyInviteesTable;
  survey_responses: SurveyResponsesTable;
  survey_ratings: SurveyRatingsTable;
  survey_analyses: SurveyAnalysesTable;
  meeting_methods: MeetingMethodsTable;
  meetings: MeetingsTable;
  meeting_participants: MeetingParticipantsTable;
  agenda_blocks: AgendaBlocksTable;
  seating_plans: SeatingPlansTable;
  meeting_feedback: MeetingFeedbackTable;
  open_space_slots: OpenSpaceSlotsTable;
  open_space_spaces: OpenSpaceSpacesTable;
  open_space_sessions: OpenSpaceSessionsTable;
  open_space_presence: OpenSpacePresenceTable;
  activities: ActivitiesTable;
  instance_documents: InstanceDocumentsTable;
  accessibility_feedback: AccessibilityFeedbackTable;
  indicators: IndicatorsTable;
  indicator_measurements: IndicatorMeasurementsTable;
  evaluation_rounds: EvaluationRoundsTable;
  evaluation_questions: EvaluationQuestionsTable;
  evaluation_responses: EvaluationResponsesTable;
  evaluation_goal_ratings: EvaluationGoalRatingsTable;
  evaluation_answers: EvaluationAnswersTable;
  publications: PublicationsTable;
  news_items: NewsItemsTable;
  good_practices: GoodPracticesTable;
  audit_events: AuditEventsTable;
  released_summaries: ReleasedSummariesTable;
}

export type NewMembership = Insertable<MembershipsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type NewUser = Insertable<UsersTable>;
