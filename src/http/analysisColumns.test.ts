import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { client } from "../../tests/support/client.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "../demo/index.ts";
import { COLUMNS_MEDIA_TYPE, type ColumnDocument, DECODED_LENGTH_HEADER, decodeColumns } from "../domain/columns.ts";
import { createApp } from "./app.ts";

describe.each(databases)("a round's analysis in its compact form on %s", (kind) => {
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let c: ReturnType<typeof client>;
  beforeAll(async () => {
    deps = await freshDeps(kind);
    await seedDemo(deps, "small");
    c = client(createApp(deps));
    expect((await c.post("/api/auth/login", { email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD })).status).toBe(200);
  });
  afterAll(() => deps.cleanup());

  it("decodes to exactly the JSON answer for every round of the demo, people and groups alike", async () => {
    const networks = (await c.get("/api/me")).body.networks.filter((n: { role: string }) => n.role === "coordinator");
    let mapped = 0;
    for (const network of networks) {
      const rounds = (await c.get(`/api/networks/${network.id}/surveys`)).body.items as { id: string; status: string }[];
      for (const round of rounds) {
        const url = `/api/networks/${network.id}/surveys/${round.id}/analysis`;
        // The first read of a closed round's analysis keeps its figures (the round turns frozen): compare the reads after it.
        await c.get(url);
        const plain = await c.get(url);
        const compact = await c.get(url, { headers: { accept: COLUMNS_MEDIA_TYPE } });
        expect(plain.status).toBe(200);
        expect(compact.status).toBe(200);
        expect(plain.headers.get("content-type")).toMatch(/^application\/json\b/);
        expect(compact.headers.get("content-type")?.split(";")[0]).toBe(COLUMNS_MEDIA_TYPE);
        for (const answer of [plain, compact]) expect(answer.headers.get("vary")).toMatch(/\bAccept\b/);
        expect(Number(compact.headers.get(DECODED_LENGTH_HEADER))).toBe(compact.bytes.byteLength);
        const doc = compact.body as ColumnDocument;
        // Plain JSON repeats every field name and id on each of its rows; the compact form sends them once.
        expect(doc.data).not.toHaveProperty("nodes");
        expect(decodeColumns(doc)).toStrictEqual(plain.body);
        if (plain.body.nodes.length > 0) {
          mapped++;
          expect(Object.keys(doc.tables).sort()).toEqual(["edges", "nodes", "organisations"]);
          expect(compact.bytes.byteLength).toBeLessThan(plain.bytes.byteLength / 2);
        }
      }
    }
    // The Finnish network's closed rounds have maps; the Swedish network's show groups only.
    expect(mapped).toBeGreaterThanOrEqual(2);
  });

  it("answers plain JSON when the compact form is refused or not asked for", async () => {
    const network = (await c.get("/api/me")).body.networks.find((n: { role: string }) => n.role === "coordinator");
    const round = (await c.get(`/api/networks/${network.id}/surveys`)).body.items.find((r: { status: string }) => r.status === "closed");
    const url = `/api/networks/${network.id}/surveys/${round.id}/analysis`;
    for (const accept of [`${COLUMNS_MEDIA_TYPE};q=0, application/json`, "application/json", "*/*"]) {
      const r = await c.get(url, { headers: { accept } });
      expect(r.headers.get("content-type"), accept).toMatch(/^application\/json\b/);
      expect(r.body.nodes.length, accept).toBeGreaterThan(0);
    }
  });

  it("takes the form from the URL as well, for a preload link that cannot set Accept", async () => {
    const network = (await c.get("/api/me")).body.networks.find((n: { role: string }) => n.role === "coordinator");
    const round = (await c.get(`/api/networks/${network.id}/surveys`)).body.items.find((r: { status: string }) => r.status === "closed");
    const url = `/api/networks/${network.id}/surveys/${round.id}/analysis`;
    const plain = await c.get(url);
    const byUrl = await c.get(`${url}?format=columns`, { headers: { accept: "*/*" } });
    expect(byUrl.headers.get("content-type")?.split(";")[0]).toBe(COLUMNS_MEDIA_TYPE);
    expect(decodeColumns(byUrl.body as ColumnDocument)).toStrictEqual(plain.body);
    // The URL wins over Accept both ways.
    const json = await c.get(`${url}?format=json`, { headers: { accept: COLUMNS_MEDIA_TYPE } });
    expect(json.headers.get("content-type")).toMatch(/^application\/json\b/);
    expect(json.body).toStrictEqual(plain.body);
    const bad = await c.get(`${url}?format=xml`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty("format");
  });
});
