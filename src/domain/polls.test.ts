import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkVote, instantRunoff, outcome, type PollSpec, proposalPasses, quorumMet, tally, type Vote, type VoteInput } from "./polls.ts";

const spec = (kind: PollSpec["kind"], optionIds: string[] = [], maxChoices = 1, dots = 0): PollSpec => ({
  kind,
  optionIds,
  maxChoices,
  dots,
});
const everyone = (voted: number) => ({ voted, eligible: voted, quorumPercent: null });
const consensus = { method: "consensus", share: null } as const;

const proposals = (agree: number, abstain: number, disagree: number, block: number): Vote[] => [
  ...Array.from({ length: agree }, () => ({ kind: "proposal", choice: "agree", reason: "" }) as const),
  ...Array.from({ length: abstain }, () => ({ kind: "proposal", choice: "abstain", reason: "" }) as const),
  ...Array.from({ length: disagree }, () => ({ kind: "proposal", choice: "disagree", reason: "" }) as const),
  ...Array.from({ length: block }, () => ({ kind: "proposal", choice: "block", reason: "ei käy" }) as const),
];

describe("checking a vote", () => {
  const proposal = spec("proposal");
  it("asks a reason for a block and for an objection, but not for agreeing", () => {
    expect(checkVote(proposal, { choice: "block" })).toEqual({ problem: { field: "reason", problem: "reason_required" } });
    expect(checkVote(proposal, { choice: "block", reason: "  " })).toEqual({ problem: { field: "reason", problem: "reason_required" } });
    expect(checkVote(proposal, { choice: "block", reason: " Budjetti ei riitä " })).toEqual({
      vote: { kind: "proposal", choice: "block", reason: "Budjetti ei riitä" },
    });
    expect(checkVote(spec("consent"), { choice: "objection" })).toEqual({ problem: { field: "reason", problem: "reason_required" } });
    expect(checkVote(proposal, { choice: "agree" })).toEqual({ vote: { kind: "proposal", choice: "agree", reason: "" } });
  });

  it("refuses a choice the kind does not have", () => {
    expect(checkVote(proposal, { choice: "consent" })).toEqual({ problem: { field: "choice", problem: "unknown_choice" } });
    expect(checkVote(proposal, {})).toEqual({ problem: { field: "choice", problem: "required" } });
  });

  it("keeps a choose vote within its limit and its options", () => {
    const s = spec("choose", ["a", "b", "c"], 2);
    expect(checkVote(s, { optionIds: ["a", "b", "c"] })).toEqual({ problem: { field: "optionIds", problem: "too_many" } });
    expect(checkVote(s, { optionIds: ["a", "x"] })).toEqual({ problem: { field: "optionIds", problem: "unknown_option" } });
    expect(checkVote(s, { optionIds: ["a", "a"] })).toEqual({ problem: { field: "optionIds", problem: "repeated" } });
    expect(checkVote(s, { optionIds: [] })).toEqual({ problem: { field: "optionIds", problem: "too_few" } });
    expect(checkVote(s, { optionIds: ["c", "a"] })).toEqual({ vote: { kind: "choose", optionIds: ["c", "a"] } });
  });

  it("spends at most the dots a voter has", () => {
    const s = spec("dot_vote", ["a", "b"], 1, 5);
    expect(checkVote(s, { dots: { a: 3, b: 3 } })).toEqual({ problem: { field: "dots", problem: "too_many" } });
    expect(checkVote(s, { dots: { a: -1 } })).toEqual({ problem: { field: "dots.a", problem: "out_of_range" } });
    expect(checkVote(s, { dots: { a: 1.5 } })).toEqual({ problem: { field: "dots.a", problem: "out_of_range" } });
    expect(checkVote(s, { dots: { a: 0 } })).toEqual({ problem: { field: "dots", problem: "too_few" } });
    expect(checkVote(s, { dots: { a: 2, b: 3 } })).toEqual({ vote: { kind: "dot_vote", dots: { a: 2, b: 3 } } });
  });

  it("scores every option from 0 to 5 and answers every candidate time", () => {
    const s = spec("score", ["a", "b"]);
    expect(checkVote(s, { scores: { a: 6, b: 1 } })).toEqual({ problem: { field: "scores.a", problem: "out_of_range" } });
    expect(checkVote(s, { scores: { a: 5 } })).toEqual({ problem: { field: "scores.b", problem: "required" } });
    const t = spec("time_poll", ["t1", "t2"]);
    expect(checkVote(t, { answers: { t1: "yes", t2: "perhaps" } })).toEqual({ problem: { field: "answers.t2", problem: "out_of_range" } });
    expect(checkVote(t, { answers: { t1: "yes", t2: "maybe" } })).toEqual({
      vote: { kind: "time_poll", answers: { t1: "yes", t2: "maybe" } },
    });
  });

  it("ranks each option at most once", () => {
    const s = spec("ranked_choice", ["a", "b", "c"]);
    expect(checkVote(s, { ranking: ["a", "b", "a"] })).toEqual({ problem: { field: "ranking", problem: "repeated" } });
    expect(checkVote(s, { ranking: ["b"] })).toEqual({ vote: { kind: "ranked_choice", ranking: ["b"] } });
  });
});

