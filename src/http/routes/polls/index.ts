import { z } from "@hono/zod-openapi";
import {
  CONSENT_CHOICES,
  DECISION_KINDS,
  DECISION_METHODS,
  MAX_DOTS,
  MAX_OPTIONS,
  POLL_AUDIENCES,
  POLL_KINDS,
  PROPOSAL_CHOICES,
  QUALIFIED_SHARE_NAMES,
  TIME_ANSWERS,
} from "../../../domain/polls.ts";
import { decisionRules, saveDecisionRules } from "../../../services/decisionRules.ts";
import { closePoll } from "../../../services/pollClosing.ts";
import { castVote, createPoll, removePoll } from "../../../services/polls.ts";
import { getPoll, listPolls } from "../../../services/pollView.ts";
import { errors, jsonBody, jsonOk, NetworkParam, orNull } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("polls");

const Id = z.string().max(100);
const PollParams = NetworkParam.extend({ pollId: Id });
const Rule = z.object({ method: z.enum(DECISION_METHODS), share: z.enum(QUALIFIED_SHARE_NAMES).nullable() }).openapi("DecisionRule");

const PollOption = z
  .object({
    id: z.string(),
    label: z.string(),
    start: z.string().nullable().openapi({ description: "Time polls: local start, YYYY-MM-DDTHH:mm in the poll's time zone" }),
    end: z.string().nullable(),
  })
  .openapi("PollOption");

const summary = {
  id: z.string(),
  kind: z.enum(POLL_KINDS),
  title: z.string(),
  details: z.string(),
  decisionKind: z.enum(DECISION_KINDS),
  rule: orNull(Rule).openapi({ description: "Proposals: the agreement's rule when the poll opened; consent polls: consent" }),
  quorumPercent: z.number().nullable(),
  maxChoices: z.number(),
  dots: z.number(),
  timeZone: z.string(),
  audience: z.enum(POLL_AUDIENCES),
  anonymous: z.boolean(),
  hideResultsUntilClosed: z.boolean(),
  allowChange: z.boolean(),
  closesAt: z.string(),
  closedAt: z.string().nullable(),
  open: z.boolean(),
  chosenOptionId: z.string().nullable(),
  eventId: z.string().nullable(),
  createdAt: z.string(),
  options: z.array(PollOption),
};

const PollOutcome = z.object({
  status: z.enum(["passed", "rejected", "chosen", "tie", "no_quorum", "no_votes"]),
  optionIds: z.array(z.string()),
});

const PollListItem = z
  .object({
    ...summary,
    voted: z.number(),
    needsMyVote: z.boolean().openapi({ description: "Open, the actor may vote and has not" }),
    outcome: PollOutcome.nullable().openapi({ description: "Closed polls: the outcome as it was frozen at closing" }),
  })
  .openapi("PollListItem");

const VoteSchema = z
  .union([
    z.object({ kind: z.literal("proposal"), choice: z.enum(PROPOSAL_CHOICES), reason: z.string() }),
    z.object({ kind: z.literal("consent"), choice: z.enum(CONSENT_CHOICES), reason: z.string() }),
    z.object({ kind: z.literal("choose"), optionIds: z.array(z.string()) }),
    z.object({ kind: z.literal("dot_vote"), dots: z.record(z.string(), z.number()) }),
    z.object({ kind: z.literal("score"), scores: z.record(z.string(), z.number()) }),
    z.object({ kind: z.literal("ranked_choice"), ranking: z.array(z.string()) }),
    z.object({ kind: z.literal("time_poll"), answers: z.record(z.string(), z.enum(TIME_ANSWERS)) }),
  ])
  .openapi("PollVote");

const counts = z.record(z.string(), z.number());
const Results = z
  .object({
    tally: z.object({
      ballots: z.number(),
      choices: counts,
      totals: counts,
      means: counts,
      maybes: counts,
      rounds: z.array(z.object({ counts, exhausted: z.number(), eliminated: z.array(z.string()) })),
      runoffWinners: z.array(z.string()),
    }),
    outcome: PollOutcome,
    voted: z.number(),
    eligible: z.number(),
    votes: z.array(z.object({ name: z.string(), organisationName: z.string().nullable(), vote: VoteSchema })),
    reasons: z.array(z.object({ choice: z.string(), reason: z.string(), name: z.string().nullable() })),
  })
  .openapi("PollResults");

const Poll = z
  .object({
    ...summary,
    decisionId: z.string().nullable(),
    voters: z.array(z.object({ name: z.string(), organisationName: z.string().nullable() })).openapi({ description: "Who has voted" }),
    eligible: z.number(),
    canVote: z.boolean(),
    hasVoted: z.boolean(),
    myVote: orNull(VoteSchema),
    votesForOrganisation: z.boolean(),
    results: orNull(Results).openapi({ description: "Null while the results are hidden until the poll closes" }),
    canClose: z.boolean(),
    canSettle: z.boolean(),
    canPlanMeeting: z.boolean(),
    canDelete: z.boolean(),
  })
  .openapi("Poll");

