import { describe, expect, it } from "vitest";
import { canSeeContact, freshness, isStale, searchNeedle, searchText, staleBefore, tagKey, uncoveredCompetences } from "./directory.ts";

const now = new Date("2026-11-27T12:00:00Z");

describe("contact freshness", () => {
  it("counts a never-confirmed profile as stale", () => {
    expect(isStale(null, 180, now)).toBe(true);
  });
  it("is stale only past the threshold", () => {
    expect(isStale("2026-05-31T12:00:00Z", 180, now)).toBe(false);
    expect(isStale("2026-05-31T11:59:59Z", 180, now)).toBe(true);
    expect(staleBefore(180, now)).toBe("2026-05-31T12:00:00.000Z");
  });
  it("summarises the share up to date", () => {
    expect(freshness(40, 10)).toEqual({ total: 40, upToDate: 30, stale: 10, share: 0.75 });
    expect(freshness(0, 0).share).toBeNull();
  });
});

describe("tags and search", () => {
  it("compares tags without case or extra spaces, including Finnish letters", () => {
    expect(tagKey("  Palvelu   MUOTOILU ")).toBe("palvelu muotoilu");
    expect(tagKey("ÄÄNITYÖ")).toBe("äänityö");
  });
  it("lower-cases Finnish and Swedish letters for search", () => {
    const text = searchText(["Åsa Östman", "Kehittäjä", null, "ÄLYKÄS KAUPUNKI"]);
    expect(text).toContain("åsa östman");
    expect(text).toContain("älykäs kaupunki");
    expect(searchNeedle("  ÖSTMAN ")).toBe("östman");
    expect(searchNeedle("   ")).toBeUndefined();
  });
  it("lists wished competences nobody has, once each", () => {
    expect(uncoveredCompetences(["Lean", "palvelumuotoilu", "LEAN", "Data-analyysi"], ["Palvelumuotoilu"])).toEqual([
      "Lean",
      "Data-analyysi",
    ]);
  });
});

describe("contact visibility", () => {
  it("shows members-visible fields to members but never to observers", () => {
    expect(canSeeContact("member", false, "members")).toBe(true);
    expect(canSeeContact("member", false, "coordinators")).toBe(false);
    expect(canSeeContact("observer", false, "members")).toBe(false);
  });
  it("always shows coordinators and the person themselves", () => {
    expect(canSeeContact("coordinator", false, "coordinators")).toBe(true);
    expect(canSeeContact("observer", true, "coordinators")).toBe(true);
  });
});
