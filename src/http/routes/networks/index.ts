import { z } from "@hono/zod-openapi";
import { NETWORK_ROLES, NETWORK_TYPES, type NetworkType, PHASES } from "../../../domain/network.ts";
import { POLL_KINDS } from "../../../domain/polls.ts";
import { SETUP_STEPS } from "../../../domain/setup.ts";
import { TIES_VISIBILITIES } from "../../../domain/surveyVisibility.ts";
import { cycleView } from "../../../services/cycles.ts";
import { createNetwork, listNetworks, updateNetwork } from "../../../services/networks.ts";
import { parseCursor } from "../../../services/pagination.ts";
import { networkHome } from "../../../services/views/networkHome.ts";
import { presentNetwork } from "../../presenters/index.ts";
import { errors, jsonBody, jsonOk, NetworkParam, orNull, PageQuery, page } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const routes = serviceRoutes("networks");

const RoleSchema = z.enum(NETWORK_ROLES);
const NetworkTypeSchema = z.enum(NETWORK_TYPES);

const NetworkInput = z
  .object({
    name: z.string().trim().min(1).max(200).openapi({ example: "Pohjois-Savon hyvinvointiverkosto" }),
    purpose: z.string().trim().max(4000).default(""),
    networkType: NetworkTypeSchema,
    governance: z.string().trim().max(4000).default(""),
    staleAfterDays: z
      .number()
      .int()
      .min(30)
      .max(1095)
      .default(180)
      .openapi({ description: "Days after which directory contact details count as stale" }),
    surveyRetentionMonths: z
      .number()
      .int()
      .min(1)
      .max(120)
      .nullable()
      .default(null)
      .openapi({ description: "Months after a survey round closes until its raw answers are deleted (its figures stay); null keeps them" }),
    surveyAnswersOnLeave: z.enum(["aggregate", "delete"]).default("aggregate").openapi({
      description: "When a member deletes their account: keep their answers only inside closed rounds' figures, or delete them",
    }),
    surveyTiesVisibility: z.enum(TIES_VISIBILITIES).default("individual").openapi({
      description:
        "Default for new survey rounds: coordinators see individual ties (who named whom), or only the structure of groups of at least the minimum group size",
    }),
    requireSso: z.boolean().optional().openapi({
      description:
        "Members reach the network only from a session opened through an identity provider (not a password or an API token); turning it on needs a configured provider and the coordinator signed in through one. Unchanged when left out",
    }),
  })
  .openapi("NetworkInput");

const NetworkSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    purpose: z.string(),
    networkType: NetworkTypeSchema,
    governance: z.string(),
    minGroupSize: z.number(),
    staleAfterDays: z.number(),
    surveyRetentionMonths: z.number().nullable(),
    surveyAnswersOnLeave: z.enum(["aggregate", "delete"]),
    surveyTiesVisibility: z.enum(TIES_VISIBILITIES),
    requireSso: z.boolean(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Network");

const CycleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    phase: z.enum(PHASES),
    closedAt: z.string().nullable(),
  })
  .openapi("Cycle");

