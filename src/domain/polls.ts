// Polls and their outcomes (issue #21): what a vote may say, how votes add up, and which rule decides.
// Every function is pure and depends only on counts, so a result never depends on the order of the votes.

export const POLL_KINDS = ["proposal", "consent", "choose", "dot_vote", "score", "ranked_choice", "time_poll"] as const;
export type PollKind = (typeof POLL_KINDS)[number];

/** Kinds whose question is one proposal (no options); the others choose among options. */
export const PROPOSAL_KINDS: readonly PollKind[] = ["proposal", "consent"];
export const hasOptions = (kind: PollKind) => !PROPOSAL_KINDS.includes(kind);

export const PROPOSAL_CHOICES = ["agree", "abstain", "disagree", "block"] as const;
export const CONSENT_CHOICES = ["consent", "objection"] as const;
export const TIME_ANSWERS = ["yes", "maybe", "no"] as const;
export type TimeAnswer = (typeof TIME_ANSWERS)[number];

/** Who may vote: every member and coordinator, one vote per member organisation by its representatives, or a chosen group. */
export const POLL_AUDIENCES = ["members", "organisations", "group"] as const;
export type PollAudience = (typeof POLL_AUDIENCES)[number];

/** The highest score of a `score` poll; every option is scored 0 to this. */
export const SCORE_MAX = 5;
export const MAX_OPTIONS = 30;
export const MAX_DOTS = 100;

/** How the network decides, as its agreement (question 6) states it for a kind of decision. */
export const DECISION_METHODS = ["consensus", "consent", "majority", "qualified_majority"] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];