describe("the rules of the agreement", () => {
  it("consensus: one disagreement or block rejects, abstaining does not", () => {
    expect(proposalPasses({ agree: 5, abstain: 2, disagree: 0, block: 0 }, consensus)).toBe(true);
    expect(proposalPasses({ agree: 5, abstain: 0, disagree: 1, block: 0 }, consensus)).toBe(false);
    expect(proposalPasses({ agree: 0, abstain: 4, disagree: 0, block: 0 }, consensus)).toBe(false);
  });

  it("consent: disagreeing stands aside, a block stops it", () => {
    const consent = { method: "consent", share: null } as const;
    expect(proposalPasses({ agree: 3, disagree: 2, block: 0 }, consent)).toBe(true);
    expect(proposalPasses({ agree: 9, disagree: 0, block: 1 }, consent)).toBe(false);
  });

  it("majority: a tie is no majority, blocks count against", () => {
    const majority = { method: "majority", share: null } as const;
    expect(proposalPasses({ agree: 4, abstain: 3, disagree: 3, block: 0 }, majority)).toBe(true);
    expect(proposalPasses({ agree: 4, disagree: 3, block: 1 }, majority)).toBe(false);
    expect(proposalPasses({ agree: 5, disagree: 3, block: 1 }, majority)).toBe(true);
  });

  it("qualified majority counts exact fractions: 2 of 3 is two thirds", () => {
    const twoThirds = { method: "qualified_majority", share: "two_thirds" } as const;
    expect(proposalPasses({ agree: 2, disagree: 1 }, twoThirds)).toBe(true);
    expect(proposalPasses({ agree: 6, disagree: 4 }, twoThirds)).toBe(false);
    expect(proposalPasses({ agree: 3, disagree: 1 }, { method: "qualified_majority", share: "three_quarters" })).toBe(true);
    expect(proposalPasses({ agree: 5, disagree: 2 }, { method: "qualified_majority", share: "three_quarters" })).toBe(false);
    expect(proposalPasses({ agree: 3, disagree: 2 }, { method: "qualified_majority", share: "three_fifths" })).toBe(true);
  });

  it("quorum: 6 of 10 meets 60 %, 5 of 10 does not, and no quorum decides nothing", () => {
    expect(quorumMet(6, 10, 60)).toBe(true);
    expect(quorumMet(5, 10, 60)).toBe(false);
    const t = tally(spec("proposal"), proposals(5, 0, 0, 0));
    expect(outcome(spec("proposal"), t, { voted: 5, eligible: 10, quorumPercent: 60 }, consensus)).toEqual({
      status: "no_quorum",
      optionIds: [],
    });
    expect(outcome(spec("proposal"), t, { voted: 5, eligible: 10, quorumPercent: 50 }, consensus)).toEqual({
      status: "passed",
      optionIds: [],
    });
  });

  it("a consent poll passes only when nobody objects, whatever the agreement says", () => {
    const s = spec("consent");
    const votes: Vote[] = [
      { kind: "consent", choice: "consent", reason: "" },
      { kind: "consent", choice: "objection", reason: "Aikataulu on liian tiukka" },
    ];
    expect(outcome(s, tally(s, votes), everyone(2), { method: "majority", share: null }).status).toBe("rejected");
    expect(outcome(s, tally(s, votes.slice(0, 1)), everyone(1), consensus).status).toBe("passed");
  });

  it("no votes is no outcome", () => {
    const s = spec("choose", ["a"]);
    expect(outcome(s, tally(s, []), { voted: 0, eligible: 5, quorumPercent: null }, consensus)).toEqual({
      status: "no_votes",
      optionIds: [],
    });
  });
});

