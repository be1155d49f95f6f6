/**
 * A new network's first steps, in the order the framework takes them: say what the network is for, bring
 * the organisations in, set the first cycle's goals, agree on the ways of working, put the year on the
 * annual clock and ask how the network is doing. The home lists them until every one is done.
 */
export const SETUP_STEPS = ["purpose", "organisations", "goals", "agreement", "calendar", "survey"] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export interface SetupFacts {
  purpose: string;
  organisations: number;
  members: number;
  /** Goals of the current cycle. */
  goals: number;
  /** Whether any version of the agreement has been proposed. */
  agreementProposed: boolean;
  /** Events on the annual clock (meetings included). */
  events: number;
  surveyRounds: number;
}

/** A network is assembled once at least two organisations are in it and someone besides its founder has joined. */
export const MIN_ORGANISATIONS = 2;
export const MIN_MEMBERS = 2;

export function setupSteps(f: SetupFacts): { step: SetupStep; done: boolean }[] {
  const done: Record<SetupStep, boolean> = {
    purpose: f.purpose.trim() !== "",
    organisations: f.organisations >= MIN_ORGANISATIONS && f.members >= MIN_MEMBERS,
    goals: f.goals > 0,
    agreement: f.agreementProposed,
    calendar: f.events > 0,
    survey: f.surveyRounds > 0,
  };
  return SETUP_STEPS.map((step) => ({ step, done: done[step] }));
}
