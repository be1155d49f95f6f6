import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDir } from "../../scripts/precompress.ts";
import { apiWorld } from "../../tests/support/apiWorld.ts";
import { databases, freshDeps } from "../../tests/support/databases.ts";
import { createApp } from "./app.ts";
import { chooseCoding } from "./encoding.ts";
import { COMPRESS_MIN_BYTES } from "./middleware/compress.ts";

const ORIGIN = "http://localhost";
const CHROME = "gzip, deflate, br, zstd";

/** The body as it came over the wire, decoded by what Content-Encoding says. */
async function decoded(res: Response) {
  const bytes = Buffer.from(await res.arrayBuffer());
  const coding = res.headers.get("content-encoding");
  if (coding === "br") return zlib.brotliDecompressSync(bytes).toString("utf8");
  if (coding === "gzip") return zlib.gunzipSync(bytes).toString("utf8");
  return bytes.toString("utf8");
}

describe("choosing a content coding from Accept-Encoding", () => {
  it.each([
    [undefined, "identity"],
    ["", "identity"],
    [CHROME, "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=1.0, br;q=0.5", "gzip"],
    ["br;q=0.8, gzip;q=0.8", "br"],
    ["*", "br"],
    ["*;q=0, identity", "identity"],
    ["identity", "identity"],
    ["identity, gzip;q=0.5", "identity"],
    ["x-gzip", "gzip"],
    ["deflate, zstd", "identity"],
  ] as const)("%s → %s", (header, coding) => {
    expect(chooseCoding(header, ["br", "gzip"])).toBe(coding);
  });

  it("sends only what is at hand", () => {
    expect(chooseCoding(CHROME, ["gzip"])).toBe("gzip");
    expect(chooseCoding(CHROME, [])).toBe("identity");
  });
});

/** The shell catalogues' chunks as vite.config.ts names them; English is left out to show a language without one. */
const SHELL_CHUNKS = ["assets/i18n-fi-shell-Ab_c1-2.js", "assets/i18n-sv-shell-Xy3.js"];
const NETWORK = "021d3276-9758-4782-9c6e-0ac3f193f836";
const ROUND = "276f8994-455c-4efd-b3bd-6ba19385a2c1";

