import type { Locale } from "../../domain/locale.ts";
import { bestHits, excerpt, HITS_PER_KIND, matchRank, type Ranked, SEARCH_KINDS, type SearchKind } from "../../domain/search.ts";
import { translator } from "../../i18n/index.ts";
import { listMembershipsOfUser } from "../../storage/repos/memberships.ts";
import { getAgreement } from "../agreement.ts";
import { calendar } from "../calendar.ts";
import type { Actor, Deps } from "../context.ts";
import { listDecisions } from "../decisions.ts";
import { AppError } from "../errors.ts";
import { listGoals } from "../goals.ts";
import { listMeetings } from "../meetings.ts";
import { listOrganisations } from "../organisations.ts";
import { parseCursor } from "../pagination.ts";
import { searchDirectory } from "../people.ts";
import { listPromises } from "../promises.ts";
import { listPractices } from "../publications.ts";

// Global search reads every feature through the same functions its own pages use, so that each feature's
// visibility rules (observers see no drafts, contact fields follow the person's choice…) hold here too.

export interface SearchHit {
  kind: SearchKind;
  id: string;
  networkId: string;
  networkName: string;
  title: string;
  /** Why it was found or what it is: a passage around the match, a place, a person's organisation. */
  detail: string | null;
  /** The day or local start time that dates the hit (a meeting's start, a promise's due day), if any. */
  date: string | null;
}

type Hit = Omit<SearchHit, "networkId" | "networkName">;
type Finder = (deps: Deps, actor: Actor, networkId: string, needle: string, locale: Locale) => Promise<Ranked<Hit>[]>;

/** One ranked hit, or nothing when neither the title nor the other text matches. */
function hit(needle: string, base: Omit<Hit, "detail">, other: (string | null | undefined)[], detail: string | null): Ranked<Hit>[] {
  const rank = matchRank(needle, base.title, other);
  return rank === null ? [] : [{ rank, title: base.title, item: { ...base, detail } }];
}

/** The passage where the query was found in a longer text, or the fallback when it is found in the title. */
const passage = (needle: string, text: string | null, fallback: string | null = null) =>
  text?.toLocaleLowerCase("fi").includes(needle) ? excerpt(text, needle) : fallback;

const people: Finder = async (deps, actor, networkId, needle) => {
  const page = await searchDirectory(deps, actor, networkId, { q: needle }, HITS_PER_KIND, undefined);
  return page.items.flatMap((p) =>
    // The directory also matches words the viewer may not see (an observer sees no tags): a hit must show why it was found.
    hit(
      needle,
      { kind: "person", id: p.id, title: p.name, date: null },
      [p.organisationName, p.title, ...p.competences, ...p.needs, ...p.languages],
      [p.organisationName, p.title].filter(Boolean).join(" · ") || null,
    ),
  );
};

const organisations: Finder = async (deps, actor, networkId, needle) =>
  (await listOrganisations(deps, actor, networkId)).flatMap((o) =>
    hit(needle, { kind: "organisation", id: o.id, title: o.name, date: null }, [o.description], passage(needle, o.description)),
  );

const meetings: Finder = async (deps, actor, networkId, needle) =>
  (await listMeetings(deps, actor, networkId)).items
    .filter((m) => m.status !== "cancelled")
    .flatMap((m) =>
      hit(needle, { kind: "meeting", id: m.id, title: m.title, date: m.start }, [m.purpose, m.place], passage(needle, m.purpose, m.place)),
    );

const YEAR_MS = 365 * 86_400_000;

/** Events from a year back to two years ahead, each once at its next (or latest) occurrence; meetings are found as meetings. */
const events: Finder = async (deps, actor, networkId, needle) => {
  const now = Date.now();
  const [occurrences, planned] = await Promise.all([
    calendar(deps, actor, networkId, {
      fromUtc: new Date(now - YEAR_MS).toISOString(),
      toUtc: new Date(now + 2 * YEAR_MS).toISOString(),
    }),
    listMeetings(deps, actor, networkId),
  ]);
  const meetingEvents = new Set(planned.items.map((m) => m.eventId));
  const today = new Date(now).toISOString();
  const chosen = new Map<string, (typeof occurrences)[number]>();
  for (const o of occurrences) {
    if (meetingEvents.has(o.event.id)) continue;
    const seen = chosen.get(o.event.id);
    // Occurrences come in time order: keep the first one still ahead, or else the latest past one.
    if (!seen || seen.startUtc < today) chosen.set(o.event.id, o);
  }
  return [...chosen.values()].flatMap((o) =>
    hit(
      needle,
      { kind: "event", id: o.event.id, title: o.event.title, date: o.start },
      [o.event.description, o.event.place, o.event.organiser?.name],
      passage(needle, o.event.description, o.event.place),
    ),
  );
};

