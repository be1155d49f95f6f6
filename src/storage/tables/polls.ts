import type { Generated } from "kysely";

// Row types of the agreement's decision rules and of polls (columns as decision 002 stores them).

export interface DecisionRulesTable {
  network_id: string;
  decision_kind: string;
  method: string;
  share: string | null;
  quorum_percent: number | null;
  updated_by: string | null;
  updated_at: string;
}

export interface PollsTable {
  id: string;
  network_id: string;
  cycle_id: string | null;
  kind: string;
  title: string;
  details: string;
  decision_kind: string;
  /** The agreement's rule when the poll opened: voters know what decides before they vote. */
  rule_method: string;
  rule_share: string | null;
  quorum_percent: number | null;
  max_choices: number;
  dots: number;
  time_zone: string;
  audience: string;
  anonymous: number;
  hide_results: number;
  allow_change: number;
  closes_at: string;
  /** Anonymous polls: JSON [{ key, vote }] ordered by key, rewritten whole at each vote; no voter in it. */
  sealed_votes: string | null;
  /** Anonymous polls that allow changing one's vote: the key of a voter's entry is an HMAC with this; erased on closing. */
  seal_secret: string | null;
  closed_at: string | null;
  closed_by: string | null;
  /** JSON: the tally and outcome as they stood when the poll closed. */
  result: string | null;
  chosen_option_id: string | null;
  event_id: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

export interface PollOptionsTable {
  id: string;
  poll_id: string;
  position: number;
  label: string;
  starts_local: string | null;
  ends_local: string | null;
  starts_utc: string | null;
}

export interface PollAudienceTable {
  poll_id: string;
  membership_id: string;
}

export interface PollBallotsTable {
  poll_id: string;
  /** The membership id, or the organisation id when each organisation has one vote. */
  voter_key: string;
  membership_id: string | null;
  organisation_id: string | null;
  voted_at: string;
}

export interface PollVotesTable {
  poll_id: string;
  voter_key: string;
  vote: string;
}
