import { searchText, tagKey } from "../domain/directory.ts";
import type { NetworkType, Phase } from "../domain/network.ts";
import { pickFrom, seededRandom } from "../domain/random.ts";
import { hashPassword } from "../services/auth.ts";
import type { Deps } from "../services/context.ts";
import { diagnoseNetworkGovernance } from "../services/views/governanceDiagnosis.ts";
import { newId, nowIso } from "../storage/ids.ts";
import { insertRows } from "../storage/repos/bulk.ts";
import { countUsers } from "../storage/repos/users.ts";
import type {
  GapsTable,
  HistoryEntriesTable,
  HistoryParticipantsTable,
  NewMembership,
  NewOrganisation,
  NewUser,
  PersonTagsTable,
} from "../storage/schema.ts";
import { DEMO_MIN_GROUP_SIZE, type DemoCycle, type DemoNetwork, type DemoPerson, seedAgreementDemo } from "./agreement.ts";
import { seedCoordinationDemo } from "./coordination.ts";
import { seedEvaluationDemo } from "./evaluation.ts";
import { seedMeetingsDemo } from "./meetings.ts";
import {
  BEHIND_TITLE_FI,
  COMPANY_PATTERNS,
  COMPETENCES_FI,
  FIRST_NAMES_FI,
  FIRST_NAMES_SV,
  HISTORY_FI,
  HISTORY_SV,
  LAST_NAMES_FI,
  LAST_NAMES_SV,
  MUNICIPALITIES,
  NEEDS_FI,
  NGO_PATTERNS,
  RESEARCH,
  TITLES_FI,
  WELLBEING_COUNTIES,
} from "./names.ts";
import { seedPollsDemo } from "./polls.ts";
import { seedSurveysDemo } from "./surveys.ts";
import { seedWebhooksDemo } from "./webhooks.ts";

export type DemoSize = "small" | "large";

/** The password of every demo account that can sign in; printed at start and in the README. */
export const DEMO_PASSWORD = "solmu-demo-2026";

export const DEMO_ACCOUNTS = {
  admin: "admin@demo.solmu.fi",
  coordinator: "koordinaattori@demo.solmu.fi",
  member: "jasen@demo.solmu.fi",
  observer: "havainnoija@demo.solmu.fi",
  swedish: "samordnare@demo.solmu.fi",
  newcomer: "uusi@demo.solmu.fi",
} as const;

const slug = (s: string) =>
  s
    .toLowerCase()
    .replaceAll("ä", "a")
    .replaceAll("ö", "o")
    .replaceAll("å", "a")
    .replace(/[^a-z0-9]+/g, ".");

interface NetworkPlan {
  name: string;
  purpose: string;
  governance: string;
  networkType: NetworkType;
  organisations: { name: string; kind: string; website?: string; description?: string }[];
  people: number;
  gaps: { kind: "organisation" | "competence"; name: string; note: string }[];
  swedish: boolean;
  /** Three cycles: two closed years and the current one in this phase. */
  currentPhase: Phase;
}

function organisationsFor(count: number, rnd: () => number): { name: string; kind: string }[] {
  const out = new Map<string, string>();
  const add = (name: string, kind: string) => {
    if (out.size < count && !out.has(name)) out.set(name, kind);
  };
  for (const w of WELLBEING_COUNTIES) add(w, "wellbeing_county");
  for (const r of RESEARCH) add(r, "research");
  for (const [, genitive, town] of MUNICIPALITIES) {
    add(`${genitive} ${town ? "kaupunki" : "kunta"}`, "municipality");
    add(`${genitive} seurakunta`, "parish");
  }
  let i = 0;
  while (out.size < count && i < 10_000) {
    const [name, genitive] = pickFrom(rnd, MUNICIPALITIES);
    if (rnd() < 0.7) add(pickFrom(rnd, NGO_PATTERNS)(genitive), "ngo");
    else add(pickFrom(rnd, COMPANY_PATTERNS)(name), "company");
    i++;
  }
  return [...out].map(([name, kind]) => ({ name, kind }));
}