/** The kinds of decision an agreement can give different rules: everyday ones and major ones (goals, money, the agreement). */
export const DECISION_KINDS = ["ordinary", "major"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** Qualified majorities as exact fractions, so that 2 of 3 is two thirds (a percentage would round it away). */
export const QUALIFIED_SHARES = { three_fifths: [3, 5], two_thirds: [2, 3], three_quarters: [3, 4] } as const;
export type QualifiedShare = keyof typeof QUALIFIED_SHARES;
export const QUALIFIED_SHARE_NAMES = Object.keys(QUALIFIED_SHARES) as QualifiedShare[];

export interface DecisionRuleSetting {
  method: DecisionMethod;
  /** Only for `qualified_majority`. */
  share: QualifiedShare | null;
}

/** The rule when the agreement states none: the framework's networks work by agreement, so nobody is outvoted by default. */
export const DEFAULT_RULE: DecisionRuleSetting = { method: "consensus", share: null };

export type Vote =
  | { kind: "proposal"; choice: (typeof PROPOSAL_CHOICES)[number]; reason: string }
  | { kind: "consent"; choice: (typeof CONSENT_CHOICES)[number]; reason: string }
  | { kind: "choose"; optionIds: string[] }
  | { kind: "dot_vote"; dots: Record<string, number> }
  | { kind: "score"; scores: Record<string, number> }
  | { kind: "ranked_choice"; ranking: string[] }
  | { kind: "time_poll"; answers: Record<string, TimeAnswer> };

/** What a vote may be: the poll's kind, its options, how many may be chosen and how many dots each voter has. */
export interface PollSpec {
  kind: PollKind;
  optionIds: string[];
  maxChoices: number;
  dots: number;
}

/** A vote as it arrives: the fields of every kind, all optional; `checkVote` keeps those of the poll's kind. */
export interface VoteInput {
  choice?: string;
  reason?: string;
  optionIds?: string[];
  dots?: Record<string, number>;
  scores?: Record<string, number>;
  ranking?: string[];
  answers?: Record<string, string>;
}

/** Why a vote was refused: the field at fault and a key under `polls.voteError`. */
export interface VoteProblem {
  field: string;
  problem: "required" | "unknown_choice" | "reason_required" | "unknown_option" | "too_many" | "too_few" | "repeated" | "out_of_range";
}

const problem = (field: string, p: VoteProblem["problem"]): { problem: VoteProblem } => ({ problem: { field, problem: p } });

function keyedValues<T>(
  field: string,
  spec: PollSpec,
  given: Record<string, T> | undefined,
  valid: (v: T) => boolean,
  everyOption: boolean,
): { problem: VoteProblem } | { values: Record<string, T> } {
  if (!given) return problem(field, "required");
  const known = new Set(spec.optionIds);
  for (const [id, v] of Object.entries(given)) {
    if (!known.has(id)) return problem(`${field}.${id}`, "unknown_option");
    if (!valid(v)) return problem(`${field}.${id}`, "out_of_range");
  }
  if (everyOption) for (const id of spec.optionIds) if (!(id in given)) return problem(`${field}.${id}`, "required");
  return { values: { ...given } };
}

function optionList(field: string, spec: PollSpec, given: string[] | undefined, max: number): { problem: VoteProblem } | { ids: string[] } {
  if (!given || given.length === 0) return problem(field, "too_few");
  const known = new Set(spec.optionIds);
  if (given.some((id) => !known.has(id))) return problem(field, "unknown_option");
  if (new Set(given).size !== given.length) return problem(field, "repeated");
  if (given.length > max) return problem(field, "too_many");
  return { ids: [...given] };
}

/** The vote this input makes in this poll, or the first thing wrong with it. */
export function checkVote(spec: PollSpec, input: VoteInput): { vote: Vote } | { problem: VoteProblem } {
  const reason = (input.reason ?? "").trim();
  switch (spec.kind) {
    case "proposal": {
      const choice = PROPOSAL_CHOICES.find((c) => c === input.choice);
      if (!input.choice) return problem("choice", "required");
      if (!choice) return problem("choice", "unknown_choice");
      if (choice === "block" && !reason) return problem("reason", "reason_required");
      return { vote: { kind: "proposal", choice, reason } };
    }
    case "consent": {
      const choice = CONSENT_CHOICES.find((c) => c === input.choice);
      if (!input.choice) return problem("choice", "required");
      if (!choice) return problem("choice", "unknown_choice");
      if (choice === "objection" && !reason) return problem("reason", "reason_required");
      return { vote: { kind: "consent", choice, reason } };
    }
    case "choose": {
      const r = optionList("optionIds", spec, input.optionIds, spec.maxChoices);
      return "problem" in r ? r : { vote: { kind: "choose", optionIds: r.ids } };
    }
    case "ranked_choice": {
      const r = optionList("ranking", spec, input.ranking, spec.optionIds.length);
      return "problem" in r ? r : { vote: { kind: "ranked_choice", ranking: r.ids } };
    }
    case "dot_vote": {
      const r = keyedValues("dots", spec, input.dots, (n) => Number.isInteger(n) && n >= 0 && n <= spec.dots, false);
      if ("problem" in r) return r;
      const used = Object.values(r.values).reduce((a, b) => a + b, 0);
      if (used > spec.dots) return problem("dots", "too_many");
      if (used === 0) return problem("dots", "too_few");
      return { vote: { kind: "dot_vote", dots: r.values } };
    }
    case "score": {
      const r = keyedValues("scores", spec, input.scores, (n) => Number.isInteger(n) && n >= 0 && n <= SCORE_MAX, true);
      return "problem" in r ? r : { vote: { kind: "score", scores: r.values } };
    }
    case "time_poll": {
      const r = keyedValues("answers", spec, input.answers, (a) => (TIME_ANSWERS as readonly string[]).includes(a), true);
      return "problem" in r ? r : { vote: { kind: "time_poll", answers: r.values as Record<string, TimeAnswer> } };
    }
  }
}

/** One round of an instant-runoff count: each continuing option's first preferences, and who went out after it. */
export interface RunoffRound {
  counts: Record<string, number>;
  /** Ballots whose every ranked option is out. */
  exhausted: number;
  eliminated: string[];
}

export interface Tally {
  /** Ballots counted. */
  ballots: number;
  /** proposal and consent: votes per choice. */
  choices: Record<string, number>;
  /** Per option: votes (choose), dots, score total, or yes answers (time poll); first-round preferences (ranked). */
  totals: Record<string, number>;
  /** score: the mean score per option; time poll: maybe answers. */
  means: Record<string, number>;
  maybes: Record<string, number>;
  rounds: RunoffRound[];
  /** ranked_choice: the instant-runoff winner, or the options tied when the count stopped. */
  runoffWinners: string[];
}

const zeros = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 0])) as Record<string, number>;

