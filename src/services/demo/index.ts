import type { NetworkType, Phase } from "../../domain/network.ts";
import { newId, nowIso } from "../../storage/ids.ts";
import { insertRows } from "../../storage/repos/bulk.ts";
import { countUsers } from "../../storage/repos/users.ts";
import type { MembershipsTable, OrganisationsTable, UsersTable } from "../../storage/schema.ts";
import { hashPassword } from "../auth.ts";
import type { Deps } from "../context.ts";
import {
  COMPANY_PATTERNS,
  FIRST_NAMES_FI,
  FIRST_NAMES_SV,
  LAST_NAMES_FI,
  LAST_NAMES_SV,
  MUNICIPALITIES,
  NGO_PATTERNS,
  RESEARCH,
  TITLES_FI,
  WELLBEING_COUNTIES,
} from "./names.ts";

export type DemoSize = "small" | "large";

/** The password of every demo account that can sign in; printed at start and in the README. */
export const DEMO_PASSWORD = "solmu-demo-2026";

export const DEMO_ACCOUNTS = {
  admin: "admin@demo.solmu.fi",
  coordinator: "koordinaattori@demo.solmu.fi",
  member: "jasen@demo.solmu.fi",
  observer: "havainnoija@demo.solmu.fi",
  swedish: "samordnare@demo.solmu.fi",
} as const;

/** Deterministic pseudo-random numbers (mulberry32), so every demo has the same people. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

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
  organisations: { name: string; kind: string }[];
  people: number;
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
    const [name, genitive] = pick(rnd, MUNICIPALITIES);
    if (rnd() < 0.7) add(pick(rnd, NGO_PATTERNS)(genitive), "ngo");
    else add(pick(rnd, COMPANY_PATTERNS)(name), "company");
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
      { name: "Pohjois-Savon hyvinvointialue", kind: "wellbeing_county" },
      { name: "Kuopion kaupunki", kind: "municipality" },
      { name: "Siilinjärven kunta", kind: "municipality" },
      { name: "Leppävirran kunta", kind: "municipality" },
      { name: "Kuopion ev.-lut. seurakuntayhtymä", kind: "parish" },
      { name: "MLL:n Pohjois-Savon piiri ry", kind: "ngo" },
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
  const rnd = random(20191809);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const stamp = nowIso(now);
  const year = now.getUTCFullYear();

  const user = (email: string, name: string, locale = "fi", isAdmin = false, canSignIn = true): UsersTable => ({
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
  };

  await db.transaction().execute(async (tx) => {
    const users: UsersTable[] = Object.values(named);
    const organisations: OrganisationsTable[] = [];
    const memberships: MembershipsTable[] = [];
    const usedEmails = new Set(users.map((u) => u.email));
    const membership = (networkId: string, userId: string, role: MembershipsTable["role"], orgId: string | null, title: string | null) =>
      memberships.push({
        id: newId(),
        network_id: networkId,
        user_id: userId,
        role,
        organisation_id: orgId,
        title,
        created_at: stamp,
        updated_at: stamp,
      });

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
          min_group_size: 3,
          stale_after_days: 180,
          version: 1,
          created_at: stamp,
          updated_at: stamp,
        })
        .execute();
      for (const [offset, closed] of [
        [2, true],
        [1, true],
        [0, false],
      ] as const) {
        const y = year - offset;
        await tx
          .insertInto("cycles")
          .values({
            id: newId(),
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
        organisations.push({ id, network_id: networkId, name: o.name, kind: o.kind, created_at: stamp, updated_at: stamp });
        return id;
      });
      if (index === 0) {
        membership(networkId, named.coordinator.id, "coordinator", orgIds[0] ?? null, "Kehittämiskoordinaattori");
        membership(networkId, named.member.id, "member", orgIds[5] ?? null, "Toiminnanjohtaja");
        membership(networkId, named.observer.id, "observer", null, "Ohjausryhmän jäsen");
      } else if (index === 1) {
        membership(networkId, named.swedish.id, "coordinator", orgIds[0] ?? null, "Utvecklingskoordinator");
        membership(networkId, named.coordinator.id, "member", null, "Gäst från Norra Savolax");
      } else {
        membership(networkId, named.coordinator.id, "coordinator", orgIds[0] ?? null, "Verkostokoordinaattori");
      }
      for (let p = 0; p < plan.people; p++) {
        const swedish = plan.swedish || rnd() < 0.06;
        const first = pick(rnd, swedish ? FIRST_NAMES_SV : FIRST_NAMES_FI);
        const last = pick(rnd, swedish ? LAST_NAMES_SV : LAST_NAMES_FI);
        let email = `${slug(first)}.${slug(last)}@demo.solmu.fi`;
        for (let n = 2; usedEmails.has(email); n++) email = `${slug(first)}.${slug(last)}${n}@demo.solmu.fi`;
        usedEmails.add(email);
        const person = user(email, `${first} ${last}`, swedish ? "sv" : "fi", false, false);
        users.push(person);
        const role = p < 2 && index === 2 ? "coordinator" : rnd() < 0.08 ? "observer" : "member";
        membership(networkId, person.id, role, pick(rnd, orgIds), pick(rnd, TITLES_FI));
      }
    }
    await insertRows(tx, "users", users);
    await insertRows(tx, "organisations", organisations);
    await insertRows(tx, "memberships", memberships);
  });
  return { seeded: true as const };
}
