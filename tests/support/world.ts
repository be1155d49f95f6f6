import { createApp } from "../../src/http/app.ts";
import { toActor } from "../../src/services/auth.ts";
import type { Deps } from "../../src/services/context.ts";
import { addMembership } from "../../src/services/members.ts";
import { createNetwork } from "../../src/services/networks.ts";
import { upsertUser } from "../../src/services/users.ts";
import { findUserById } from "../../src/storage/repos/users.ts";
import { client } from "./client.ts";

export const PASSWORD = "correct horse battery";

/**
 * A small world for API tests: an instance admin, a network with a
 * coordinator, a member and an observer, and an outsider with a network of
 * their own. Each person gets a signed-in client.
 */
export async function world(deps: Deps) {
  const app = createApp(deps);
  const make = async (key: string, isAdmin = false) => {
    const email = `${key}@example.fi`;
    const { id } = await upsertUser(deps, { email, name: key[0]?.toUpperCase() + key.slice(1), password: PASSWORD, isAdmin });
    return { id, email };
  };
  const admin = await make("admin", true);
  const coordinator = await make("coordinator");
  const member = await make("member");
  const observer = await make("observer");
  const outsider = await make("outsider");
  const adminRow = await findUserById(deps.storage.db, admin.id);
  if (!adminRow) throw new Error("admin was not created");
  const adminActor = toActor(adminRow);
  const network = await createNetwork(deps, adminActor, {
    name: "Kuopion perheverkosto",
    purpose: "Perheiden palvelut yhdessä",
    networkType: "joint_strategic",
    governance: "Konsensus",
    staleAfterDays: 180,
    surveyRetentionMonths: null,
    surveyAnswersOnLeave: "aggregate",
  });
  const other = await createNetwork(deps, adminActor, {
    name: "Toinen verkosto",
    purpose: "",
    networkType: "chaotic",
    governance: "",
    staleAfterDays: 180,
    surveyRetentionMonths: null,
    surveyAnswersOnLeave: "aggregate",
  });
  const { db } = deps.storage;
  await addMembership(db, { networkId: network.id, userId: coordinator.id, role: "coordinator" });
  await addMembership(db, { networkId: network.id, userId: member.id, role: "member" });
  await addMembership(db, { networkId: network.id, userId: observer.id, role: "observer" });
  await addMembership(db, { networkId: other.id, userId: outsider.id, role: "coordinator" });
  const signedIn = async (email: string, language = "fi") => {
    const c = client(app, { language });
    const r = await c.post("/api/auth/login", { email, password: PASSWORD });
    if (r.status !== 200) throw new Error(`login failed for ${email}: ${r.status}`);
    return c;
  };
  /** Someone who joins the world's network as a member, signed in: the extra raters survey tests need. */
  const newMember = async (key: string, name = key) => {
    const { id } = await upsertUser(deps, { email: `${key}@example.fi`, name, password: PASSWORD, isAdmin: false });
    await addMembership(db, { networkId: network.id, userId: id, role: "member" });
    return signedIn(`${key}@example.fi`);
  };
  return {
    app,
    network,
    other,
    people: { admin, coordinator, member, observer, outsider },
    as: {
      admin: await signedIn(admin.email),
      coordinator: await signedIn(coordinator.email),
      member: await signedIn(member.email),
      observer: await signedIn(observer.email),
      outsider: await signedIn(outsider.email),
    },
    anonymous: (language = "fi") => client(app, { language }),
    signedIn,
    newMember,
  };
}