describe("counting options", () => {
  it("choose: most votes wins, a level top is a tie", () => {
    const s = spec("choose", ["a", "b", "c"], 2);
    const votes: Vote[] = [
      { kind: "choose", optionIds: ["a", "b"] },
      { kind: "choose", optionIds: ["b"] },
      { kind: "choose", optionIds: ["a", "c"] },
    ];
    const t = tally(s, votes);
    expect(t.totals).toEqual({ a: 2, b: 2, c: 1 });
    expect(outcome(s, t, everyone(3), consensus)).toEqual({ status: "tie", optionIds: ["a", "b"] });
    expect(outcome(s, tally(s, votes.slice(0, 2)), everyone(2), consensus)).toEqual({ status: "chosen", optionIds: ["b"] });
  });

  it("dot vote and score add up points; score also gives the mean", () => {
    const d = spec("dot_vote", ["a", "b"], 1, 5);
    expect(
      tally(d, [
        { kind: "dot_vote", dots: { a: 5 } },
        { kind: "dot_vote", dots: { a: 1, b: 4 } },
      ]).totals,
    ).toEqual({ a: 6, b: 4 });
    const s = spec("score", ["a", "b"]);
    const t = tally(s, [
      { kind: "score", scores: { a: 5, b: 2 } },
      { kind: "score", scores: { a: 2, b: 4 } },
    ]);
    expect(t.totals).toEqual({ a: 7, b: 6 });
    expect(t.means).toEqual({ a: 3.5, b: 3 });
    expect(outcome(s, t, everyone(2), consensus)).toEqual({ status: "chosen", optionIds: ["a"] });
  });

  it("time poll: most yes wins; equal yes goes to the one more can perhaps attend", () => {
    const s = spec("time_poll", ["mon", "tue", "wed"]);
    const t = tally(s, [
      { kind: "time_poll", answers: { mon: "yes", tue: "yes", wed: "no" } },
      { kind: "time_poll", answers: { mon: "no", tue: "maybe", wed: "yes" } },
      { kind: "time_poll", answers: { mon: "yes", tue: "yes", wed: "no" } },
    ]);
    expect(t.totals).toEqual({ mon: 2, tue: 2, wed: 1 });
    expect(t.maybes).toEqual({ mon: 0, tue: 1, wed: 0 });
    expect(outcome(s, t, everyone(3), consensus)).toEqual({ status: "chosen", optionIds: ["tue"] });
  });

  it("instant runoff, counted by hand: c goes out, its ballots move to b, b wins in the second round", () => {
    const ballots = [
      ...Array.from({ length: 4 }, () => ["a", "b", "c"]),
      ...Array.from({ length: 3 }, () => ["b", "a", "c"]),
      ...Array.from({ length: 2 }, () => ["c", "b", "a"]),
    ];
    const r = instantRunoff(["a", "b", "c"], ballots);
    expect(r.rounds).toEqual([
      { counts: { a: 4, b: 3, c: 2 }, exhausted: 0, eliminated: ["c"] },
      { counts: { a: 4, b: 5 }, exhausted: 0, eliminated: [] },
    ]);
    expect(r.winners).toEqual(["b"]);
  });

  it("instant runoff: a ballot whose options are all out is exhausted; the last placed go out together", () => {
    const r = instantRunoff(["a", "b", "c", "d"], [["a"], ["a"], ["b"], ["b"], ["c"], ["d", "b"]]);
    expect(r.rounds[0]).toEqual({ counts: { a: 2, b: 2, c: 1, d: 1 }, exhausted: 0, eliminated: ["c", "d"] });
    expect(r.rounds[1]).toEqual({ counts: { a: 2, b: 3 }, exhausted: 1, eliminated: [] });
    expect(r.winners).toEqual(["b"]);
  });

  it("instant runoff: options level to the end are a tie", () => {
    const s = spec("ranked_choice", ["a", "b"]);
    const t = tally(s, [
      { kind: "ranked_choice", ranking: ["a", "b"] },
      { kind: "ranked_choice", ranking: ["b", "a"] },
    ]);
    expect(outcome(s, t, everyone(2), consensus)).toEqual({ status: "tie", optionIds: ["a", "b"] });
  });
});