const NetworkHome = z
  .object({
    network: NetworkSchema,
    role: RoleSchema,
    currentCycle: orNull(CycleSchema),
    cycleCount: z.number(),
    memberCount: z.number(),
    organisationCount: z.number(),
    pendingInvitations: z.number().nullable().openapi({ description: "Coordinators only; null for others" }),
    freshness: z
      .object({ share: z.number().nullable(), stale: z.number(), total: z.number() })
      .nullable()
      .openapi({ description: "Coordinators only: how many directory profiles are confirmed within the threshold" }),
    governanceDiagnosisDue: z
      .boolean()
      .nullable()
      .openapi({ description: "Coordinators: no governance diagnosis has been made since the current cycle began (null for others)" }),
    missingGaps: z
      .number()
      .nullable()
      .openapi({ description: "Coordinators only: wished-for organisations and competences still missing" }),
    unrepresented: z
      .number()
      .nullable()
      .openapi({ description: "Coordinators only: member organisations that have named no representative and so cannot approve" }),
    agreement: z
      .object({ number: z.number(), status: z.enum(["proposed", "approved", "superseded"]), changedSinceProposal: z.boolean() })
      .nullable()
      .openapi({ description: "Members and coordinators: the newest agreement version and whether the draft has changed since it" }),
    welcome: z
      .object({
        personId: z.string(),
        photo: z.boolean(),
        competences: z.boolean(),
        needs: z.boolean(),
        languages: z.boolean(),
      })
      .nullable()
      .openapi({ description: "Until you first save or confirm your profile: which parts of it are filled in" }),
    setup: z
      .array(z.object({ step: z.enum(SETUP_STEPS), done: z.boolean() }))
      .nullable()
      .openapi({ description: "Coordinators of a network still being set up: its first steps; null once all are done" }),
    pending: z
      .object({
        evaluatePhase: z.enum(PHASES).nullable().openapi({ description: "The current phase, while you have not evaluated it" }),
        agreementVersionId: z.string().nullable().openapi({
          description: "A proposed agreement your organisation has not yet decided on, when you are one of its representatives",
        }),
        networkTypeAssessment: z.boolean().openapi({ description: "You have not assessed the network's type in this cycle" }),
        promisesOverdue: z.number(),
        promisesDueSoon: z.number().openapi({ description: "Your open promises due within 14 days" }),
      })
      .nullable()
      .openapi({ description: "Members and coordinators, while a cycle runs: what the network asks of you now" }),
    survey: z
      .object({
        roundId: z.string(),
        title: z.string(),
        status: z.enum(["scheduled", "open", "closed"]),
        closesOn: z.string(),
        respondedCount: z.number(),
        invitedCount: z.number(),
        myState: z.enum(["not_invited", "not_started", "draft", "submitted"]),
      })
      .nullable()
      .openapi({ description: "The latest health-survey round that has begun, and where you stand in it" }),
    meetings: z.object({
      next: z
        .object({
          id: z.string(),
          title: z.string(),
          start: z.string(),
          invited: z.boolean(),
          myRsvp: z.enum(["yes", "no", "maybe"]).nullable(),
        })
        .nullable(),
      balance: z.object({ sideBySide: z.number(), together: z.number() }).openapi({ description: "Activities of the current cycle" }),
    }),
    evaluation: z.object({
      indicators: z.number().openapi({ description: "Indicators on the current cycle's goals" }),
      withoutValue: z.number().openapi({ description: "Of them, those entered by hand that have no value in this cycle yet" }),
      round: z
        .object({ status: z.enum(["open", "closed"]), closesOn: z.string(), answered: z.boolean() })
        .nullable()
        .openapi({ description: "The current cycle's joint evaluation and whether you have answered it" }),
      publicPage: z.string().nullable().openapi({ description: "The network's public page when it is on" }),
    }),
    polls: z.object({
      open: z.number().openapi({ description: "Open polls in the network" }),
      needingMe: z
        .array(z.object({ id: z.string(), title: z.string(), kind: z.enum(POLL_KINDS), closesAt: z.string() }))
        .openapi({ description: "Open polls in which you may vote and have not, soonest closing first" }),
    }),
  })
  .openapi("NetworkHome");

const NetworkListItem = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  networkType: NetworkTypeSchema,
  role: RoleSchema.nullable(),
});

routes.get(
  "/networks",
  "Networks the signed-in person belongs to (an instance admin sees all)",
  { query: PageQuery },
  { 200: jsonOk(page(NetworkListItem), "A page of networks"), ...errors(400, 401) },
  async (deps, actor, { limit, cursor }) => {
    const result = await listNetworks(deps, actor, limit, parseCursor(cursor));
    return {
      items: result.items.map((n) => ({
        id: n.id,
        name: n.name,
        purpose: n.purpose,
        networkType: n.network_type as NetworkType,
        role: n.role,
      })),
      nextCursor: result.nextCursor,
    };
  },
);

routes.post(
  "/networks",
  "Create a network (instance admin); the creator becomes its coordinator",
  jsonBody(NetworkInput),
  {
    201: jsonOk(NetworkSchema, "Created"),
    ...errors(400, 401, 403, 413),
  },
  async (deps, actor, input) => presentNetwork(await createNetwork(deps, actor, input)),
);

routes.get(
  "/networks/{networkId}",
  "The network home: the network, your role and where it is in its cycle",
  { params: NetworkParam },
  { 200: jsonOk(NetworkHome, "The network home"), ...errors(401, 404) },
  async (deps, actor, { networkId }) => {
    const home = await networkHome(deps, actor, networkId);
    return { ...home, network: presentNetwork(home.network), currentCycle: home.currentCycle ? cycleView(home.currentCycle) : null };
  },
);

routes.patch(
  "/networks/{networkId}",
  "Edit a network (coordinator). Send the version you edited; a stale one gets 409 with what is stored now",
  { params: NetworkParam, ...jsonBody(NetworkInput.extend({ version: z.number().int().min(1) })) },
  { 200: jsonOk(NetworkSchema, "Saved"), ...errors(400, 401, 403, 404, 409, 413) },
  async (deps, actor, { networkId, version, ...input }) => presentNetwork(await updateNetwork(deps, actor, networkId, version, input)),
);

export const networkRoutes = routes.app;
