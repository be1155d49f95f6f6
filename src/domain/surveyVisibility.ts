import type { NetworkRole } from "./network.ts";

/**
 * Who sees what of one respondent's survey answer: the single policy that the
 * server enforces and that the answer page shows to the respondent before
 * they answer. Each role's list names what reaches it; anything not listed
 * never does.
 */

/** Whether coordinators see who named whom (individual ties), or only the structure of groups. */
export const TIES_VISIBILITIES = ["individual", "groups"] as const;
export type TiesVisibility = (typeof TIES_VISIBILITIES)[number];

export const VIEWERS = ["respondent", "member", "coordinator", "public"] as const;
/** member covers observers too: they see what members see. */
export type Viewer = (typeof VIEWERS)[number];

export const SIGHTS = [
  /** Your own answers, which you can change or delete while the round is open. */
  "own_answers",
  /** Network figures of a closed round, each from at least the minimum group size of raters. */
  "closed_figures",
  /** The free texts on barriers and enablers, without names. */
  "free_texts",
  /** Whom each respondent named, how well they know them and how often they work together. */
  "individual_ties",
  /** In each member's own network view of a closed round: that you and they are tied, which way, and which of their contacts are tied to each other. Never a rating. */
  "ego_ties",
  /** Structure of groups (communities, organisations) of at least the minimum group size, and whole-network figures. */
  "group_structure",
  /** What the network chooses to publish: network-level figures of closed rounds, from enough raters. */
  "published_figures",
  /** What the respondent's organisation brings, on its directory card and in the gaps view once the round has closed. */
  "organisation_resources",
] as const;
export type Sight = (typeof SIGHTS)[number];

/**
 * What each viewer sees of an answer in a round that shows ties this way, and that may ask what each
 * organisation brings. No one sees a single rater's trust, commitment or value rating.
 */
export function answerVisibility(ties: TiesVisibility, asksResources = false): Record<Viewer, Sight[]> {
  const resources: Sight[] = asksResources ? ["organisation_resources"] : [];
  return {
    respondent: ["own_answers"],
    member: ["closed_figures", ...(ties === "individual" ? (["ego_ties"] as Sight[]) : []), ...resources],
    coordinator: ["closed_figures", "free_texts", ties === "individual" ? "individual_ties" : "group_structure", ...resources],
    public: ["published_figures"],
  };
}

/** Whether a viewer may see something of a round's answers; the server asks this before it answers. */
export const sees = (viewer: Viewer, sight: Sight, ties: TiesVisibility, asksResources = false): boolean =>
  answerVisibility(ties, asksResources)[viewer].includes(sight);

/** The viewer a network role is: observers see what members see. */
export const viewerOf = (role: NetworkRole): Viewer => (role === "coordinator" ? "coordinator" : "member");

export const isTiesVisibility = (v: unknown): v is TiesVisibility => TIES_VISIBILITIES.includes(v as TiesVisibility);

interface Structure<N, E, O, C> {
  nodes: N[];
  edges: E[];
  organisations: O[];
  communities: C[];
}

/**
 * A round's structure as a coordinator may see it: whole under individual ties; under group structure
 * without any node or tie, and with only the organisations and communities of at least the minimum
 * group size, so that no figure describes one respondent's answer.
 */
export function structureFor<N, E, O extends { nodes: number }, C extends { size: number }>(
  a: Structure<N, E, O, C>,
  ties: TiesVisibility,
  minGroupSize: number,
): Structure<N, E, O, C> {
  if (sees("coordinator", "individual_ties", ties)) {
    return { nodes: a.nodes, edges: a.edges, organisations: a.organisations, communities: a.communities };
  }
  return {
    nodes: [],
    edges: [],
    organisations: a.organisations.filter((o) => o.nodes >= minGroupSize),
    communities: a.communities.filter((c) => c.size >= minGroupSize),
  };
}
