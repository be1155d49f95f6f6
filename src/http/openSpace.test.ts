import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { boardTopic } from "../services/openSpace.ts";
import { openStorage } from "../storage/db.ts";

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("the open-space board and activities on %s", (kind) => {
  const t = apiWorld(kind);
  let board: string;
  let member = "";
  let coordinator = "";
  beforeAll(async () => {
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    member = people.find((p) => p.name === "Member")?.id ?? "";
    coordinator = people.find((p) => p.name === "Coordinator")?.id ?? "";
    const m = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Avoin tila", kind: "workshop", start: `${day(1)}T09:00`, end: `${day(1)}T12:00` },
      participantIds: [member, coordinator],
    });
    board = `${t.base}/meetings/${m.body.id}/board`;
  });

  it("lets planners set slots and spaces, participants propose and move, and refuses a taken space", async () => {
    expect((await t.w.as.member.post(`${board}/slots`, { label: "9.00–10.00" })).status).toBe(403);
    await t.w.as.coordinator.post(`${board}/slots`, { label: "9.00–10.00" });
    await t.w.as.coordinator.post(`${board}/spaces`, { name: "Sali" });
    const proposed = await t.w.as.member.post(`${board}/sessions`, { topic: "Nuorten osallisuus" });
    expect(proposed.status).toBe(200);
    await t.w.as.coordinator.post(`${board}/sessions`, { topic: "Yhteinen viestintä" });
    expect((await t.w.as.observer.post(`${board}/sessions`, { topic: "x" })).status).toBe(403);
    const b = proposed.body;
    const mine = (await t.w.as.member.get(board)).body.sessions.find((s: { topic: string }) => s.topic === "Nuorten osallisuus");
    expect(mine).toMatchObject({ convener: { id: member }, canEdit: true });
    const [slot, space] = [b.slots[0].id, b.spaces[0].id];
    const placed = await t.w.as.member.patch(`${board}/sessions/${mine.id}`, { version: mine.version, slotId: slot, spaceId: space });
    expect(placed.status).toBe(200);
    const other = placed.body.sessions.find((s: { topic: string }) => s.topic === "Yhteinen viestintä");
    expect(other.canEdit).toBe(false);
    const taken = await t.w.as.coordinator.patch(`${board}/sessions/${other.id}`, { version: other.version, slotId: slot, spaceId: space });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("space_taken");
    expect((await t.w.as.member.patch(`${board}/sessions/${mine.id}`, { version: mine.version, topic: "x" })).status).toBe(409);

    const joined = await t.w.as.member.put(`${board}/sessions/${mine.id}/presence`, { present: true });
    expect(joined.body.sessions.find((s: { id: string }) => s.id === mine.id).people).toEqual([{ id: member, name: "Member" }]);
    const notes = await t.w.as.member.put(`${board}/sessions/${mine.id}/notes`, {
      version: mine.version + 1,
      notes: "Nuoret mukaan suunnitteluun",
    });
    expect(notes.status).toBe(200);
    const stale = await t.w.as.member.put(`${board}/sessions/${mine.id}/notes`, { version: mine.version + 1, notes: "toinen" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.notes).toBe("Nuoret mukaan suunnitteluun");
    expect((await t.w.as.observer.get(board)).body.sessions.some((s: { notes: string }) => s.notes.startsWith("Nuoret"))).toBe(true);
    expect((await t.w.as.outsider.get(board)).status).toBe(404);

    // Attendance turns a shared session into shared history of those who were in it.
    await t.w.as.coordinator.put(`${board}/sessions/${mine.id}/presence`, { present: true });
    await t.w.as.coordinator.put(`${board.replace(/\/board$/, "")}/attendance`, { presentIds: [member, coordinator] });
    const history = await t.w.as.member.get(`${t.base}/history?person=${coordinator}`);
    expect(history.body.items.map((e: { title: string }) => e.title)).toEqual(expect.arrayContaining(["Nuorten osallisuus", "Avoin tila"]));
  });

  it("streams a change event to everyone watching the board", async () => {
    const res = await t.w.app.request(`http://localhost${board}/live`, { headers: { cookie: t.w.as.observer.cookie ?? "" } });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = "";
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    };
    await readUntil("event: ready");
    await t.w.as.member.post(`${board}/sessions`, { topic: "Vapaaehtoistyö" });
    await readUntil("event: changed");
    expect(text).toContain("event: changed");
    await reader.cancel();
  });

  it("keeps activities as done side by side or together, with the balance for the network home", async () => {
    const a = await t.w.as.member.post(`${t.base}/activities`, { title: "Yhteinen hankehakemus", mode: "together" });
    expect(a.status).toBe(201);
    await t.w.as.coordinator.post(`${t.base}/activities`, { title: "Kuntien omat perhekeskukset", mode: "side_by_side" });
    const list = await t.w.as.observer.get(`${t.base}/activities`);
    expect(list.body.balance).toEqual({ sideBySide: 1, together: 1 });
    expect((await t.w.as.member.post(`${t.base}/activities`, { title: "x", mode: "apart" })).status).toBe(400);
    expect((await t.w.as.observer.post(`${t.base}/activities`, { title: "x", mode: "together" })).status).toBe(403);
    const theirs = list.body.items.find((i: { title: string }) => i.title.startsWith("Kuntien"));
    expect((await t.w.as.member.delete(`${t.base}/activities/${theirs.id}`)).status).toBe(403);
    expect((await t.w.as.coordinator.delete(`${t.base}/activities/${theirs.id}`)).status).toBe(204);
  });
});

// Only PostgreSQL has several instances; SQLite serves one process.
describe.each(databases.filter((k) => k === "postgres"))("live updates across app instances on %s", () => {
  it("delivers a change published by one instance to a subscriber of another", async () => {
    const deps = await freshDeps("postgres");
    const other = openStorage({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir: "/tmp", pgSchema: deps.storage.pgSchema as string });
    try {
      const heard = new Promise<void>((resolve) => {
        void other.live.subscribe(boardTopic("m1"), resolve);
      });
      // Let the LISTEN connection of the second instance come up before publishing.
      await other.live.subscribe(boardTopic("warm-up"), () => {});
      await deps.storage.live.publish(boardTopic("m1"));
      await heard;
    } finally {
      await other.close();
      await deps.cleanup();
    }
  });
});
