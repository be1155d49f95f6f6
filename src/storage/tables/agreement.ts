import type { Generated } from "kysely";

// Row types of goals, the diagnosis tools, the agreement and the decision log (columns as decision 002 stores them).

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

export interface GovernanceDiagnosesTable {
  id: string;
  network_id: string;
  created_by: string | null;
  /** JSON: { competencies, current } as the coordinator answered. */
  answers: string;
  /** JSON: the diagnosis with the conditions as they were then. */
  result: string;
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
  /** The poll the decision came from, when it was made in Solmu. */
  poll_id: Generated<string | null>;
}