describe("the built web app's files", () => {
  let webDir: string;
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  const script = `export const names = [${Array.from({ length: 400 }, (_, i) => `"nimi-${i}"`).join(", ")}];\n`;
  const get = (url: string, headers: Record<string, string> = {}, method = "GET") => app.request(`${ORIGIN}${url}`, { method, headers });

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-web-"));
    fs.mkdirSync(path.join(webDir, "assets"));
    fs.writeFileSync(path.join(webDir, "index.html"), `<!doctype html><title>Solmu</title>${"<!-- solmu -->".repeat(100)}`);
    fs.writeFileSync(path.join(webDir, "assets/app-abc123.js"), script);
    fs.writeFileSync(path.join(webDir, "assets/app-abc123.js.map"), JSON.stringify({ version: 3, sources: ["secret.ts"] }));
    fs.writeFileSync(path.join(webDir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    for (const chunk of SHELL_CHUNKS) fs.writeFileSync(path.join(webDir, chunk), "export default {};\n");
    await precompressDir(webDir);
    deps = await freshDeps("sqlite");
    app = createApp(deps, { webDir });
  });
  afterAll(async () => {
    await deps.cleanup();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it("are compressed at build time with brotli and gzip, except small files and source maps", () => {
    const files = fs.readdirSync(webDir, { recursive: true }).map(String).sort();
    expect(files).toEqual(
      expect.arrayContaining(["assets/app-abc123.js.br", "assets/app-abc123.js.gz", "index.html.br", "index.html.gz"].map(path.normalize)),
    );
    expect(files.filter((f) => /favicon\.svg\.|\.map\./.test(f))).toEqual([]);
  });

  it("go out as brotli, gzip or as built, by Accept-Encoding, with Vary", async () => {
    const br = await get("/assets/app-abc123.js", { "accept-encoding": CHROME });
    expect(br.status).toBe(200);
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(br.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(Number(br.headers.get("content-length"))).toBe(fs.statSync(path.join(webDir, "assets/app-abc123.js.br")).size);
    expect(await decoded(br)).toBe(script);

    const gz = await get("/assets/app-abc123.js", { "accept-encoding": "gzip, deflate" });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("vary")).toBe("Accept-Encoding");
    expect(await decoded(gz)).toBe(script);

    const plainAsks: Record<string, string>[] = [{}, { "accept-encoding": "identity" }, { "accept-encoding": "br;q=0, gzip;q=0" }];
    for (const plain of plainAsks) {
      const res = await get("/assets/app-abc123.js", plain);
      expect(res.headers.get("content-encoding")).toBeNull();
      expect(res.headers.get("vary")).toBe("Accept-Encoding");
      expect(Number(res.headers.get("content-length"))).toBe(Buffer.byteLength(script));
      expect(await res.text()).toBe(script);
    }
  });

  it("answer HEAD with GET's headers and no body, and 304 to a copy that is current", async () => {
    const head = await get("/assets/app-abc123.js", { "accept-encoding": CHROME }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-encoding")).toBe("br");
    expect(Number(head.headers.get("content-length"))).toBe(fs.statSync(path.join(webDir, "assets/app-abc123.js.br")).size);
    expect((await head.arrayBuffer()).byteLength).toBe(0);

    const first = await get("/assets/app-abc123.js", { "accept-encoding": CHROME });
    const etag = first.headers.get("etag") as string;
    const plainEtag = (await get("/assets/app-abc123.js")).headers.get("etag");
    // Each coding is its own representation with its own tag.
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(plainEtag).not.toBe(etag);
    const again = await get("/assets/app-abc123.js", { "accept-encoding": CHROME, "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await get("/assets/app-abc123.js", { "accept-encoding": "gzip", "if-none-match": etag })).status).toBe(200);
  });

  it("never include a source map, nor index.html in place of a missing file", async () => {
    for (const url of ["/assets/app-abc123.js.map", "/assets/app-abc123.js.br", "/assets/gone-xyz.js", "/networks/x/app.js.map"]) {
      const res = await get(url, { "accept-encoding": CHROME });
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain("secret.ts");
    }
  });

  it("answer the client's routes with index.html, compressed and never kept stale", async () => {
    const res = await get("/networks/abc/health", { "accept-encoding": CHROME });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-encoding")).toBe("br");
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(await decoded(res)).toContain("<title>Solmu</title>");
    const small = await get("/favicon.svg", { "accept-encoding": CHROME });
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(small.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
  });
});

describe("preload links on index.html", () => {
  let webDir: string;
  let deps: Awaited<ReturnType<typeof freshDeps>>;
  let app: ReturnType<typeof createApp>;
  const links = async (url: string, headers: Record<string, string> = {}) => {
    const res = await app.request(`${ORIGIN}${url}`, { headers });
    expect(res.status, url).toBe(200);
    return (res.headers.get("link") ?? "").split(", ").filter(Boolean);
  };
  const fetchLink = (u: string) => `<${u}>; rel=preload; as=fetch; crossorigin`;
  const moduleLink = (u: string) => `<${u}>; rel=modulepreload; crossorigin`;

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-web-"));
    fs.mkdirSync(path.join(webDir, "assets"));
    fs.writeFileSync(path.join(webDir, "index.html"), "<!doctype html><title>Solmu</title>");
    for (const chunk of [...SHELL_CHUNKS, "assets/i18n-fi-surveys-Q1.js", "assets/app-abc123.js"]) {
      fs.writeFileSync(path.join(webDir, chunk), "export default {};\n");
    }
    deps = await freshDeps("sqlite");
    app = createApp(deps, { webDir });
  });
  afterAll(async () => {
    await deps.cleanup();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it("name the signed-in person and the shell's catalogues in the language the app will start in", async () => {
    expect(await links("/login")).toEqual([fetchLink("/api/me"), moduleLink("/assets/i18n-fi-shell-Ab_c1-2.js")]);
    // The language cookie first, then the browser's languages, as web/src/i18n.ts chooses; never another page's catalogue.
    expect(await links("/login", { cookie: "solmu_lang=sv", "accept-language": "fi" })).toContain(
      moduleLink("/assets/i18n-sv-shell-Xy3.js"),
    );
    expect(await links("/", { "accept-language": "sv-FI, fi;q=0.5" })).toContain(moduleLink("/assets/i18n-sv-shell-Xy3.js"));
    expect(await links("/", { "accept-language": "en" })).toEqual([fetchLink("/api/me")]);
    expect(await links("/", { cookie: "solmu_lang=xx" })).toContain(moduleLink("/assets/i18n-fi-shell-Ab_c1-2.js"));
  });

  it("name a network page's network, and a round's map its analysis in the compact form", async () => {
    expect(await links(`/networks/${NETWORK}/people`)).toEqual([
      fetchLink("/api/me"),
      fetchLink(`/api/networks/${NETWORK}`),
      moduleLink("/assets/i18n-fi-shell-Ab_c1-2.js"),
    ]);
    expect(await links(`/networks/${NETWORK}/health/map?round=${ROUND}`)).toContain(
      fetchLink(`/api/networks/${NETWORK}/surveys/${ROUND}/analysis?format=columns`),
    );
    // Only a round id goes into a link; the dashboard and a map without a round preload no analysis.
    for (const url of [
      `/networks/${NETWORK}/health/map?round=..%2F..%2Fme`,
      `/networks/${NETWORK}/health/map?round=${ROUND}%3E%2C%20%3C%2Fapi%2Fx`,
      `/networks/${NETWORK}/health/map`,
      `/networks/${NETWORK}/health?round=${ROUND}`,
      `/networks/not-a-network/health/map?round=${ROUND}`,
    ]) {
      expect(
        (await links(url)).filter((l) => l.includes("/analysis")),
        url,
      ).toEqual([]);
    }
  });

  it("go with index.html only, not with the files themselves", async () => {
    const file = await app.request(`${ORIGIN}/assets/app-abc123.js`);
    expect(file.status).toBe(200);
    expect(file.headers.get("link")).toBeNull();
  });
});

describe.each(databases)("compressed API answers on %s", (kind) => {
  const t = apiWorld(kind);
  const request = (url: string, headers: Record<string, string>, method = "GET") =>
    t.w.app.request(`${ORIGIN}${url}`, { method, headers: { cookie: t.w.as.coordinator.cookie ?? "", ...headers } });

  it("compresses JSON of over 1 KB when the client accepts it, and not otherwise", async () => {
    const plain = await request(t.base, {});
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toContain("Accept-Encoding");
    const text = await plain.text();
    expect(Buffer.byteLength(text)).toBeGreaterThan(COMPRESS_MIN_BYTES);

    // The second and third are answered from the read cache: it keeps the plain body, compressed on the way out.
    for (const [accept, coding] of [
      [CHROME, "br"],
      ["gzip", "gzip"],
      [CHROME, "br"],
    ]) {
      const res = await request(t.base, { "accept-encoding": accept as string });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe(coding);
      expect(res.headers.get("vary")).toContain("Accept-Encoding");
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const length = Number(res.headers.get("content-length"));
      expect(length).toBeLessThan(Buffer.byteLength(text));
      expect(JSON.parse(await decoded(res))).toEqual(JSON.parse(text));
    }

    const head = await request(t.base, { "accept-encoding": CHROME }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-encoding")).toBe("br");
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("leaves answers under 1 KB and errors as they are", async () => {
    const health = await request("/api/health", { "accept-encoding": CHROME });
    expect(health.headers.get("content-encoding")).toBeNull();
    expect(((await health.json()) as { status: string }).status).toBe("ok");
    const missing = await request(`${t.base}/goals/00000000-0000-4000-8000-000000000000`, { "accept-encoding": CHROME });
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-encoding")).toBeNull();
  });

  it("compresses the API document, which every integrator downloads", async () => {
    const res = await t.w.app.request(`${ORIGIN}/api/openapi.json`, { headers: { "accept-encoding": "gzip" } });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(JSON.parse(await decoded(res)).openapi).toMatch(/^3\.1/);
  });

  it("streams live updates (SSE) uncompressed, so each event arrives at once", async () => {
    const people = (await t.w.as.coordinator.get(`${t.base}/members?limit=200`)).body.items as { id: string }[];
    const meeting = await t.w.as.coordinator.post(`${t.base}/meetings`, {
      event: { title: "Avoin tila", kind: "workshop", start: "2031-05-06T09:00", end: "2031-05-06T12:00" },
      participantIds: people.map((p) => p.id),
    });
    expect(meeting.status).toBe(201);
    const res = await request(`${t.base}/meetings/${meeting.body.id}/board/live`, { "accept-encoding": CHROME });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    expect(res.headers.get("content-encoding")).toBeNull();
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toContain("event: ready");
    await reader.cancel();
  });
});
