import pino from "pino";
import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { startSmtpSink } from "../../tests/support/smtpSink.ts";
import { createMailer } from "./mail.ts";
import { runReminders, sendDigests } from "./notifications.ts";

/** Decodes a quoted-printable mail body (RFC 2045), as mail clients do. */
const qp = (text: string) =>
  Buffer.from(
    text.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
    "latin1",
  ).toString("utf8");

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.each(databases)("reminders and digests on %s", (kind) => {
  const t = apiWorld(kind);

  it("reminds the promiser in the app of a promise falling due, once however often the job runs", async () => {
    await t.w.as.member.post(`${t.base}/promises`, { text: "Lähetän tilastot", dueOn: inDays(2) });
    await t.w.as.member.post(`${t.base}/promises`, { text: "Myöhemmin", dueOn: inDays(30) });
    const tomorrow = new Date(Date.now() + 86_400_000);
    const day = tomorrow.toISOString().slice(0, 10);
    await t.w.as.coordinator.post(`${t.base}/events`, {
      title: "Verkostotapaaminen",
      kind: "network_meeting",
      start: `${day}T12:00`,
      end: `${day}T14:00`,
    });
    await runReminders(t.deps);
    await runReminders(t.deps);
    const mine = await t.w.as.member.get("/api/me/notifications");
    expect(mine.body.items.map((n: { kind: string }) => n.kind).sort()).toEqual(["event_soon", "promise_due"]);
    expect(mine.body.unread).toBe(2);
    expect(mine.body.items.find((n: { kind: string }) => n.kind === "promise_due").params).toMatchObject({
      text: "Lähetän tilastot",
      dueOn: inDays(2),
    });
    expect((await t.w.as.observer.get("/api/me/notifications")).body.items.map((n: { kind: string }) => n.kind)).toEqual(["event_soon"]);
    expect((await t.w.as.member.post("/api/me/notifications/read")).status).toBe(204);
    expect((await t.w.as.member.get("/api/me/notifications")).body.unread).toBe(0);
  });

  it("mails one digest per person with an unsubscribe link that works without signing in", async () => {
    const sink = await startSmtpSink();
    const saved = t.deps.mailer;
    t.deps.mailer = createMailer({ smtpUrl: sink.url, from: "solmu@example.fi", logger: pino({ level: "silent" }) });
    try {
      expect((await t.w.as.member.patch("/api/me", { digest: "daily" })).body.digest).toBe("daily");
      expect((await t.w.as.member.patch("/api/me", { digest: "hourly" })).status).toBe(400);
      expect(await sendDigests(t.deps, "daily", "http://solmu.test")).toBe(1);
      expect(await sendDigests(t.deps, "daily", "http://solmu.test")).toBe(0);
      const mail = sink.received.find((m) => m.to.some((t) => t.includes("member@example.fi")));
      const body = qp(mail?.data ?? "");
      expect(body).toContain("Lähetän tilastot");
      const token = /unsubscribe#token=([A-Za-z0-9_-]+)/.exec(body)?.[1] ?? "";
      expect(token).not.toBe("");
      const off = await t.w.anonymous().post("/api/unsubscribe", { token });
      expect(off.status).toBe(204);
      expect((await t.w.as.member.get("/api/me")).body.digest).toBe("off");
      expect((await t.w.anonymous().post("/api/unsubscribe", { token: "arvaus" })).status).toBe(404);
    } finally {
      t.deps.mailer = saved;
      await sink.close();
    }
  });
});
