import { setupSteps } from "../../domain/setup.ts";
import { listEvents } from "../../storage/repos/calendar.ts";
import { listGoals } from "../../storage/repos/goals.ts";
import type { MembershipRow } from "../../storage/repos/memberships.ts";
import { listRounds } from "../../storage/repos/surveys.ts";
import type { Actor, Deps } from "../context.ts";
import { getPerson } from "../people.ts";

// The network home's first-day parts: a welcome for someone who has just joined, and the setup steps of a
// network just founded. Each disappears by itself once there is nothing left to guide.

/**
 * The welcome, while the person has never saved or confirmed their profile: which parts of it are filled
 * in (photo, competences, needs, languages), so that they know what to add.
 */
export async function welcomeOf(deps: Deps, actor: Actor, networkId: string, membership: MembershipRow | undefined) {
  if (!membership || membership.confirmed_at) return null;
  const me = await getPerson(deps, actor, networkId, membership.id);
  return {
    personId: me.id,
    photo: me.photoUrl !== null,
    competences: me.competences.length > 0,
    needs: me.needs.length > 0,
    languages: me.languages.length > 0,
  };
}

/** A coordinator's setup checklist, or null once every step is done. */
export async function setupOf(
  deps: Deps,
  network: { id: string; purpose: string },
  currentCycleId: string | null,
  facts: { members: number; organisations: number; agreementProposed: boolean },
) {
  const { db } = deps.storage;
  const [goals, events, rounds] = await Promise.all([
    currentCycleId ? listGoals(db, network.id, currentCycleId) : [],
    // Anything on the clock counts, however far ahead it is.
    listEvents(db, [network.id], "9999-12-31T00:00:00.000Z"),
    listRounds(db, network.id),
  ]);
  const steps = setupSteps({
    purpose: network.purpose,
    organisations: facts.organisations,
    members: facts.members,
    goals: goals.length,
    agreementProposed: facts.agreementProposed,
    events: events.filter((e) => e.status !== "cancelled").length,
    surveyRounds: rounds.length,
  });
  return steps.every((s) => s.done) ? null : steps;
}
