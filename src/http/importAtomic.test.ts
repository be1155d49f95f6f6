import { describe, expect, it, vi } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

// A storage failure in the middle of an import: the account of this address cannot be written.
const BROKEN = "rikki@example.fi";

vi.mock("../storage/repos/users.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../storage/repos/users.ts")>();
  return {
    ...actual,
    insertUser: async (...args: Parameters<typeof actual.insertUser>) => {
      if (args[1].email === BROKEN) throw new Error("the disk is full");
      return actual.insertUser(...args);
    },
  };
});

describe.each(databases)("a people import that fails half-way, on %s", (kind) => {
  const t = apiWorld(kind);

  it("leaves nothing behind: neither the new organisations nor the people written before the failure", async () => {
    const file = [
      "nimi;sähköposti;organisaatio",
      "Ensimmäinen Ihminen;eka@example.fi;Uusi Organisaatio ry",
      "Rikki Rivi;rikki@example.fi;Toinen Uusi Oy",
    ].join("\n");
    const post = (query: string) =>
      t.w.as.coordinator.call("POST", `${t.base}/people/import${query}`, undefined, { headers: { "content-type": "text/csv" }, raw: file });
    const dry = await post("?dryRun=true");
    expect(dry.body).toMatchObject({ created: 2, newOrganisations: ["Uusi Organisaatio ry", "Toinen Uusi Oy"], errors: [] });

    const failed = await post("");
    expect(failed.status).toBe(500);
    expect((await t.w.as.coordinator.get(`${t.base}/organisations`)).body.items).toEqual([]);
    const names = (await t.w.as.coordinator.get(`${t.base}/people?limit=200`)).body.items.map((p: { name: string }) => p.name);
    expect(names).not.toContain("Ensimmäinen Ihminen");
    const stored = await t.deps.storage.db.selectFrom("users").select("email").where("email", "=", "eka@example.fi").execute();
    expect(stored).toEqual([]);
  });
});
