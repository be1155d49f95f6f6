import type { VoteInput } from "../domain/polls.ts";
import type { Actor, Deps } from "../services/context.ts";
import { saveDecisionRules } from "../services/decisionRules.ts";
import { closePoll } from "../services/pollClosing.ts";
import { castVote, createPoll, type PollInput } from "../services/polls.ts";
import { findPoll, listPollOptions, listVotingMembers } from "../storage/repos/polls.ts";

// The demo's polls are made through the services, so that their results, the decision log and the year wheel
// hold what Solmu itself computed: open polls that wait for the demo member and coordinator, and closed ones.

const actorOf = (p: { user_id: string; name: string }, locale: "fi" | "sv" = "fi"): Actor => ({
  userId: p.user_id,
  email: "",
  name: p.name,
  locale,
  isAdmin: false,
  digest: "off",
});

const base = (now: Date, days: number) => ({
  details: "",
  decisionKind: "ordinary" as const,
  options: [],
  maxChoices: null,
  dots: null,
  closesAt: new Date(now.getTime() + days * 86_400_000).toISOString(),
  timeZone: "Europe/Helsinki",
  anonymous: false,
  hideResultsUntilClosed: false,
  allowChange: true,
  quorumPercent: null,
  audience: "members" as const,
  audienceIds: [],
});

/** A day `days` from now in Helsinki's calendar, as a time poll writes it. */
const dayFrom = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export async function seedPollsDemo(
  deps: Deps,
  networkId: string,
  swedish: boolean,
  accounts: { coordinatorUserId: string; memberUserId: string },
  now: Date,
) {
  const people = (await listVotingMembers(deps.storage.db, networkId)).sort((a, b) => a.name.localeCompare(b.name, "fi"));
  const coordinator = people.find((p) => p.user_id === accounts.coordinatorUserId);
  if (!coordinator) return;
  const lead = actorOf(coordinator, swedish ? "sv" : "fi");
  // Others than the demo accounts vote, so that the demo's own people still find polls waiting for them.
  const voters = people.filter((p) => p.user_id !== accounts.coordinatorUserId && p.user_id !== accounts.memberUserId).slice(0, 9);
  const open = async (input: PollInput, ballots: (i: number, optionIds: string[]) => VoteInput | null) => {
    const id = await createPoll(deps, lead, networkId, input, now);
    const poll = await findPoll(deps.storage.db, networkId, id);
    const optionIds = (await listPollOptions(deps.storage.db, [id])).map((o) => o.id);
    for (const [i, p] of voters.entries()) {
      const vote = ballots(i, optionIds);
      if (vote && poll) await castVote(deps, actorOf(p), networkId, id, vote, now);
    }
    return { id, optionIds };
  };
  const close = (id: string, chosenOptionId?: string, createEvent?: boolean) =>
    closePoll(deps, lead, networkId, id, { chosenOptionId, createEvent }, now);

  if (swedish) {
    await open(
      {
        ...base(now, 5),
        kind: "consent",
        title: "Gemensam kalender för ungdomsarbetet",
        details: "Vi samlar alla evenemang i Solmus årshjul.",
      },
      (i) => (i < 4 ? { choice: "consent" } : null),
    );
    return;
  }

  await saveDecisionRules(deps, lead, networkId, [
    { decisionKind: "ordinary", method: "majority", share: null, quorumPercent: null },
    { decisionKind: "major", method: "consensus", share: null, quorumPercent: null },
  ]);

  await open(
    {
      ...base(now, 4),
      kind: "proposal",
      title: "Kevään verkostotapaamiset Teamsissa",
      details:
        "Pidetään kevään kolme verkostotapaamista etänä, jotta maakunnan reunoilta on helpompi osallistua. Syksyn työpaja on kasvokkain.",
    },
    (i) =>
      i < 5 ? { choice: "agree" } : i === 5 ? { choice: "disagree", reason: "Kasvokkain tapaaminen rakentaa luottamusta paremmin." } : null,
  );
  await open(
    {
      ...base(now, 6),
      kind: "time_poll",
      title: "Syksyn oppimiskahvilan ajankohta",
      options: [
        { start: `${dayFrom(now, 30)}T09:00`, end: `${dayFrom(now, 30)}T12:00` },
        { start: `${dayFrom(now, 32)}T13:00`, end: `${dayFrom(now, 32)}T16:00` },
        { start: `${dayFrom(now, 37)}T09:00`, end: `${dayFrom(now, 37)}T12:00` },
      ],
    },
    (i, [a, b, c]) =>
      i < 6 && a && b && c ? { answers: { [a]: i % 3 === 0 ? "no" : "yes", [b]: "maybe", [c]: i < 2 ? "yes" : "no" } } : null,
  );
  await open(
    {
      ...base(now, 9),
      kind: "dot_vote",
      title: "Ensi vuoden painopisteet",
      dots: 5,
      options: [
        { label: "Perheiden palveluohjaus" },
        { label: "Nuorten mielenterveys" },
        { label: "Ikäihmisten yksinäisyys" },
        { label: "Järjestöjen tilat" },
      ],
    },
    (i, ids) => (i < 4 && ids[i % 2] && ids[2] ? { dots: { [ids[i % 2] as string]: 3, [ids[2] as string]: 2 } } : null),
  );

  const consent = await open(
    {
      ...base(now, 3),
      kind: "consent",
      title: "Viestintäryhmän kokoonpano",
      details: "Viestintäryhmään kuuluvat Kuopion kaupunki, Pohjois-Savon hyvinvointialue ja MLL:n piiri.",
    },
    (i) => (i < 7 ? { choice: "consent" } : null),
  );
  await close(consent.id);
  const ranked = await open(
    {
      ...base(now, 3),
      kind: "ranked_choice",
      title: "Vuoden teema",
      options: [{ label: "Lapsiperheiden arki" }, { label: "Yhdessä tekeminen" }, { label: "Hyvinvointi työssä" }],
    },
    (i, [a, b, c]) => (a && b && c ? { ranking: i < 4 ? [a, b] : i < 7 ? [b, a] : [c, b] } : null),
  );
  await close(ranked.id);
  const secret = await open(
    {
      ...base(now, 3),
      kind: "proposal",
      decisionKind: "major",
      anonymous: true,
      title: "Yhteisen koordinaattorin palkkaaminen hankerahalla",
    },
    (i) =>
      i < 6 ? { choice: "agree" } : i === 6 ? { choice: "block", reason: "Hankerahoitus loppuu ennen kuin työ ehtii vakiintua." } : null,
  );
  await close(secret.id);
}
