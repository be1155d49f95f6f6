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

/** Default cycle of a network: the calendar year that contains `date` (YYYY-MM-DD bounds). */
export function calendarYearCycle(date: Date): { name: string; startsOn: string; endsOn: string } {
  const y = date.getUTCFullYear();
  return { name: String(y), startsOn: `${y}-01-01`, endsOn: `${y}-12-31` };
}