const OPTIONS = ["o1", "o2", "o3", "o4"];
const voteOf = (kind: PollSpec["kind"]): fc.Arbitrary<VoteInput> => {
  switch (kind) {
    case "proposal":
      return fc.record({ choice: fc.constantFrom("agree", "abstain", "disagree", "block"), reason: fc.constantFrom("", "syy") });
    case "consent":
      return fc.record({ choice: fc.constantFrom("consent", "objection"), reason: fc.constantFrom("", "syy") });
    case "choose":
      return fc.record({ optionIds: fc.shuffledSubarray(OPTIONS, { minLength: 1, maxLength: 2 }) });
    case "ranked_choice":
      return fc.record({ ranking: fc.shuffledSubarray(OPTIONS, { minLength: 1 }) });
    case "dot_vote":
      return fc.record({ dots: fc.dictionary(fc.constantFrom(...OPTIONS), fc.integer({ min: 0, max: 3 })) });
    case "score":
      return fc.record({ scores: fc.record(Object.fromEntries(OPTIONS.map((o) => [o, fc.integer({ min: 0, max: 5 })]))) });
    case "time_poll":
      return fc.record({ answers: fc.record(Object.fromEntries(OPTIONS.map((o) => [o, fc.constantFrom("yes", "maybe", "no")]))) });
  }
};

describe("properties", () => {
  const kinds = ["proposal", "consent", "choose", "dot_vote", "score", "ranked_choice", "time_poll"] as const;
  it.each(kinds)("a %s poll's result never depends on the order of the votes", (kind) => {
    const s = spec(kind, kind === "proposal" || kind === "consent" ? [] : OPTIONS, 2, 6);
    const rules = [consensus, { method: "majority", share: null } as const, { method: "qualified_majority", share: "two_thirds" } as const];
    fc.assert(
      fc.property(fc.array(voteOf(kind), { maxLength: 25 }), fc.integer({ min: 0, max: 1000 }), (inputs, seed) => {
        const votes = inputs.flatMap((i) => {
          const r = checkVote(s, i);
          return "vote" in r ? [r.vote] : [];
        });
        const shuffled = [...votes].sort((a, b) => ((JSON.stringify(a).length * seed) % 7) - ((JSON.stringify(b).length * seed) % 7));
        const reversed = [...votes].reverse();
        for (const rule of rules) {
          const base = outcome(s, tally(s, votes), everyone(votes.length), rule);
          expect(outcome(s, tally(s, reversed), everyone(votes.length), rule)).toEqual(base);
          expect(outcome(s, tally(s, shuffled), everyone(votes.length), rule)).toEqual(base);
        }
        expect(tally(s, reversed)).toEqual(tally(s, votes));
      }),
    );
  });

  it("instant runoff names a winner who holds more than half of the ballots still counting in the last round", () => {
    fc.assert(
      fc.property(fc.array(fc.shuffledSubarray(OPTIONS, { minLength: 1 }), { minLength: 1, maxLength: 30 }), (ballots) => {
        const r = instantRunoff(OPTIONS, ballots);
        const last = r.rounds.at(-1);
        expect(last).toBeDefined();
        if (r.winners.length === 1 && last) {
          const w = r.winners[0] as string;
          expect((last.counts[w] ?? 0) * 2).toBeGreaterThan(ballots.length - last.exhausted);
        }
      }),
    );
  });
});
