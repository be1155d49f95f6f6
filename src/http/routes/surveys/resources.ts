import { z } from "@hono/zod-openapi";
import { RESOURCES } from "../../../domain/resources.ts";
import { networkResources } from "../../../services/surveyResources.ts";
import { errors, jsonOk, NetworkParam } from "../../schemas.ts";
import { serviceRoutes } from "../route.ts";

const Resource = z.enum(RESOURCES);

const NetworkResources = z
  .object({
    round: z
      .object({ id: z.string(), title: z.string(), level: z.enum(["person", "organisation"]), closedOn: z.string() })
      .nullable()
      .openapi({ description: "The latest released round that asked; null when none has" }),
    organisationCount: z.number().openapi({ description: "Organisations in the network now, answered or not" }),
    organisations: z.array(z.object({ organisationId: z.string(), name: z.string(), resources: z.array(Resource) })).openapi({
      description: "Each organisation whose people (or representatives) answered, with every resource they named",
    }),
    gaps: z.object({
      nobody: z.array(Resource).openapi({ description: "Kinds of resource no organisation brings ('other' is never a gap)" }),
      onlyOne: z.array(z.object({ resource: Resource, organisationId: z.string(), name: z.string() })),
    }),
  })
  .openapi("NetworkResources");

const routes = serviceRoutes("surveys");

routes.get(
  "/networks/{networkId}/resources",
  "What each organisation brings and the resources nobody or only one brings, from the latest released round that asked",
  { params: NetworkParam },
  { 200: jsonOk(NetworkResources, "What organisations bring"), ...errors(401, 404) },
  (deps, actor, { networkId }) => networkResources(deps, actor, networkId),
);

export const resourceRoutes = routes.app;
