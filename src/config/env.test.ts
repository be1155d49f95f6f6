import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "./env.ts";

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
});
