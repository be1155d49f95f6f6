import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("the promise ledger on %s", (kind) => {
  const t = apiWorld(kind);
  let orgId: string;
  beforeAll(async () => {
    orgId = (await t.w.as.coordinator.post(`${t.base}/organisations`, { name: "Kuopion kaupunki", kind: "municipality" })).body.id;
    const me = (await t.w.as.member.get("/api/me")).body.networks.find((n: { id: string }) => n.id === t.w.network.id);
    const p = await t.w.as.member.get(`${t.base}/people/${me.personId}`);
    await t.w.as.member.patch(`${t.base}/people/${me.personId}`, { version: p.body.version, organisationId: orgId });
  });

  it("records a promise on behalf of an organisation and refuses bad input", async () => {
    const bad = await t.w.as.member.post(`${t.base}/promises`, { text: "", dueOn: "2020-01-01" });
    expect(Object.keys(bad.body.error.fields)).toEqual(["text"]);
    const past = await t.w.as.member.post(`${t.base}/promises`, { text: "Tuon tilastot", dueOn: "2020-01-01" });
    expect(past.body.error.fields.dueOn).toBe("Päivämäärä ei voi olla menneisyydessä.");
    const p = await t.w.as.member.post(`${t.base}/promises`, {
      text: "Tuon kaupungin tilastot",
      dueOn: inDays(14),
      onBehalfOfOrganisation: true,
    });
    expect(p.status).toBe(201);
    expect(p.body).toMatchObject({
      state: "open",
      onBehalfOf: { name: "Kuopion kaupunki" },
      promiser: { name: "Member" },
      to: { kind: "network" },
      canChange: true,
    });
    expect((await t.w.as.observer.post(`${t.base}/promises`, { text: "x", dueOn: inDays(1) })).status).toBe(403);
    const notMine = await t.w.as.observer.get(`${t.base}/promises/${p.body.id}`);
    expect(notMine.body.canChange).toBe(false);
  });

  it("renegotiates with the history kept, then keeps; a stale change gets 409", async () => {
    const p = (
      await t.w.as.member.post(`${t.base}/promises`, {
        text: "Järjestän työpajan",
        dueOn: inDays(7),
        to: { kind: "organisation", id: orgId },
      })
    ).body;
    const moved = await t.w.as.member.post(`${t.base}/promises/${p.id}/changes`, {
      version: p.version,
      to: "renegotiated",
      dueOn: inDays(21),
      note: "Tila ei vapautunut",
      factors: ["time", "money"],
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ state: "renegotiated", dueOn: inDays(21), renegotiations: 1 });
    expect(moved.body.history.map((h: { state: string; dueOn: string }) => [h.state, h.dueOn])).toEqual([
      ["open", inDays(7)],
      ["renegotiated", inDays(21)],
    ]);
    expect(moved.body.history[1].factors).toEqual([
      { kind: "barrier", factor: "time" },
      { kind: "barrier", factor: "money" },
    ]);
    const stale = await t.w.as.coordinator.post(`${t.base}/promises/${p.id}/changes`, { version: p.version, to: "kept" });
    expect(stale.status).toBe(409);
    const kept = await t.w.as.member.post(`${t.base}/promises/${p.id}/changes`, {
      version: moved.body.version,
      to: "kept",
      factors: ["skills"],
    });
    expect(kept.body).toMatchObject({ state: "kept", closedOn: inDays(0) });
    const again = await t.w.as.member.post(`${t.base}/promises/${p.id}/changes`, { version: kept.body.version, to: "not_kept", note: "x" });
    expect(again.status).toBe(409);
    expect((await t.w.as.observer.post(`${t.base}/promises/${p.id}/changes`, { version: kept.body.version, to: "kept" })).status).toBe(403);
  });

  it("needs a reason when a promise is not kept, and counts keeping rates for the network, organisations and people", async () => {
    const p = (await t.w.as.coordinator.post(`${t.base}/promises`, { text: "Selvitän rahoituksen", dueOn: inDays(3) })).body;
    const noReason = await t.w.as.coordinator.post(`${t.base}/promises/${p.id}/changes`, { version: p.version, to: "not_kept" });
    expect(Object.keys(noReason.body.error.fields)).toEqual(["note"]);
    await t.w.as.coordinator.post(`${t.base}/promises/${p.id}/changes`, {
      version: p.version,
      to: "not_kept",
      note: "Hanke ei saanut rahoitusta",
      factors: ["money"],
    });
    const rates = await t.w.as.member.get(`${t.base}/promises/keeping-rates`);
    // Three promises: one open (the first test), one kept, one not kept → 1 of 2 closed kept.
    expect(rates.body.network).toMatchObject({ total: 3, open: 1, notKept: 1, rate: 0.5 });
    expect(rates.body.people.map((x: { name: string }) => x.name)).toEqual(["Member"]);
    expect((await t.w.as.coordinator.get(`${t.base}/promises/keeping-rates`)).body.people).toHaveLength(2);
    expect(rates.body.organisations.find((o: { name: string }) => o.name === "Kuopion kaupunki").rate.total).toBe(2);
    expect(rates.body.factors.barriers[0]).toEqual({ factor: "money", count: 2 });
    expect(rates.body.factors.enablers).toEqual([{ factor: "skills", count: 1 }]);
    const mine = await t.w.as.member.get(`${t.base}/promises?mine=true`);
    expect(mine.body.items).toHaveLength(2);
  });

  // Issue #16, point 9: the ledger stopped silently at 2,000 promises; it pages like every list.
  it("pages the ledger soonest due first with a cursor, and refuses a cursor of its own making", async () => {
    for (const [text, days] of [
      ["Sivu A", 40],
      ["Sivu B", 40],
      ["Sivu C", 41],
    ] as const)
      await t.w.as.member.post(`${t.base}/promises`, { text, dueOn: inDays(days) });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = await t.w.as.observer.get(`${t.base}/promises?limit=2${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((p: { id: string; dueOn: string }) => `${p.dueOn} ${p.id}`));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);
    const all = (await t.w.as.observer.get(`${t.base}/promises?limit=200`)).body.items.map(
      (p: { id: string; dueOn: string }) => `${p.dueOn} ${p.id}`,
    );
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect([...all].sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10)))).toEqual(all);
    const bad = await t.w.as.observer.get(`${t.base}/promises?cursor=not-ours`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.cursor).toBeDefined();
  });
});