/** Instant runoff: the option with more than half of the ballots still counting wins; the last-placed go out together. */
export function instantRunoff(optionIds: string[], rankings: string[][]): { rounds: RunoffRound[]; winners: string[] } {
  let continuing = [...optionIds];
  const rounds: RunoffRound[] = [];
  while (continuing.length > 0) {
    const counts = zeros(continuing);
    let exhausted = 0;
    for (const ranking of rankings) {
      const first = ranking.find((id) => id in counts);
      if (first === undefined) exhausted++;
      else counts[first] = (counts[first] ?? 0) + 1;
    }
    const active = rankings.length - exhausted;
    const top = Math.max(...continuing.map((id) => counts[id] ?? 0));
    const leaders = continuing.filter((id) => counts[id] === top);
    if (active > 0 && top * 2 > active) {
      rounds.push({ counts, exhausted, eliminated: [] });
      return { rounds, winners: leaders };
    }
    const bottom = Math.min(...continuing.map((id) => counts[id] ?? 0));
    const last = continuing.filter((id) => counts[id] === bottom);
    if (last.length === continuing.length) {
      rounds.push({ counts, exhausted, eliminated: [] });
      return { rounds, winners: active > 0 ? continuing : [] };
    }
    rounds.push({ counts, exhausted, eliminated: last });
    continuing = continuing.filter((id) => !last.includes(id));
  }
  return { rounds, winners: [] };
}

/** Adds the votes up by the poll's kind. */
export function tally(spec: PollSpec, votes: Vote[]): Tally {
  const t: Tally = {
    ballots: votes.length,
    choices: {},
    totals: zeros(spec.optionIds),
    means: {},
    maybes: {},
    rounds: [],
    runoffWinners: [],
  };
  const add = (map: Record<string, number>, key: string, n = 1) => {
    map[key] = (map[key] ?? 0) + n;
  };
  if (spec.kind === "proposal") t.choices = zeros(PROPOSAL_CHOICES);
  if (spec.kind === "consent") t.choices = zeros(CONSENT_CHOICES);
  if (spec.kind === "time_poll") t.maybes = zeros(spec.optionIds);
  const rankings: string[][] = [];
  for (const v of votes) {
    if (v.kind === "proposal" || v.kind === "consent") add(t.choices, v.choice);
    else if (v.kind === "choose") for (const id of v.optionIds) add(t.totals, id);
    else if (v.kind === "dot_vote") for (const [id, n] of Object.entries(v.dots)) add(t.totals, id, n);
    else if (v.kind === "score") for (const [id, n] of Object.entries(v.scores)) add(t.totals, id, n);
    else if (v.kind === "time_poll")
      for (const [id, a] of Object.entries(v.answers)) {
        if (a === "yes") add(t.totals, id);
        if (a === "maybe") add(t.maybes, id);
      }
    else if (v.kind === "ranked_choice") rankings.push(v.ranking);
  }
  if (spec.kind === "score") for (const id of spec.optionIds) t.means[id] = votes.length ? (t.totals[id] ?? 0) / votes.length : 0;
  if (spec.kind === "ranked_choice") {
    const runoff = instantRunoff(spec.optionIds, rankings);
    t.rounds = runoff.rounds;
    t.runoffWinners = runoff.winners;
    t.totals = { ...zeros(spec.optionIds), ...(t.rounds[0]?.counts ?? {}) };
  }
  return t;
}

export type OutcomeStatus = "passed" | "rejected" | "chosen" | "tie" | "no_quorum" | "no_votes";

