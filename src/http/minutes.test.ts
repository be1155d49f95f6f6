import { beforeAll, describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";

const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const finnishDay = (d: string) => `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}`;

describe.each(databases)("meeting minutes on %s", (kind) => {
  const t = apiWorld(kind);
  let url: string;
  /** The network's audit log entries about minutes, oldest first. */
  const minutesLog = async () =>
    ((await t.w.as.coordinator.get(`${t.base}/audit`)).body.items as { action: string }[])
      .filter((e) => e.action.startsWith("minutes."))
      .reverse();
  beforeAll(async () => {
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string; name: string }[];
    const id = (name: string) => people.find((p) => p.name.toLowerCase() === name)?.id as string;
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Syystapaaminen", kind: "network_meeting", start: `${day(-2)}T13:00`, end: `${day(-2)}T16:00`, place: "Kuopio" },
      participantIds: [id("member"), id("observer")],
      facilitatorIds: [id("member")],
    });
    expect(made.status).toBe(201);
    url = `${t.base}/meetings/${made.body.id}`;
    const agenda = await t.w.as.coordinator.put(`${url}/agenda`, {
      version: made.body.version,
      blocks: [{ title: "Oppimiskahvila", method: "learning_cafe", startMinute: 30, durationMinutes: 90 }],
    });
    const block = agenda.body.agenda[0];
    await t.w.as.member.put(`${url}/blocks/${block.id}/notes`, { version: block.notesVersion, notes: "Nuoret ja asuminen" });
    await t.w.as.coordinator.put(`${url}/attendance`, { presentIds: [id("member")] });
    const meetingId = made.body.id;
    await t.w.as.member.post(`${t.base}/decisions`, {
      decidedOn: day(-2),
      title: "Syksyn teema",
      body: "Nuorten työllisyys.",
      rule: "consensus",
      meetingId,
    });
    await t.w.as.member.post(`${t.base}/promises`, { text: "Kokoan kyselyn tulokset", dueOn: day(20), meetingId });
  });

  it("keeps outsiders out and drafts from those who do not plan", async () => {
    expect((await t.w.as.outsider.get(`${url}/minutes`)).status).toBe(404);
    expect((await t.w.as.outsider.get(`${url}/minutes.md`)).status).toBe(404);
    expect((await t.w.as.outsider.put(`${url}/minutes`, { version: 0, text: "x" })).status).toBe(404);
    expect((await t.w.as.outsider.post(`${url}/minutes/approve`, { version: 0 })).status).toBe(404);
    expect((await t.w.as.outsider.post(`${url}/minutes/send`)).status).toBe(404);
    const observer = await t.w.as.observer.get(`${url}/minutes`);
    expect(observer.status).toBe(200);
    expect(observer.body).toMatchObject({ text: null, status: "draft", canEdit: false, downloadUrl: null });
    expect((await t.w.as.observer.get(`${url}/minutes.md`)).status).toBe(404);
    expect((await t.w.as.observer.put(`${url}/minutes`, { version: 0, text: "x" })).status).toBe(403);
    expect((await t.w.as.observer.post(`${url}/minutes/approve`, { version: 0 })).status).toBe(403);
  });

  it("composes the draft from the meeting in the reader's language", async () => {
    const draft = (await t.w.as.coordinator.get(`${url}/minutes`)).body;
    expect(draft).toMatchObject({ saved: false, version: 0, status: "draft", canEdit: true, canSend: false });
    expect(draft.text).toContain("# Pöytäkirja: Syystapaaminen");
    expect(draft.text).toContain(`Aika: ${finnishDay(day(-2))} klo 13.00–16.00`);
    expect(draft.text).toContain("Paikka: Kuopio");
    expect(draft.text).toContain("## Läsnä\n\n- Member\n\n");
    expect(draft.text).toContain("### 13.30 Oppimiskahvila\n\nNuoret ja asuminen");
    expect(draft.text).toContain("- **Syksyn teema** (Konsensus): Nuorten työllisyys.");
    expect(draft.text).toContain(`- Member: Kokoan kyselyn tulokset (${finnishDay(day(20))} mennessä)`);
    const facilitator = (await t.w.as.member.get(`${url}/minutes`)).body;
    expect(facilitator.canEdit).toBe(true);
  });

  it("saves an edited draft, refuses a stale save with the stored text, and names the field at fault", async () => {
    const first = await t.w.as.member.put(`${url}/minutes`, { version: 0, text: "# Pöytäkirja\n\nMuokattu." });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ saved: true, version: 1, text: "# Pöytäkirja\n\nMuokattu." });
    const again = await t.w.as.coordinator.put(`${url}/minutes`, { version: 0, text: "Toinen ensimmäinen" });
    expect(again.status).toBe(409);
    expect(again.body.error.current.text).toBe("# Pöytäkirja\n\nMuokattu.");
    const second = await t.w.as.coordinator.put(`${url}/minutes`, { version: 1, text: "# Pöytäkirja\n\nMuokattu kahdesti." });
    expect(second.body.version).toBe(2);
    const stale = await t.w.as.member.put(`${url}/minutes`, { version: 1, text: "Vanha" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ version: 2, text: "# Pöytäkirja\n\nMuokattu kahdesti." });
    const bad = await t.w.as.coordinator.put(`${url}/minutes`, { version: -1, text: "x" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["version"]);
  });

  it("refuses to send a draft, approves the seen version, and freezes the text", async () => {
    expect((await t.w.as.coordinator.post(`${url}/minutes/send`)).status).toBe(409);
    expect((await t.w.as.member.post(`${url}/minutes/approve`, { version: 1 })).status).toBe(409);
    const approved = await t.w.as.member.post(`${url}/minutes/approve`, { version: 2 });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: "approved", approvedByName: "Member", canEdit: false, canSend: true });
    expect(await minutesLog()).toMatchObject([{ action: "minutes.approved", actor: "Member", subject: "Syystapaaminen", details: {} }]);
    const edit = await t.w.as.coordinator.put(`${url}/minutes`, { version: approved.body.version, text: "Jälkikäteen" });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe("minutes_approved");
    expect((await t.w.as.coordinator.post(`${url}/minutes/approve`, { version: approved.body.version })).status).toBe(409);
    expect(await minutesLog(), "a refused approval is not logged").toHaveLength(1);
    const observer = (await t.w.as.observer.get(`${url}/minutes`)).body;
    expect(observer).toMatchObject({ text: "# Pöytäkirja\n\nMuokattu kahdesti.", status: "approved", canEdit: false, canSend: false });
    const file = await t.w.as.observer.get(`${url}/minutes.md`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(file.headers.get("content-disposition")).toContain(`filename*=UTF-8''${day(-2)}%20p%C3%B6yt%C3%A4kirja%20Syystapaaminen.md`);
    expect(file.body).toBe("# Pöytäkirja\n\nMuokattu kahdesti.");
  });

  it("sends approved minutes once: every participant is notified in the app and by e-mail", async () => {
    expect((await t.w.as.observer.post(`${url}/minutes/send`)).status).toBe(403);
    const sent = await t.w.as.member.post(`${url}/minutes/send`);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: "sent", canSend: false });
    expect(sent.body.sentAt).toEqual(expect.any(String));
    expect((await t.w.as.member.post(`${url}/minutes/send`)).status).toBe(409);
    expect((await minutesLog()).map((e) => e.action)).toEqual(["minutes.approved", "minutes.sent"]);
    expect((await minutesLog())[1]).toMatchObject({ actor: "Member", subject: "Syystapaaminen", details: { recipients: 2 } });
    for (const who of [t.w.as.member, t.w.as.observer]) {
      const told = (await who.get("/api/me/notifications")).body.items.filter((n: { kind: string }) => n.kind === "minutes_sent");
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ params: { title: "Syystapaaminen" }, link: url.replace("/api", "") });
    }
    expect(
      (await t.w.as.coordinator.get("/api/me/notifications")).body.items.some((n: { kind: string }) => n.kind === "minutes_sent"),
    ).toBe(false);
    const mails = await t.deps.storage.db.selectFrom("outbox").selectAll().where("kind", "=", "minutes").execute();
    expect(mails.map((m) => m.to_email).sort()).toEqual([t.w.people.member.email, t.w.people.observer.email].sort());
    expect(mails[0]?.subject).toBe(`Pöytäkirja: Syystapaaminen (${t.w.network.name})`);
    expect(mails[0]?.body).toContain("Muokattu kahdesti.");
  });

  it("logs the approval of a draft never saved, and nothing when the approval is stale", async () => {
    const made = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Kevätkokous", kind: "network_meeting", start: `${day(-1)}T09:00`, end: `${day(-1)}T11:00` },
    });
    const minutes = `${t.base}/meetings/${made.body.id}/minutes`;
    expect((await t.w.as.coordinator.post(`${minutes}/approve`, { version: 3 })).status).toBe(409);
    expect((await t.w.as.coordinator.post(`${minutes}/approve`, { version: 0 })).status).toBe(200);
    const approvals = (await minutesLog()).filter((e) => e.action === "minutes.approved");
    expect(approvals.at(-1)).toMatchObject({ actor: "Coordinator", subject: "Kevätkokous" });
    expect(approvals).toHaveLength(2);
  });
});
