/** The four kinds of networks of the framework (DOMAIN.md, "Four kinds of networks"). */
export const NETWORK_TYPES = ["hierarchical_strategic", "joint_strategic", "freely_evolving", "chaotic"] as const;
export type NetworkType = (typeof NETWORK_TYPES)[number];

/** The four phases a network passes in every cycle, in order. */
export const PHASES = ["assembling", "agreeing", "doing", "evaluating"] as const;
export type Phase = (typeof PHASES)[number];

/** Roles a person has in one network. */
export const NETWORK_ROLES = ["coordinator", "member", "observer"] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

const roleRank: Record<NetworkRole, number> = { observer: 0, member: 1, coordinator: 2 };

/** True when `role` grants at least what `needed` grants. */
export const roleAtLeast = (role: NetworkRole, needed: NetworkRole): boolean => roleRank[role] >= roleRank[needed];

/** The phase after `phase`, wrapping to a new cycle's first phase after the last one. */
export function nextPhase(phase: Phase): { phase: Phase; newCycle: boolean } {
  const i = PHASES.indexOf(phase);
  return i === PHASES.length - 1 ? { phase: PHASES[0], newCycle: true } : { phase: PHASES[i + 1] as Phase, newCycle: false };
}

/** How long after closing a phase by mistake a coordinator may still open it again. */
export const REOPEN_DAYS = 14;

/**
 * The phase a coordinator may open again and until when: the one closed last in the same cycle, for REOPEN_DAYS after
 * it closed. A closed cycle is not reopened: the next one has begun with its own goals and promises.
 */
export function reopenable(current: Phase, closedAt: string | null | undefined): { phase: Phase; until: string } | null {
  const i = PHASES.indexOf(current);
  const previous = PHASES[i - 1];
  if (!previous || !closedAt) return null;
  return { phase: previous, until: new Date(Date.parse(closedAt) + REOPEN_DAYS * 86_400_000).toISOString() };
}

/** Default cycle of a network: the calendar year that contains `date` (YYYY-MM-DD bounds). */
export function calendarYearCycle(date: Date): { name: string; startsOn: string; endsOn: string } {
  const y = date.getUTCFullYear();
  return { name: String(y), startsOn: `${y}-01-01`, endsOn: `${y}-12-31` };
}
