import type { NetworkType } from "../../domain/network.ts";
import type { Actor } from "../../services/context.ts";
import type { NetworkRow } from "../../storage/repos/networks.ts";

/** API shapes: camelCase, no secrets, no internal columns. */
export const presentMe = (a: Actor) => ({
  id: a.userId,
  email: a.email,
  name: a.name,
  locale: a.locale,
  isAdmin: a.isAdmin,
  digest: a.digest,
  signedInWith: a.via ?? "password",
});

export const presentNetwork = (n: NetworkRow) => ({
  id: n.id,
  name: n.name,
  purpose: n.purpose,
  // Stored only from NetworkInput, which takes the domain's types alone.
  networkType: n.network_type as NetworkType,
  governance: n.governance,
  minGroupSize: n.min_group_size,
  staleAfterDays: n.stale_after_days,
  surveyRetentionMonths: n.survey_retention_months,
  surveyAnswersOnLeave: n.survey_answers_on_leave,
  surveyTiesVisibility: n.survey_ties_visibility,
  requireSso: n.require_sso === 1,
  version: n.version,
  createdAt: n.created_at,
  updatedAt: n.updated_at,
});
