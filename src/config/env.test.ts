import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { linkBase, loadSettings, SettingsError, workersSetting } from "./env.ts";

describe("settings", () => {
  it("has working defaults: SQLite under ./data on 127.0.0.1:3000", () => {
    const s = loadSettings({});
    expect(s).toMatchObject({ host: "127.0.0.1", port: 3000, databaseUrl: undefined, seedDemo: true, sessionDays: 30 });
    expect(s.dataDir).toBe(path.resolve("./data"));
  });

  it("reads every variable and treats empty ones as unset", () => {
    const s = loadSettings({
      PORT: "8080",
      HOST: "",
      DATABASE_URL: "postgres://u@db/solmu",
      SEED_DEMO: "false",
      PUBLIC_URL: "https://solmu.example.fi/",
    });
    expect(s).toMatchObject({
      port: 8080,
      host: "127.0.0.1",
      databaseUrl: "postgres://u@db/solmu",
      seedDemo: false,
      publicUrl: "https://solmu.example.fi",
    });
  });

  it("fails fast naming each bad variable", () => {
    expect(() => loadSettings({ PORT: "eighty", DATABASE_URL: "mysql://x" })).toThrow(SettingsError);
    try {
      loadSettings({ PORT: "eighty", DATABASE_URL: "mysql://x" });
    } catch (err) {
      expect((err as Error).message).toMatch(/PORT/);
      expect((err as Error).message).toMatch(/DATABASE_URL: must start with postgres/);
    }
  });

  it("runs one analysis thread per core unless SOLMU_WORKERS says otherwise, and refuses a count it cannot use", () => {
    expect(loadSettings({}).workers).toBe(os.availableParallelism());
    expect(loadSettings({ SOLMU_WORKERS: "3" }).workers).toBe(3);
    expect(workersSetting({})).toBe(os.availableParallelism());
    expect(workersSetting({ SOLMU_WORKERS: "" })).toBe(os.availableParallelism());
    expect(workersSetting({ SOLMU_WORKERS: "64" })).toBe(64);
    for (const bad of ["0", "65", "1.5", "many"]) {
      expect(() => loadSettings({ SOLMU_WORKERS: bad })).toThrow(/SOLMU_WORKERS/);
      expect(() => workersSetting({ SOLMU_WORKERS: bad })).toThrow(SettingsError);
      expect(() => workersSetting({ SOLMU_WORKERS: bad })).toThrow(/SOLMU_WORKERS/);
    }
  });

  it("points links at PUBLIC_URL, else at the address the server really listens on", () => {
    expect(linkBase(loadSettings({ PUBLIC_URL: "https://solmu.example.fi/" }), { address: "0.0.0.0", port: 4000 })).toBe(
      "https://solmu.example.fi",
    );
    expect(linkBase(loadSettings({ PORT: "0" }), { address: "127.0.0.1", port: 41234 })).toBe("http://127.0.0.1:41234");
    expect(linkBase(loadSettings({ HOST: "::1" }))).toBe("http://[::1]:3000");
  });

  it("reads identity providers and refuses an issuer over plain http except on loopback", () => {
    const base = { OIDC_CLIENT_ID: "solmu", OIDC_CLIENT_SECRET: "s3cret" };
    const s = loadSettings({
      ...base,
      OIDC_ISSUER: "https://login.microsoftonline.com/t/v2.0",
      OIDC_ALLOWED_DOMAINS: "kuopio.fi, @Savonia.fi",
    });
    expect(s.oidcProviders).toEqual([
      expect.objectContaining({ id: "default", scopes: "openid email profile", allowedDomains: ["kuopio.fi", "savonia.fi"] }),
    ]);
    expect(loadSettings({ ...base, OIDC_ISSUER: "http://127.0.0.1:8080/realms/x" }).oidcProviders).toHaveLength(1);
    expect(() => loadSettings({ ...base, OIDC_ISSUER: "http://idp.example.fi" })).toThrow(/OIDC_ISSUER: must be an https:\/\/ URL/);
    expect(() => loadSettings({ OIDC_ISSUER: "https://idp.example.fi" })).toThrow(/OIDC_CLIENT_ID/);
    expect(() => loadSettings({ SAML_ENTRY_POINT: "https://idp.example.fi/sso" })).toThrow(/SAML_IDP_CERT: required/);
    expect(loadSettings({}).samlProvider).toBeUndefined();
    expect(loadSettings({}).sessionIdleMinutes).toBe(480);
  });

  it("reads several identity providers from OIDC_PROVIDERS_FILE and names each bad entry", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "solmu-oidc-"));
    const file = path.join(dir, "providers.json");
    const entry = { issuer: "https://login.microsoftonline.com/t/v2.0", clientId: "solmu", clientSecret: "s", label: "Kuopion kaupunki" };
    fs.writeFileSync(
      file,
      JSON.stringify([
        { id: "kuopio", ...entry, allowedDomains: ["kuopio.fi"] },
        { id: "jarjestot", ...entry, label: "Järjestöt" },
      ]),
    );
    const s = loadSettings({ OIDC_PROVIDERS_FILE: file });
    expect(s.oidcProviders.map((p) => [p.id, p.label, p.allowedDomains])).toEqual([
      ["kuopio", "Kuopion kaupunki", ["kuopio.fi"]],
      ["jarjestot", "Järjestöt", []],
    ]);
    fs.writeFileSync(
      file,
      JSON.stringify([
        { id: "Kuopio!", ...entry },
        { id: "x", ...entry, issuer: "http://idp.example.fi" },
      ]),
    );
    expect(() => loadSettings({ OIDC_PROVIDERS_FILE: file })).toThrow(
      /OIDC_PROVIDERS_FILE\[0\]\.id[\s\S]*OIDC_PROVIDERS_FILE\[1\]\.issuer/,
    );
    fs.writeFileSync(file, "not json");
    expect(() => loadSettings({ OIDC_PROVIDERS_FILE: file })).toThrow(/cannot read .* as JSON/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
