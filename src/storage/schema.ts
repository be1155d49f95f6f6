import type { Insertable } from "kysely";
import type { TagKind, Visibility } from "../domain/directory.ts";
import type { NetworkRole } from "../domain/network.ts";
import type {
  AccessibilityFeedbackTable,
  ApiTokensTable,
  AuditEventsTable,
  InstanceDocumentsTable,
  InvitationsTable,
  LoginAttemptsTable,
  NotificationsTable,
  OutboxTable,
  PasswordResetsTable,
  ResetRequestsTable,
  SessionsTable,
  SsoLoginsTable,
  UserIdentitiesTable,
  UsersTable,
} from "./tables/accounts.ts";
import type {
  AgreementApprovalsTable,
  AgreementCommentsTable,
  AgreementRevisionsTable,
  AgreementSectionsTable,
  AgreementVersionsTable,
  DecisionsTable,
  GoalOwnersTable,
  GoalsTable,
  GovernanceDiagnosesTable,
  NetworkTypeAssessmentsTable,
  OnBehalfChecksTable,
} from "./tables/agreement.ts";
import type { AttachmentContentsTable, AttachmentsTable } from "./tables/attachments.ts";
import type { EventsTable, FeedTokensTable, PromiseChangesTable, PromiseFactorsTable, PromisesTable } from "./tables/coordination.ts";
import type {
  CyclePhasesTable,
  CyclesTable,
  GapsTable,
  HistoryEntriesTable,
  HistoryParticipantsTable,
  MembershipsTable,
  NetworksTable,
  OrganisationRepresentativesTable,
  OrganisationsTable,
  PersonTagsTable,
  PhaseEvaluationsTable,
  PhotosTable,
} from "./tables/directory.ts";
import type {
  EvaluationAnswersTable,
  EvaluationGoalRatingsTable,
  EvaluationQuestionsTable,
  EvaluationResponsesTable,
  EvaluationRoundsTable,
  GoodPracticesTable,
  IndicatorMeasurementsTable,
  IndicatorsTable,
  NewsItemsTable,
  PublicationsTable,
} from "./tables/evaluation.ts";
import type {
  ActivitiesTable,
  AgendaBlocksTable,
  MeetingFeedbackTable,
  MeetingMethodsTable,
  MeetingMinutesTable,
  MeetingParticipantsTable,
  MeetingsTable,
  OpenSpacePresenceTable,
  OpenSpaceSessionsTable,
  OpenSpaceSlotsTable,
  OpenSpaceSpacesTable,
  SeatingPlansTable,
} from "./tables/meetings.ts";
import type {
  DecisionRulesTable,
  PollAudienceTable,
  PollBallotsTable,
  PollOptionsTable,
  PollsTable,
  PollVotesTable,
} from "./tables/polls.ts";
import type {
  ReleasedSummariesTable,
  SurveyAnalysesTable,
  SurveyInviteesTable,
  SurveyRatingsTable,
  SurveyResponsesTable,
  SurveyRoundsTable,
} from "./tables/surveys.ts";
import type { WebhookDeliveriesTable, WebhookEventsTable, WebhooksTable } from "./tables/webhooks.ts";

/*
 * Timestamps are ISO 8601 UTC strings (Date#toISOString) and booleans are 0/1
 * integers in both SQLite and PostgreSQL, so repositories see identical rows on
 * either database (docs/decisions/002-portable-column-types.md).
 */

export type { NetworkRole, TagKind, Visibility };

/** What happens to a person's raw survey answers when they delete their account. */
export type SurveyAnswersOnLeave = "aggregate" | "delete";
export type TiesVisibility = "individual" | "groups";
/** Texts the instance admin writes per language. */
export type InstanceDocumentKind = "accessibility" | "privacy";

export type * from "./tables/accounts.ts";
export type * from "./tables/agreement.ts";
export type * from "./tables/attachments.ts";
export type * from "./tables/coordination.ts";
export type * from "./tables/directory.ts";
export type * from "./tables/evaluation.ts";
export type * from "./tables/meetings.ts";
export type * from "./tables/polls.ts";
export type * from "./tables/surveys.ts";
export type * from "./tables/webhooks.ts";

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  user_identities: UserIdentitiesTable;
  sso_logins: SsoLoginsTable;
  api_tokens: ApiTokensTable;
  networks: NetworksTable;
  organisations: OrganisationsTable;
  organisation_representatives: OrganisationRepresentativesTable;
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
  governance_diagnoses: GovernanceDiagnosesTable;
  agreement_sections: AgreementSectionsTable;
  agreement_revisions: AgreementRevisionsTable;
  agreement_comments: AgreementCommentsTable;
  agreement_versions: AgreementVersionsTable;
  agreement_approvals: AgreementApprovalsTable;
  decisions: DecisionsTable;
  decision_rules: DecisionRulesTable;
  polls: PollsTable;
  poll_options: PollOptionsTable;
  poll_audience: PollAudienceTable;
  poll_ballots: PollBallotsTable;
  poll_votes: PollVotesTable;
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
  meeting_minutes: MeetingMinutesTable;
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
  attachments: AttachmentsTable;
  attachment_contents: AttachmentContentsTable;
  webhooks: WebhooksTable;
  webhook_events: WebhookEventsTable;
  webhook_deliveries: WebhookDeliveriesTable;
}

export type NewMembership = Insertable<MembershipsTable>;
export type NewOrganisation = Insertable<OrganisationsTable>;
export type NewUser = Insertable<UsersTable>;
