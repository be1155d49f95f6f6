import type { Generated } from "kysely";

// Row types of meetings, agendas, seating, feedback, open space and joint activities (columns as decision 002 stores them).

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

/** A meeting's minutes once a planner has saved them; the id is the meeting's. */
export interface MeetingMinutesTable {
  id: string;
  text: string;
  version: Generated<number>;
  updated_by: string | null;
  updated_at: string;
  approved_at: string | null;
  approved_by: string | null;
  sent_at: string | null;
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