export interface Outcome {
  status: OutcomeStatus;
  /** The chosen option, or the options tied for first place. */
  optionIds: string[];
}

/** Whether enough of those who may vote did: `quorumPercent` of `eligible`, compared in whole numbers. */
export const quorumMet = (voted: number, eligible: number, quorumPercent: number | null) =>
  quorumPercent === null || voted * 100 >= quorumPercent * eligible;

/**
 * Whether a proposal passes under a rule. Consensus: somebody agrees and nobody disagrees or blocks. Consent: somebody
 * agrees and nobody blocks (disagreeing is standing aside). Majority: more agree than disagree and block together.
 * Qualified majority: agreeing votes are at least the share of those who took a side. Abstaining counts for none of them.
 */
export function proposalPasses(choices: Record<string, number>, rule: DecisionRuleSetting): boolean {
  const agree = choices.agree ?? 0;
  const against = (choices.disagree ?? 0) + (choices.block ?? 0);
  if (agree === 0) return false;
  switch (rule.method) {
    case "consensus":
      return against === 0;
    case "consent":
      return (choices.block ?? 0) === 0;
    case "majority":
      return agree > against;
    case "qualified_majority": {
      const [num, den] = QUALIFIED_SHARES[rule.share ?? "two_thirds"];
      return agree * den >= num * (agree + against);
    }
  }
}

const leadersBy = (ids: string[], score: (id: string) => number[]): string[] => {
  const better = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return false;
  };
  let best: string[] = [];
  for (const id of ids) {
    const first = best[0];
    if (first === undefined || better(score(id), score(first))) best = [id];
    else if (!better(score(first), score(id))) best.push(id);
  }
  return best;
};

/**
 * The outcome of a poll. Quorum first; then proposals by the rule (a consent poll always by consent), options by their
 * kind's count: most votes, dots or score points, the instant-runoff winner, or the time most can attend (then most
 * who may). Options level at the top are a tie, which the person who closes the poll settles.
 */
export function outcome(
  spec: PollSpec,
  t: Tally,
  participation: { voted: number; eligible: number; quorumPercent: number | null },
  rule: DecisionRuleSetting,
): Outcome {
  if (t.ballots === 0) return { status: "no_votes", optionIds: [] };
  if (!quorumMet(participation.voted, participation.eligible, participation.quorumPercent)) return { status: "no_quorum", optionIds: [] };
  if (spec.kind === "proposal") return { status: proposalPasses(t.choices, rule) ? "passed" : "rejected", optionIds: [] };
  if (spec.kind === "consent") {
    const consent = { agree: t.choices.consent ?? 0, block: t.choices.objection ?? 0 };
    return { status: proposalPasses(consent, { method: "consent", share: null }) ? "passed" : "rejected", optionIds: [] };
  }
  if (spec.kind === "ranked_choice") {
    const w = t.runoffWinners;
    return { status: w.length === 1 ? "chosen" : w.length > 1 ? "tie" : "no_votes", optionIds: w };
  }
  const leaders = leadersBy(spec.optionIds, (id) =>
    spec.kind === "time_poll" ? [t.totals[id] ?? 0, (t.totals[id] ?? 0) + (t.maybes[id] ?? 0)] : [t.totals[id] ?? 0],
  );
  return leaders.length === 1 ? { status: "chosen", optionIds: leaders } : { status: "tie", optionIds: leaders };
}

/** Whether a poll is open at `now`: not closed by hand and before its closing time. */
export const pollOpen = (poll: { closesAt: string; closedAt: string | null }, now: Date) =>
  poll.closedAt === null && now.toISOString() < poll.closesAt;

/** The rule the decision log records for an outcome, in the log's own terms (agreement question 6). */
export const decisionLogRule = (kind: PollKind, rule: DecisionRuleSetting): "consensus" | "consent" | "vote" => {
  if (kind === "consent") return "consent";
  if (kind !== "proposal") return "vote";
  return rule.method === "consensus" ? "consensus" : rule.method === "consent" ? "consent" : "vote";
};
