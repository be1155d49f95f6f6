import { describe, expect, it } from "vitest";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases } from "../../tests/support/databases.ts";
import { WEBHOOK_EVENT_KINDS } from "../domain/webhooks.ts";
import { announce } from "../services/webhooks.ts";

const SECRET = "kuopio-signing-secret-9f3a";
const TOKEN = "syt_matrix_access_token_77aa";
const TEAMS_URL = "https://prod-01.westeurope.logic.azure.com/workflows/secretpath/triggers/manual/paths/invoke?sig=TOPSECRETSIG1";

const jsonHook = {
  name: "Integraatio",
  kind: "json",
  url: "https://hooks.example.org/solmu",
  secret: SECRET,
  events: ["decision.recorded", "meeting.created"],
  locale: "sv",
};

describe.each(databases)("webhooks API on %s", (kind) => {
  const t = apiWorld(kind);

  it("lets a coordinator add, list, change and delete webhooks, and hides every secret", async () => {
    const made = await t.w.as.coordinator.post(`${t.base}/webhooks`, jsonHook);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: "Integraatio", kind: "json", secretSet: true, secretHint: "9f3a", locale: "sv", active: true });
    expect(made.body.url).toBe("https://hooks.example.org/…olmu");

    const teams = await t.w.as.coordinator.post(`${t.base}/webhooks`, {
      name: "Teams",
      kind: "teams",
      url: TEAMS_URL,
      events: ["poll.opened"],
    });
    expect(teams.status).toBe(201);
    expect(teams.body.url).toBe("https://prod-01.westeurope.logic.azure.com/…SIG1");
    const matrix = await t.w.as.coordinator.post(`${t.base}/webhooks`, {
      name: "Matrix",
      kind: "matrix",
      matrixHomeserver: "https://matrix.example.org",
      matrixRoomId: "!verkosto:example.org",
      matrixAccessToken: TOKEN,
      events: [...WEBHOOK_EVENT_KINDS],
    });
    expect(matrix.status).toBe(201);
    expect(matrix.body).toMatchObject({ matrixAccessTokenSet: true, matrixAccessTokenHint: "77aa", url: null });

    const list = await t.w.as.coordinator.get(`${t.base}/webhooks`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((w: { name: string }) => w.name)).toEqual(["Integraatio", "Teams", "Matrix"]);
    const everything = JSON.stringify([made.body, teams.body, matrix.body, list.body]);
    for (const secret of [SECRET, TOKEN, "TOPSECRETSIG1", "secretpath", "/solmu"]) expect(everything).not.toContain(secret);

    // Saving other fields without the secret keeps it; a stale version is refused with what is stored.
    const renamed = await t.w.as.coordinator.put(`${t.base}/webhooks/${made.body.id}`, {
      ...jsonHook,
      url: undefined,
      secret: undefined,
      name: "Integraatio 2",
      active: false,
      version: made.body.version,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: "Integraatio 2", active: false, secretSet: true, secretHint: "9f3a", url: made.body.url });
    const stale = await t.w.as.coordinator.put(`${t.base}/webhooks/${made.body.id}`, { ...jsonHook, version: made.body.version });
    expect(stale.status).toBe(409);
    expect(JSON.stringify(stale.body)).not.toContain(SECRET);

    expect((await t.w.as.coordinator.delete(`${t.base}/webhooks/${teams.body.id}`)).status).toBe(204);
    expect((await t.w.as.coordinator.get(`${t.base}/webhooks/${teams.body.id}/deliveries`)).status).toBe(404);
    const audit = (await t.w.as.coordinator.get(`${t.base}/audit`)).body.items as { action: string }[];
    expect(audit.map((e) => e.action).filter((a) => a.startsWith("webhook."))).toEqual([
      "webhook.deleted",
      "webhook.saved",
      "webhook.saved",
      "webhook.saved",
      "webhook.saved",
    ]);
  });

  it("keeps members and observers out (403) and outsiders from even knowing (404)", async () => {
    const hook = (await t.w.as.coordinator.post(`${t.base}/webhooks`, jsonHook)).body;
    const at = `${t.base}/webhooks/${hook.id}`;
    for (const who of [t.w.as.member, t.w.as.observer]) {
      expect((await who.get(`${t.base}/webhooks`)).status).toBe(403);
      expect((await who.post(`${t.base}/webhooks`, jsonHook)).status).toBe(403);
      expect((await who.put(at, { ...jsonHook, version: hook.version })).status).toBe(403);
      expect((await who.delete(at)).status).toBe(403);
      expect((await who.post(`${at}/test`)).status).toBe(403);
      expect((await who.get(`${at}/deliveries`)).status).toBe(403);
    }
    expect((await t.w.as.outsider.get(`${t.base}/webhooks`)).status).toBe(404);
    expect((await t.w.as.outsider.post(`${at}/test`)).status).toBe(404);
    expect((await t.w.as.outsider.get(`${at}/deliveries`)).status).toBe(404);
    // Another network's coordinator cannot reach this one's webhook through their own network either.
    const theirs = `/api/networks/${t.w.other.id}/webhooks/${hook.id}`;
    expect((await t.w.as.outsider.get(`${theirs}/deliveries`)).status).toBe(404);
    expect((await t.w.as.outsider.delete(theirs)).status).toBe(404);
  });

  it("answers 400 naming the field: a refused address, a missing secret, a bad room, no events", async () => {
    const post = (body: object) => t.w.as.coordinator.post(`${t.base}/webhooks`, body);
    const fields = async (body: object) => {
      const r = await post(body);
      expect(r.status).toBe(400);
      return Object.keys(r.body.error.fields);
    };
    expect(await fields({ ...jsonHook, url: "http://169.254.169.254/latest/meta-data/" })).toEqual(["url"]);
    expect(await fields({ ...jsonHook, url: "https://metadata.google.internal/" })).toEqual(["url"]);
    expect(await fields({ ...jsonHook, url: "http://hooks.example.org/solmu" })).toEqual(["url"]);
    expect(await fields({ ...jsonHook, url: "http://127.0.0.1:9/" })).toEqual(["url"]);
    expect(await fields({ ...jsonHook, secret: undefined })).toEqual(["secret"]);
    expect(await fields({ ...jsonHook, events: [] })).toEqual(["events"]);
    expect(
      await fields({
        name: "M",
        kind: "matrix",
        matrixHomeserver: "https://m.example.org",
        matrixRoomId: "huone",
        events: ["poll.opened"],
      }),
    ).toEqual(["matrixRoomId", "matrixAccessToken"]);
    expect(await fields({ ...jsonHook, secret: "short" })).toContain("secret");
    expect(await fields({ ...jsonHook, events: ["poll.exploded"] })).toContain("events.0");
    const refused = await post({ ...jsonHook, url: "http://169.254.169.254/" });
    expect(refused.body.error.fields.url.length).toBeGreaterThan(10);
  });

  it("announces only to active webhooks of the network that chose the event, once per dedupe key", async () => {
    const { db } = t.deps.storage;
    const hooks = (await t.w.as.coordinator.get(`${t.base}/webhooks`)).body.items as { id: string; active: boolean; events: string[] }[];
    const expected = hooks.filter((h) => h.active && h.events.includes("meeting.created")).map((h) => h.id);
    expect(expected.length).toBeGreaterThan(0);
    const event = {
      networkId: t.w.network.id,
      kind: "meeting.created" as const,
      title: "Kevättapaaminen",
      path: "/networks/x/meetings/y",
      dedupeKey: "test:1",
    };
    await db.transaction().execute((tx) => announce(tx, event));
    await announce(db, event);
    const rows = await db
      .selectFrom("webhook_deliveries as d")
      .innerJoin("webhook_events as e", "e.id", "d.event_id")
      .select(["d.webhook_id", "d.status"])
      .where("e.title", "=", "Kevättapaaminen")
      .execute();
    expect(rows.map((r) => r.webhook_id).sort()).toEqual([...expected].sort());
    expect(rows.every((r) => r.status === "pending")).toBe(true);
    // A network whose webhooks did not choose the event stores nothing at all.
    await announce(db, { ...event, networkId: t.w.other.id, dedupeKey: "test:2", title: "Ei kenellekään" });
    expect(await db.selectFrom("webhook_events").select("id").where("title", "=", "Ei kenellekään").execute()).toEqual([]);
  });

  it("documents every route with its errors in the OpenAPI document", async () => {
    const doc = (await t.w.anonymous().get("/api/openapi.json")).body;
    const paths = Object.keys(doc.paths).filter((p) => p.includes("/webhooks"));
    expect(paths.sort()).toEqual([
      "/api/networks/{networkId}/webhooks",
      "/api/networks/{networkId}/webhooks/{webhookId}",
      "/api/networks/{networkId}/webhooks/{webhookId}/deliveries",
      "/api/networks/{networkId}/webhooks/{webhookId}/test",
    ]);
    expect(Object.keys(doc.paths["/api/networks/{networkId}/webhooks/{webhookId}"].put.responses).sort()).toEqual(
      ["200", "400", "401", "403", "404", "409", "413"].sort(),
    );
  });
});