function plans(size: DemoSize, rnd: () => number): NetworkPlan[] {
  const savo: NetworkPlan = {
    name: "Pohjois-Savon lapsi- ja perhepalveluverkosto",
    purpose:
      "Kunnat, hyvinvointialue, järjestöt, seurakunnat ja oppilaitokset kehittävät yhdessä perheiden palveluja niin, ettei ketään pompotella luukulta toiselle.",
    governance: "Yhdessä johdettu: koordinoiva ryhmä valmistelee, verkostokokous päättää konsensuksella. Koordinaattori fasilitoi.",
    networkType: "joint_strategic",
    organisations: [
      {
        name: "Pohjois-Savon hyvinvointialue",
        kind: "wellbeing_county",
        website: "https://www.pshyvinvointialue.fi",
        description: "Vastaa alueen sosiaali- ja terveyspalveluista sekä pelastustoimesta, myös perhekeskuksesta.",
      },
      {
        name: "Kuopion kaupunki",
        kind: "municipality",
        website: "https://www.kuopio.fi",
        description: "Varhaiskasvatus, perusopetus, nuorisopalvelut ja kulttuuri.",
      },
      { name: "Siilinjärven kunta", kind: "municipality" },
      { name: "Leppävirran kunta", kind: "municipality" },
      { name: "Kuopion ev.-lut. seurakuntayhtymä", kind: "parish" },
      {
        name: "MLL:n Pohjois-Savon piiri ry",
        kind: "ngo",
        website: "https://pohjois-savonpiiri.mll.fi",
        description: "Perhekahvilat, tukihenkilötoiminta ja vanhempainillat.",
      },
      { name: "Kuopion Setlementti Puijola ry", kind: "ngo" },
      { name: "Pohjois-Savon Martat ry", kind: "ngo" },
      { name: "Itä-Suomen yliopisto", kind: "research" },
      { name: "Savonia-ammattikorkeakoulu", kind: "research" },
      { name: "Perhepalvelu Kotiapu Oy", kind: "company" },
      { name: "Kuopion Nuorisoseura ry", kind: "ngo" },
    ],
    people: 36,
    swedish: false,
    currentPhase: "doing",
    gaps: [
      { kind: "organisation", name: "Kela", note: "Perheiden etuudet kulkevat Kelan kautta; tarvitsemme yhteyshenkilön." },
      { kind: "organisation", name: "Pohjois-Savon poliisilaitos", note: "Ennaltaehkäisevä työ nuorten kanssa." },
      { kind: "competence", name: "kokemusasiantuntijuus", note: "Asiakkaan ääni suunnitteluun." },
      { kind: "competence", name: "data-analyysi", note: "Palveluketjujen seurantaan." },
      { kind: "competence", name: "lean", note: "" },
    ],
  };
  const osterbotten: NetworkPlan = {
    name: "Österbottens nätverk för ungas välbefinnande",
    purpose: "Kommuner, välfärdsområdet, föreningar och församlingar samarbetar för att unga ska hitta rätt stöd i tid.",
    governance: "Styrgruppen fastställer ramarna; arbetsgrupperna organiserar sig fritt inom dem.",
    networkType: "hierarchical_strategic",
    organisations: [
      { name: "Välfärdsområde Österbotten", kind: "wellbeing_county" },
      { name: "Vasa stad", kind: "municipality" },
      { name: "Korsholms kommun", kind: "municipality" },
      { name: "Jakobstads stad", kind: "municipality" },
      { name: "Folkhälsan i Österbotten", kind: "ngo" },
      { name: "Vasa svenska församling", kind: "parish" },
      { name: "Åbo Akademi, Vasa", kind: "research" },
      { name: "Yrkeshögskolan Novia", kind: "research" },
    ],
    people: 22,
    swedish: true,
    currentPhase: "agreeing",
    gaps: [{ kind: "organisation", name: "Kristinestads stad", note: "Södra Österbotten saknas ännu." }],
  };
  if (size === "small") return [savo, osterbotten];
  const large: NetworkPlan = {
    name: "Suomen hyvinvointijärjestöjen ja kuntien yhteistyöverkosto",
    purpose: "Valtakunnallinen verkosto, jossa kunnat, hyvinvointialueet, järjestöt ja tutkimus oppivat toisiltaan.",
    governance: "Vapaasti kehittyvä: teemaryhmät syntyvät tarpeesta, koordinaatio tukee.",
    networkType: "freely_evolving",
    organisations: organisationsFor(320, rnd),
    people: 2100,
    swedish: false,
    currentPhase: "assembling",
    gaps: [{ kind: "competence", name: "kokemusasiantuntijuus", note: "" }],
  };
  return [savo, osterbotten, large];
}

/**
 * Fills an empty database with demo networks: named accounts that can sign in
 * (password DEMO_PASSWORD) and, around them, realistic organisations and people.
 * Each later capability adds its own demo data here.
 */
