import type { Generated } from "kysely";

// Row types of the annual clock (events and calendar feeds) and the promise ledger (columns as decision 002 stores them).

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
