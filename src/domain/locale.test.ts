import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locale.ts";

describe("negotiateLocale", () => {
  it("defaults to Finnish without a header", () => {
    expect(negotiateLocale(undefined)).toBe("fi");
    expect(negotiateLocale("")).toBe("fi");
  });
  it("takes the highest-weighted supported language", () => {
    expect(negotiateLocale("de-DE,de;q=0.9,sv;q=0.8,en;q=0.7")).toBe("sv");
    expect(negotiateLocale("en-GB;q=0.5, sv-FI;q=0.9")).toBe("sv");
    expect(negotiateLocale("en-US")).toBe("en");
  });
  it("ignores languages with q=0 and falls back to Finnish", () => {
    expect(negotiateLocale("en;q=0, de")).toBe("fi");
  });
});