export async function seedDemo(deps: Deps, size: DemoSize = "small", now = new Date()) {
  const { db } = deps.storage;
  if ((await countUsers(db)) > 0) return { seeded: false as const };
  // Seeded, so that every demo has the same people.
  const rnd = seededRandom(20191809);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const stamp = nowIso(now);
  const year = now.getUTCFullYear();

  const user = (email: string, name: string, locale = "fi", isAdmin = false, canSignIn = true): NewUser => ({
    id: newId(),
    email,
    name,
    password_hash: canSignIn ? passwordHash : null,
    locale,
    is_admin: isAdmin ? 1 : 0,
    created_at: stamp,
    updated_at: stamp,
  });

  const named = {
    admin: user(DEMO_ACCOUNTS.admin, "Ylläpitäjä Solmu", "fi", true),
    coordinator: user(DEMO_ACCOUNTS.coordinator, "Aino Laaksonen"),
    member: user(DEMO_ACCOUNTS.member, "Mikko Heikkinen"),
    observer: user(DEMO_ACCOUNTS.observer, "Liisa Ojala"),
    swedish: user(DEMO_ACCOUNTS.swedish, "Johanna Lindqvist", "sv"),
    newcomer: user(DEMO_ACCOUNTS.newcomer, "Noora Virtanen"),
    // The demo member once more, imported into the youth network under his municipal address before he had an
    // account: the second account of one person that the admin merges on the users page.
    memberElsewhere: user("mikko.heikkinen@siilinjarvi.fi", "Mikko Heikkinen", "fi", false, false),
    // Left Siilinjärvi municipality; the admin disabled the account, so the users page shows what that looks like.
    former: { ...user("pekka.laitinen@demo.solmu.fi", "Pekka Laitinen"), disabled_at: stamp },
  };

  let finnishNetworkId: string | undefined;
  let youthNetworkId: string | undefined;
  await db.transaction().execute(async (tx) => {
    const users: NewUser[] = Object.values(named);
    const organisations: NewOrganisation[] = [];
    const memberships: NewMembership[] = [];
    const usedEmails = new Set(users.map((u) => u.email));
    const tags: PersonTagsTable[] = [];
    const history: HistoryEntriesTable[] = [];
    const participants: HistoryParticipantsTable[] = [];
    const nameOf = new Map(users.map((u) => [u.id, u.name]));
    /** A profile with realistic knowing data: competences, needs, languages, and a confirmation date up to 400 days old (some go stale). */
    const membership = (
      networkId: string,
      userId: string,
      role: NewMembership["role"],
      orgId: string | null,
      title: string | null,
      options: { swedish?: boolean; confirmedDaysAgo?: number } = {},
    ) => {
      const swedish = options.swedish ?? false;
      const id = newId();
      const own = (kind: PersonTagsTable["kind"], list: readonly string[], count: number) => {
        const picked = new Set<string>();
        for (let i = 0; i < count; i++) picked.add(pickFrom(rnd, list));
        for (const tag of picked) tags.push({ membership_id: id, network_id: networkId, kind, tag, tag_key: tagKey(tag) });
        return [...picked];
      };
      const competences = own("competence", COMPETENCES_FI, 1 + Math.floor(rnd() * 3));
      const needs = rnd() < 0.6 ? own("need", NEEDS_FI, 1 + Math.floor(rnd() * 2)) : [];
      own(
        "language",
        swedish ? ["svenska", "suomi", "English"] : rnd() < 0.3 ? ["suomi", "English", "svenska"] : ["suomi", "English"],
        swedish ? 3 : 2,
      );
      const confirmed = new Date(now.getTime() - (options.confirmedDaysAgo ?? Math.floor(rnd() * 400)) * 86_400_000);
      memberships.push({
        id,
        network_id: networkId,
        user_id: userId,
        role,
        organisation_id: orgId,
        title,
        behind_title: rnd() < 0.5 ? pickFrom(rnd, BEHIND_TITLE_FI) : null,
        phone: `+358 40 ${String(1_000_000 + Math.floor(rnd() * 8_999_999)).replace(/(\d{3})(\d{4})/, "$1 $2")}`,
        phone_visibility: rnd() < 0.3 ? "coordinators" : "members",
        confirmed_at: confirmed.toISOString(),
        search_text: searchText([nameOf.get(userId), title, orgNames.get(orgId ?? ""), ...competences, ...needs]),
        created_at: stamp,
        updated_at: stamp,
      });
      return id;
    };
    const orgNames = new Map<string, string>();
    const gaps: GapsTable[] = [];
    const seeded: DemoNetwork[] = [];

    for (const [index, plan] of plans(size, rnd).entries()) {
      const networkId = newId();
      await tx
        .insertInto("networks")
        .values({
          id: networkId,
          name: plan.name,
          purpose: plan.purpose,
          network_type: plan.networkType,
          governance: plan.governance,
          min_group_size: DEMO_MIN_GROUP_SIZE,
          stale_after_days: 180,
          // Savo keeps raw answers three years, to compare a cycle with the two before it; the youth network keeps
          // them half a year, so last year's round shows its figures after the raw answers are gone.
          survey_retention_months: plan.swedish ? 6 : 36,
          survey_answers_on_leave: "aggregate",
          // The youth network shows coordinators only group structure, Savo who named whom (decision 006).
          survey_ties_visibility: plan.swedish ? "groups" : "individual",
          version: 1,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
      const cycles: DemoCycle[] = [];
      for (const [offset, closed] of [
        [2, true],
        [1, true],
        [0, false],
      ] as const) {
        const y = year - offset;
        const cycleId = newId();
        cycles.push({ id: cycleId, year: y, closed, phase: closed ? "evaluating" : plan.currentPhase });
        await tx
          .insertInto("cycles")
          .values({
            id: cycleId,
            network_id: networkId,
            name: String(y),
            starts_on: `${y}-01-01`,
            ends_on: `${y}-12-31`,
            phase: closed ? "evaluating" : plan.currentPhase,
            closed_at: closed ? `${y}-12-31T12:00:00.000Z` : null,
            created_at: stamp,
          })
          .execute();
      }
      const orgIds = plan.organisations.map((o) => {
        const id = newId();
        orgNames.set(id, o.name);
        organisations.push({
          id,
          network_id: networkId,
          name: o.name,
          kind: o.kind,
          website: o.website ?? null,
          description: o.description ?? "",
          created_at: stamp,
          updated_at: stamp,
        });
        return id;
      });
      const people: DemoPerson[] = [];
      const join = (...args: Parameters<typeof membership>) =>
        people.push({ id: membership(...args), userId: args[1], orgId: args[3], role: args[2] });
      if (index === 0) {
        join(networkId, named.coordinator.id, "coordinator", orgIds[0] ?? null, "Kehittämiskoordinaattori", { confirmedDaysAgo: 20 });
        // The demo member's details are stale on purpose, so signing in shows the "please confirm" prompt.
        join(networkId, named.member.id, "member", orgIds[5] ?? null, "Toiminnanjohtaja", { confirmedDaysAgo: 300 });
        join(networkId, named.observer.id, "observer", null, "Ohjausryhmän jäsen", { confirmedDaysAgo: 10 });
      } else if (index === 1) {
        join(networkId, named.swedish.id, "coordinator", orgIds[0] ?? null, "Utvecklingskoordinator", {
          swedish: true,
          confirmedDaysAgo: 5,
        });
        join(networkId, named.coordinator.id, "member", null, "Gäst från Norra Savolax", { confirmedDaysAgo: 20 });
      } else {
        join(networkId, named.coordinator.id, "coordinator", orgIds[0] ?? null, "Verkostokoordinaattori", { confirmedDaysAgo: 20 });
      }
      for (let p = 0; p < plan.people; p++) {
        const swedish = plan.swedish || rnd() < 0.06;
        const first = pickFrom(rnd, swedish ? FIRST_NAMES_SV : FIRST_NAMES_FI);
        const last = pickFrom(rnd, swedish ? LAST_NAMES_SV : LAST_NAMES_FI);
        let email = `${slug(first)}.${slug(last)}@demo.solmu.fi`;
        for (let n = 2; usedEmails.has(email); n++) email = `${slug(first)}.${slug(last)}${n}@demo.solmu.fi`;
        usedEmails.add(email);
        const person = user(email, `${first} ${last}`, swedish ? "sv" : "fi", false, false);
        users.push(person);
        nameOf.set(person.id, person.name);
        const role = p < 2 && index === 2 ? "coordinator" : rnd() < 0.08 ? "observer" : "member";
        join(networkId, person.id, role, pickFrom(rnd, orgIds), pickFrom(rnd, TITLES_FI), { swedish });
      }
      for (const [i, [title, description]] of (plan.swedish ? HISTORY_SV : HISTORY_FI).entries()) {
        const entryId = newId();
        const day = new Date(now.getTime() - (60 + i * 97) * 86_400_000).toISOString().slice(0, 10);
        history.push({
          id: entryId,
          network_id: networkId,
          occurred_on: day,
          title,
          description,
          source_kind: "manual",
          source_id: null,
          created_by: named.coordinator.id,
          created_at: stamp,
        });
        // The demo coordinator and member share history, so their timelines are not empty.
        const together = new Set([people[0], people[1], pickFrom(rnd, people), pickFrom(rnd, people)]);
        for (const p of together) {
          if (p) participants.push({ entry_id: entryId, kind: "person", membership_id: p.id, organisation_id: p.orgId });
        }
      }
      for (const gap of plan.gaps)
        gaps.push({ id: newId(), network_id: networkId, ...gap, created_by: named.coordinator.id, created_at: stamp });
      seeded.push({
        networkId,
        swedish: plan.swedish,
        cycles,
        people,
        organisationIds: orgIds,
        coordinatorId: people[0]?.userId ?? named.coordinator.id,
      });
    }
    await insertRows(tx, "users", users);
    await insertRows(tx, "organisations", organisations);
    // Joined the Finnish network this week from the invitation link and has not filled in her profile yet:
    // she lands on the welcome. Added after the random people so that the rest of the demo stays as it was.
    const finnish = seeded.find((n) => !n.swedish);
    finnishNetworkId = finnish?.networkId;
    if (finnish) {
      const newcomerId = newId();
      memberships.push({
        id: newcomerId,
        network_id: finnish.networkId,
        user_id: named.newcomer.id,
        role: "member",
        organisation_id: finnish.organisationIds[1] ?? null,
        title: "Perhetyön ohjaaja",
        phone_visibility: "members",
        confirmed_at: null,
        search_text: searchText([named.newcomer.name, "Perhetyön ohjaaja", orgNames.get(finnish.organisationIds[1] ?? "")]),
        created_at: new Date(now.getTime() - 3 * 86_400_000).toISOString(),
        updated_at: stamp,
      });
      tags.push({ membership_id: newcomerId, network_id: finnish.networkId, kind: "language", tag: "suomi", tag_key: tagKey("suomi") });
    }
    const youth = seeded.find((n) => n.swedish);
    youthNetworkId = youth?.networkId;
    if (youth) {
      memberships.push({
        id: newId(),
        network_id: youth.networkId,
        user_id: named.memberElsewhere.id,
        role: "member",
        organisation_id: null,
        title: "Gäst från Siilinjärvi",
        phone_visibility: "members",
        confirmed_at: stamp,
        search_text: searchText([named.memberElsewhere.name, "Gäst från Siilinjärvi"]),
        created_at: stamp,
        updated_at: stamp,
      });
    }
    await insertRows(tx, "memberships", memberships);
    await insertRows(tx, "person_tags", tags);
    await insertRows(tx, "history_entries", history);
    await insertRows(tx, "history_participants", participants);
    await insertRows(tx, "gaps", gaps);
    const kindOf = new Map(organisations.map((o) => [o.id, o.kind]));
    for (const [index, network] of seeded.entries()) {
      // The large network exists to show scale: its people, directory and survey, not another agreement.
      const large = index === 2;
      if (!large) await seedAgreementDemo(tx, network, rnd, now);
      if (!large && !network.swedish) await seedCoordinationDemo(tx, network, now);
      if (!large && !network.swedish) await seedMeetingsDemo(tx, network, rnd, now, named.member.id);
      await seedSurveysDemo(tx, network, rnd, now, { kindOf, unansweredUserIds: [named.member.id, named.coordinator.id], large });
      if (!large) await seedEvaluationDemo(tx, network, rnd, now);
    }
  });
  // Thousands of rows just arrived: the planner needs their statistics to pick the right indexes.
  await deps.storage.optimize();
  if (finnishNetworkId) {
    // The coordinator's governance diagnosis, made through the service so that it reads the demo's own figures.
    const actor = {
      userId: named.coordinator.id,
      email: named.coordinator.email,
      name: named.coordinator.name,
      locale: "fi" as const,
      isAdmin: false,
      digest: "off" as const,
    };
    await diagnoseNetworkGovernance(
      deps,
      actor,
      finnishNetworkId,
      {
        competencies: { interdependence: 1, external: 2, coordinationWork: 1, skills: 1 },
        current: "lead",
      },
      now,
    );
    await seedPollsDemo(deps, finnishNetworkId, false, { coordinatorUserId: named.coordinator.id, memberUserId: named.member.id }, now);
    await seedWebhooksDemo(deps, finnishNetworkId, named.coordinator.id, now);
  }
  if (youthNetworkId)
    await seedPollsDemo(deps, youthNetworkId, true, { coordinatorUserId: named.swedish.id, memberUserId: named.member.id }, now);
  return { seeded: true as const };
}
