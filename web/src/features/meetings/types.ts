// The meeting API's answers as the web client reads them; the server's zod schemas in src/http/routes/meetings are the source.

export type Rsvp = "yes" | "no" | "maybe";
export type LearningMode = "teaching" | "facilitation" | "hosting" | "none";
export const BUILT_IN_METHOD_KEYS = [
  "expert_lecture",
  "learning_cafe",
  "open_space",
  "introductions",
  "pair_interviews",
  "dialogue_circle",
  "decision_making",
  "retrospective",
  "news_round",
  "break",
] as const;

export interface MeetingListItem {
  id: string;
  eventId: string;
  title: string;
  /** Local wall-clock "YYYY-MM-DDTHH:mm" in timeZone. */
  start: string;
  end: string;
  timeZone: string;
  place: string | null;
  purpose: string;
  status: "confirmed" | "cancelled";
  participantCount: number;
  yesCount: number;
  myRsvp: Rsvp | null;
  invited: boolean;
  canPlan: boolean;
}

export interface MeetingList {
  items: MeetingListItem[];
  canCreate: boolean;
}

export interface Method {
  /** A built-in method's key (translated under meetingsUi.method.<key>.name / .instructions) or a network's own method's id. */
  key: string;
  mode: LearningMode;
  dialogue: boolean;
  typicalMinutes: number;
  /** Null for built-in methods. */
  name: string | null;
  instructions: string | null;
  builtIn: boolean;
}

export interface AgendaBlock {
  id: string;
  title: string;
  method: string;
  startMinute: number;
  durationMinutes: number;
  mode: LearningMode;
  notes: string;
  notesVersion: number;
}

export type AgendaWarning = { key: "overrun" | "overlap" | "gap" | "noDialogue" | "noBreak"; minutes?: number; block?: number };

export interface Distribution {
  mean: number | null;
  n: number;
  counts: number[];
}

export interface Meeting {
  id: string;
  eventId: string;
  title: string;
  /** The annual-clock event kind: network_meeting, workshop, steering_group… */
  kind: string;
  description: string;
  start: string;
  end: string;
  timeZone: string;
  place: string | null;
  onlineUrl: string | null;
  status: "confirmed" | "cancelled";
  /** Length in minutes. */
  minutes: number;
  purpose: string;
  expectedOutcome: string;
  rsvpDeadline: string | null;
  attendanceRecordedAt: string | null;
  /** Send with PATCH and PUT agenda; a stale one gets 409. */
  version: number;
  canPlan: boolean;
  isParticipant: boolean;
  canWriteNotes: boolean;
  participants: {
    id: string;
    name: string;
    organisationName: string | null;
    facilitator: boolean;
    rsvp: Rsvp | null;
    attended: boolean | null;
  }[];
  myRsvp: Rsvp | null;
  agenda: AgendaBlock[];
  warnings: AgendaWarning[];
  minutesByMode: Record<LearningMode, number>;
  seating: {
    id: string;
    blockId: string | null;
    tables: number;
    rounds: number;
    people: { id: string; name: string; organisationName: string | null }[];
    /** hosts[t] = index into people of the host who stays at table t. */
    hosts: number[];
    /** assignment[round][personIndex] = table index (0-based). */
    assignment: number[][];
    newPairs: number;
    upperBound: number;
    createdAt: string;
  } | null;
  feedback: {
    mine: { timeWellUsed: number; realDialogue: number; concreteProgress: number; comment: string } | null;
    /** Planners only; as last released, in steps of the minimum group size (decision 014). */
    summary: {
      respondents: number;
      minGroupSize: number;
      hidden: boolean;
      releasedRespondents: number | null;
      nextReleaseAt: number;
      timeWellUsed: Distribution | null;
      realDialogue: Distribution | null;
      concreteProgress: Distribution | null;
      comments: string[];
    } | null;
  };
}

export interface FeedbackTrend {
  items: {
    meetingId: string;
    title: string;
    start: string;
    respondents: number;
    timeWellUsed: number | null;
    realDialogue: number | null;
    concreteProgress: number | null;
  }[];
}

/** GET /api/networks/:networkId/meetings/:meetingId/board */
export interface Board {
  /** Coordinators and the meeting's facilitators: add slots and spaces, place any session. */
  canArrange: boolean;
  /** Participants: propose sessions, move between them, write notes. */
  canTakePart: boolean;
  /** The viewer's membership id. */
  me: string | null;
  slots: { id: string; label: string }[];
  spaces: { id: string; name: string }[];
  sessions: {
    id: string;
    topic: string;
    convener: { id: string; name: string } | null;
    slotId: string | null;
    spaceId: string | null;
    notes: string;
    /** Send with PATCH and notes; a stale one gets 409. */
    version: number;
    people: { id: string; name: string }[];
    /** Planners and the convener may place or rename it. */
    canEdit: boolean;
  }[];
}

export interface ActivityList {
  cycleId: string | null;
  balance: { sideBySide: number; together: number };
  items: {
    id: string;
    title: string;
    description: string;
    mode: "side_by_side" | "together";
    meetingId: string | null;
    createdAt: string;
    canDelete: boolean;
  }[];
}
