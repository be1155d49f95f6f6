import { personalData } from "../../storage/repos/personalData.ts";
import type { Actor, Deps } from "../context.ts";

/**
 * "Download my data" (GDPR art. 15 and 20): everything Solmu holds that names
 * the person, table by table, as stored. docs/privacy.md explains each table.
 */
export async function exportMyData(deps: Deps, actor: Actor, now = new Date()) {
  return {
    format: "solmu-personal-data/1",
    exportedAt: now.toISOString(),
    person: { id: actor.userId, email: actor.email, name: actor.name },
    explanation: "docs/privacy.md",
    tables: await personalData(deps.storage.db, actor.userId, actor.email),
  };
}