const PROMISE_PAGE = 200;

const promises: Finder = async (deps, actor, networkId, needle) => {
  const found: Ranked<Hit>[] = [];
  let after: Parameters<typeof listPromises>[4]["after"];
  do {
    const page = await listPromises(deps, actor, networkId, {}, { limit: PROMISE_PAGE, after });
    for (const p of page.items) {
      const who = p.onBehalfOf?.name ?? p.promiser?.name ?? null;
      found.push(...hit(needle, { kind: "promise", id: p.id, title: p.text, date: p.dueOn }, [who, p.to.name], who));
    }
    after = page.nextCursor ? parseCursor(page.nextCursor) : undefined;
  } while (after);
  return found;
};

const decisions: Finder = async (deps, actor, networkId, needle) =>
  (await listDecisions(deps, actor, networkId, needle)).flatMap((d) =>
    hit(
      needle,
      { kind: "decision", id: d.id, title: d.title, date: d.decidedOn },
      [d.body, d.participants],
      passage(needle, d.body, d.participants),
    ),
  );

const goals: Finder = async (deps, actor, networkId, needle) =>
  (await listGoals(deps, actor, networkId, undefined)).flatMap((g) =>
    hit(needle, { kind: "goal", id: g.id, title: g.title, date: null }, [g.description], passage(needle, g.description)),
  );

const agreementSections: Finder = async (deps, actor, networkId, needle, locale) => {
  const t = translator(locale);
  return (await getAgreement(deps, actor, networkId)).sections.flatMap((s) => {
    const title = s.question ? `${s.question}. ${t(`agreement.question.${s.question}`)}` : (s.title ?? "");
    return hit(needle, { kind: "agreementSection", id: s.id, title, date: null }, [s.body], passage(needle, s.body));
  });
};

const practices: Finder = async (deps, actor, networkId, needle) =>
  (await listPractices(deps, actor, networkId)).own.flatMap((p) =>
    hit(
      needle,
      { kind: "practice", id: p.id, title: p.title, date: null },
      [p.whatWorked, p.context],
      passage(needle, p.whatWorked, passage(needle, p.context)),
    ),
  );

const FINDERS: Record<SearchKind, Finder> = {
  person: people,
  organisation: organisations,
  meeting: meetings,
  event: events,
  promise: promises,
  decision: decisions,
  goal: goals,
  agreementSection: agreementSections,
  practice: practices,
};

/** Everything in one network that matches, by kind; nothing when the person may not enter it now. */
async function searchNetwork(deps: Deps, actor: Actor, network: { id: string; name: string }, needle: string, locale: Locale) {
  try {
    const found = await Promise.all(SEARCH_KINDS.map((kind) => FINDERS[kind](deps, actor, network.id, needle, locale)));
    return found.map((hits) => hits.map((h) => ({ ...h, item: { ...h.item, networkId: network.id, networkName: network.name } })));
  } catch (e) {
    // A network that requires single sign-on is closed to a password session: it is left out, not an error.
    if (e instanceof AppError && e.code === "sso_required") return SEARCH_KINDS.map(() => []);
    throw e;
  }
}

/**
 * Global search over the networks the person belongs to (membership, not the instance admin's reach):
 * people, organisations, meetings, events, promises, decisions, goals, agreement sections and good
 * practices, grouped by kind, the best matches first.
 */
export async function searchEverything(deps: Deps, actor: Actor, needle: string, locale: Locale) {
  const networks = await listMembershipsOfUser(deps.storage.db, actor.userId);
  const perNetwork = await Promise.all(networks.map((n) => searchNetwork(deps, actor, n, needle, locale)));
  const groups = SEARCH_KINDS.map((kind, i) => ({
    kind,
    items: bestHits(perNetwork.flatMap((kinds) => kinds[i] ?? [])) as SearchHit[],
  }));
  return groups.filter((g) => g.items.length > 0);
}
