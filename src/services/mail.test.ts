import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { startSmtpSink } from "../../tests/support/smtpSink.ts";
import { world } from "../../tests/support/world.ts";
import { createMailer } from "./mail.ts";

describe.each(databases)("e-mail through SMTP on %s", (kind) => {
  let sink: Awaited<ReturnType<typeof startSmtpSink>>;
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  beforeAll(async () => {
    sink = await startSmtpSink();
    deps = await freshDeps(kind);
    deps.mailer = createMailer({ smtpUrl: sink.url, from: "Solmu <solmu@example.fi>", logger: pino({ level: "silent" }) });
  });
  afterAll(async () => {
    await deps.cleanup();
    await sink.close();
  });

  it("sends an invitation by e-mail, marks it sent in the outbox and reports it delivered", async () => {
    const w = await world(deps);
    const r = await w.as.coordinator.post(`/api/networks/${w.network.id}/invitations`, { email: "postia@example.fi" });
    expect(r.status).toBe(201);
    expect(r.body.delivered).toBe(true);
    const mail = sink.received.find((m) => m.to.some((t) => t.includes("postia@example.fi")));
    expect(mail?.data).toContain("Kutsu verkostoon");
    const outbox = await w.as.coordinator.get(`/api/networks/${w.network.id}/outbox`);
    expect(outbox.body.items[0]).toMatchObject({ to: "postia@example.fi", error: null, sentAt: expect.any(String) });
  });

  it("keeps a message in the outbox with the error when the SMTP server cannot be reached", async () => {
    deps.mailer = createMailer({ smtpUrl: "smtp://127.0.0.1:1", from: "Solmu <solmu@example.fi>", logger: pino({ level: "silent" }) });
    const w = await world(deps);
    const r = await w.as.admin.post(`/api/networks/${w.other.id}/invitations`, { email: "ei-perille@example.fi" });
    expect(r.status).toBe(201);
    expect(r.body.delivered).toBe(false);
    const outbox = await w.as.admin.get(`/api/networks/${w.other.id}/outbox`);
    const message = outbox.body.items.find((m: { to: string }) => m.to === "ei-perille@example.fi");
    expect(message.sentAt).toBeNull();
    expect(message.error).toEqual(expect.any(String));
    expect(message.link).toContain("/invite#token=");
  });
});
