import type { Migration, MigrationProvider } from "kysely";
import * as foundation from "./20261127120000_foundation.ts";
import * as knowing from "./20261127140000_knowing.ts";
import * as agreement from "./20261127160000_agreement.ts";
import * as coordination from "./20261127180000_coordination.ts";
import * as surveys from "./20261127200000_surveys.ts";
import * as meetings from "./20261127220000_meetings.ts";
import * as accessibility from "./20261128000000_accessibility.ts";
import * as evaluation from "./20261128020000_evaluation.ts";
import * as audit from "./20261128040000_audit.ts";
import * as privacy from "./20261128060000_privacy.ts";
import * as performance from "./20261128080000_performance.ts";
import * as credentials from "./20261206100000_credentials.ts";
import * as surveyTiesVisibility from "./20261206130000_survey_ties_visibility.ts";
import * as meetingPrivacy from "./20261206140000_meeting_privacy.ts";
import * as sso from "./20261207100000_sso.ts";
import * as representatives from "./20261207110000_representatives.ts";
import * as attachments from "./20261207130000_attachments.ts";
import * as meetingMinutes from "./20261207150000_meeting_minutes.ts";
import * as surveyResources from "./20261207170000_survey_resources.ts";
import * as governanceDiagnoses from "./20261207180000_governance_diagnoses.ts";
import * as polls from "./20261207200000_polls.ts";
import * as webhooks from "./20261207210000_webhooks.ts";
import * as dataVersions from "./20261208100000_data_versions.ts";

/** Every migration, in order. Listed by hand so bundling and review see them all; never edit one that has landed. */
export const migrations: Record<string, Migration> = {
  "20261127120000_foundation": foundation,
  "20261127140000_knowing": knowing,
  "20261127160000_agreement": agreement,
  "20261127180000_coordination": coordination,
  "20261127200000_surveys": surveys,
  "20261127220000_meetings": meetings,
  "20261128000000_accessibility": accessibility,
  "20261128020000_evaluation": evaluation,
  "20261128040000_audit": audit,
  "20261128060000_privacy": privacy,
  "20261128080000_performance": performance,
  "20261206100000_credentials": credentials,
  "20261206130000_survey_ties_visibility": surveyTiesVisibility,
  "20261206140000_meeting_privacy": meetingPrivacy,
  "20261207100000_sso": sso,
  "20261207110000_representatives": representatives,
  "20261207130000_attachments": attachments,
  "20261207150000_meeting_minutes": meetingMinutes,
  "20261207170000_survey_resources": surveyResources,
  "20261207180000_governance_diagnoses": governanceDiagnoses,
  "20261207200000_polls": polls,
  "20261207210000_webhooks": webhooks,
  "20261208100000_data_versions": dataVersions,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
