/**
 * Meetings of DOMAIN.md: quality encounters — enough but not too much time,
 * dialogue, efficiency — and learning together in three modes: teaching
 * (an expert lecture), facilitation (a learning café) and hosting (open
 * space). A meeting's agenda is a list of timed blocks, each run with a
 * method of the library.
 */

export const LEARNING_MODES = ["teaching", "facilitation", "hosting", "none"] as const;
export type LearningMode = (typeof LEARNING_MODES)[number];

/** Ways of working of the network's activities: each organisation on its own side by side, or together. */
export const ACTIVITY_MODES = ["side_by_side", "together"] as const;
export type ActivityMode = (typeof ACTIVITY_MODES)[number];

export const RSVP_ANSWERS = ["yes", "no", "maybe"] as const;
export type Rsvp = (typeof RSVP_ANSWERS)[number];

/**
 * Whether invitees may still answer on `today` ("YYYY-MM-DD"): up to and
 * including the deadline day, or without a deadline up to and including the
 * meeting's own day (`meetingDay`, the date of its local start), so that no
 * one answers "I'm coming" to a meeting that is over.
 */
export const rsvpOpen = (deadline: string | null, meetingDay: string, today: string): boolean => today <= (deadline ?? meetingDay);

/**
 * Whether those who have not answered are due their one reminder on `today`:
 * from the day before the deadline to the deadline itself (so a reminder
 * missed on the day before still goes out), and only before the meeting.
 */
export function rsvpReminderDue(deadline: string | null, meetingDay: string, today: string): boolean {
  if (deadline === null || today >= meetingDay) return false;
  const dayBefore = new Date(Date.parse(`${deadline}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return today >= dayBefore && today <= deadline;
}

export interface Method {
  key: string;
  mode: LearningMode;
  /** Whether the method is dialogue between participants, which the planner asks every meeting to have. */
  dialogue: boolean;
  typicalMinutes: number;
}

/** The built-in method library; names and instructions are translated under meetings.method.<key>. */
export const BUILT_IN_METHODS: readonly Method[] = [
  { key: "expert_lecture", mode: "teaching", dialogue: false, typicalMinutes: 30 },
  { key: "learning_cafe", mode: "facilitation", dialogue: true, typicalMinutes: 60 },
  { key: "open_space", mode: "hosting", dialogue: true, typicalMinutes: 90 },
  { key: "introductions", mode: "none", dialogue: true, typicalMinutes: 15 },
  { key: "pair_interviews", mode: "facilitation", dialogue: true, typicalMinutes: 20 },
  { key: "dialogue_circle", mode: "facilitation", dialogue: true, typicalMinutes: 30 },
  { key: "decision_making", mode: "none", dialogue: true, typicalMinutes: 20 },
  { key: "retrospective", mode: "facilitation", dialogue: true, typicalMinutes: 20 },
  { key: "news_round", mode: "none", dialogue: false, typicalMinutes: 15 },
  { key: "break", mode: "none", dialogue: false, typicalMinutes: 15 },
];

export interface AgendaBlock {
  /** Minutes from the meeting's start. */
  startMinute: number;
  durationMinutes: number;
  method: Method;
}

export type AgendaWarning =
  | { key: "overrun"; minutes: number }
  | { key: "overlap"; block: number }
  | { key: "noDialogue" }
  | { key: "noBreak"; minutes: number }
  | { key: "gap"; block: number; minutes: number };

/** Without a break, attention fades; the planner suggests one in anything longer. */
const BREAK_AFTER_MINUTES = 120;

/**
 * What the planner warns about: an agenda that runs over the meeting's time,
 * overlapping blocks, idle gaps, no time for dialogue, or a long meeting
 * without a break. Blocks are taken in the order of their start.
 */
export function checkAgenda(blocks: readonly AgendaBlock[], meetingMinutes: number): AgendaWarning[] {
  const warnings: AgendaWarning[] = [];
  const sorted = blocks.map((b, i) => ({ ...b, i })).sort((a, b) => a.startMinute - b.startMinute);
  const end = sorted.reduce((m, b) => Math.max(m, b.startMinute + b.durationMinutes), 0);
  if (end > meetingMinutes) warnings.push({ key: "overrun", minutes: end - meetingMinutes });
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1] as (typeof sorted)[number];
    const cur = sorted[k] as (typeof sorted)[number];
    const prevEnd = prev.startMinute + prev.durationMinutes;
    if (cur.startMinute < prevEnd) warnings.push({ key: "overlap", block: cur.i });
    else if (cur.startMinute > prevEnd) warnings.push({ key: "gap", block: cur.i, minutes: cur.startMinute - prevEnd });
  }
  if (sorted.length > 0 && !sorted.some((b) => b.method.dialogue)) warnings.push({ key: "noDialogue" });
  if (meetingMinutes > BREAK_AFTER_MINUTES && sorted.length > 0 && !sorted.some((b) => b.method.key === "break")) {
    warnings.push({ key: "noBreak", minutes: meetingMinutes });
  }
  return warnings;
}

/** Minutes of each learning mode in an agenda, so a coordinator sees whether the meeting teaches, facilitates or hosts. */
export function minutesByMode(blocks: readonly AgendaBlock[]): Record<LearningMode, number> {
  const out: Record<LearningMode, number> = { teaching: 0, facilitation: 0, hosting: 0, none: 0 };
  for (const b of blocks) out[b.method.mode] += b.durationMinutes;
  return out;
}

export const FEEDBACK_ITEMS = ["timeWellUsed", "realDialogue", "concreteProgress"] as const;
export type FeedbackItem = (typeof FEEDBACK_ITEMS)[number];