const PollInput = z
  .object({
    title: z.string().trim().min(1).max(200),
    details: z.string().trim().max(10_000).default(""),
    kind: z.enum(POLL_KINDS),
    decisionKind: z.enum(DECISION_KINDS).default("ordinary"),
    options: z
      .array(z.object({ label: z.string().max(300).optional(), start: z.string().max(20).optional(), end: z.string().max(20).optional() }))
      .max(MAX_OPTIONS)
      .default([]),
    maxChoices: z.number().int().min(1).max(MAX_OPTIONS).nullable().default(null),
    dots: z.number().int().min(1).max(MAX_DOTS).nullable().default(null),
    closesAt: z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString()),
    timeZone: z.string().max(64).default("Europe/Helsinki"),
    anonymous: z.boolean().default(false),
    hideResultsUntilClosed: z.boolean().default(false),
    allowChange: z.boolean().default(true),
    quorum: z.number().int().min(1).max(100).nullable().default(null).openapi({ description: "Share of those who may vote, in %" }),
    audience: z.enum(POLL_AUDIENCES).default("members"),
    audienceIds: z.array(Id).max(2000).default([]).openapi({ description: "audience=group: the people (directory ids) who may vote" }),
  })
  .openapi("PollInput");

const VoteInput = z
  .object({
    choice: z.string().max(20).optional(),
    reason: z.string().max(4000).optional(),
    optionIds: z.array(Id).max(MAX_OPTIONS).optional(),
    dots: z.record(Id, z.number().int()).optional(),
    scores: z.record(Id, z.number().int()).optional(),
    ranking: z.array(Id).max(MAX_OPTIONS).optional(),
    answers: z.record(Id, z.string().max(10)).optional(),
  })
  .openapi("PollVoteInput");

const StatedRule = z
  .object({ decisionKind: z.enum(DECISION_KINDS), rule: Rule, quorumPercent: z.number().nullable(), stated: z.boolean() })
  .openapi("StatedDecisionRule");
const DecisionRules = z.object({ items: z.array(StatedRule), canEdit: z.boolean() }).openapi("DecisionRules");

routes.get(
  "/networks/{networkId}/polls",
  "The network's polls, open ones first (soonest closing), then closed ones newest first",
  { params: NetworkParam },
  { 200: jsonOk(z.object({ items: z.array(PollListItem), canCreate: z.boolean() }), "Polls"), ...errors(401, 404) },
  (deps, actor, { networkId }) => listPolls(deps, actor, networkId),
);

routes.post(
  "/networks/{networkId}/polls",
  "Open a poll (members and coordinators): proposal, consent, choose, dot vote, score, ranked choice or time poll",
  { params: NetworkParam, ...jsonBody(PollInput) },
  { 201: jsonOk(Poll, "Opened"), ...errors(400, 401, 403, 404, 413) },
  async (deps, actor, { networkId, quorum, ...input }) =>
    getPoll(deps, actor, networkId, await createPoll(deps, actor, networkId, { ...input, quorumPercent: quorum })),
);

routes.get(
  "/networks/{networkId}/polls/{pollId}",
  "One poll: who has voted, the actor's own vote, and the results unless hidden until it closes (never who voted how when anonymous)",
  { params: PollParams },
  { 200: jsonOk(Poll, "The poll"), ...errors(401, 404) },
  (deps, actor, { networkId, pollId }) => getPoll(deps, actor, networkId, pollId),
);

routes.put(
  "/networks/{networkId}/polls/{pollId}/vote",
  "Vote, or change one's vote while the poll allows it; the body's fields follow the poll's kind",
  { params: PollParams, ...jsonBody(VoteInput) },
  { 200: jsonOk(Poll, "Voted"), ...errors(400, 401, 403, 404, 409) },
  async (deps, actor, { networkId, pollId, ...input }) => {
    await castVote(deps, actor, networkId, pollId, input);
    return await getPoll(deps, actor, networkId, pollId);
  },
);

routes.post(
  "/networks/{networkId}/polls/{pollId}/close",
  "Close the poll now (its author or a coordinator), or settle a closed one: choose among tied options, or plan the time poll's meeting",
  {
    params: PollParams,
    ...jsonBody(z.object({ chosenOptionId: Id.optional(), createEvent: z.boolean().optional() })),
  },
  { 200: jsonOk(Poll, "Closed"), ...errors(400, 401, 403, 404, 409) },
  async (deps, actor, { networkId, pollId, ...input }) => {
    await closePoll(deps, actor, networkId, pollId, input);
    return await getPoll(deps, actor, networkId, pollId);
  },
);

routes.delete(
  "/networks/{networkId}/polls/{pollId}",
  "Delete a poll nobody has voted in (its author or a coordinator)",
  { params: PollParams },
  { 204: { description: "Deleted" }, ...errors(401, 403, 404, 409) },
  (deps, actor, { networkId, pollId }) => removePoll(deps, actor, networkId, pollId),
);

routes.get(
  "/networks/{networkId}/agreement/decision-rules",
  "How the network decides, per kind of decision, as its agreement states it beside the text of question 6",
  { params: NetworkParam },
  { 200: jsonOk(DecisionRules, "The rules"), ...errors(401, 404) },
  (deps, actor, { networkId }) => decisionRules(deps, actor, networkId),
);

routes.put(
  "/networks/{networkId}/agreement/decision-rules",
  "Save the decision rules (coordinators); polls opened from now on follow them",
  {
    params: NetworkParam,
    ...jsonBody(
      z.object({
        items: z
          .array(
            z.object({
              decisionKind: z.enum(DECISION_KINDS),
              method: z.enum(DECISION_METHODS),
              share: z.enum(QUALIFIED_SHARE_NAMES).nullable().default(null),
              quorumPercent: z.number().int().min(1).max(100).nullable().default(null),
            }),
          )
          .min(1)
          .max(DECISION_KINDS.length),
      }),
    ),
  },
  { 200: jsonOk(DecisionRules, "Saved"), ...errors(400, 401, 403, 404) },
  (deps, actor, { networkId, items }) => saveDecisionRules(deps, actor, networkId, items),
);

export const pollRoutes = routes.app;
