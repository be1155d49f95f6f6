import { describe, expect, it } from "vitest";
import { bestHits, excerpt, matchRank, searchQuery } from "./search.ts";

describe("searchQuery", () => {
  it("lower-cases and trims, and refuses queries under two characters", () => {
    expect(searchQuery("  Ääni ")).toBe("ääni");
    expect(searchQuery("a")).toBeUndefined();
    expect(searchQuery("   ")).toBeUndefined();
    expect(searchQuery("öö")).toBe("öö");
  });
});

describe("matchRank", () => {
  it("ranks a title that starts with the query before a word inside it, before any substring, before other text", () => {
    expect(matchRank("kirjasto", "Kirjastopalvelut", [])).toBe(0);
    expect(matchRank("kirjasto", "Tampereen kirjasto", [])).toBe(1);
    expect(matchRank("kirjasto", "Pääkirjasto", [])).toBe(2);
    expect(matchRank("kirjasto", "Lukupiiri", ["Kokoontuu kirjastossa"])).toBe(3);
    expect(matchRank("kirjasto", "Lukupiiri", ["Kokoontuu kahvilassa", null])).toBeNull();
  });

  it("finds a word after a hyphen as a word", () => {
    expect(matchRank("sote", "Etelä-sote", [])).toBe(1);
  });
});

describe("excerpt", () => {
  it("shows the passage around the match with ellipses where it was cut", () => {
    const text = `${"a ".repeat(50)}löytyy tästä${" b".repeat(50)}`;
    const e = excerpt(text, "löytyy", 10);
    expect(e.startsWith("…")).toBe(true);
    expect(e.endsWith("…")).toBe(true);
    expect(e).toContain("löytyy tästä");
    expect(e.length).toBeLessThanOrEqual(10 + 6 + 10 + 2);
  });

  it("gives a short text whole and a long text without the match from its start", () => {
    expect(excerpt("Lyhyt teksti", "xyz")).toBe("Lyhyt teksti");
    expect(excerpt("x".repeat(200), "yy", 10)).toBe(`${"x".repeat(20)}…`);
  });

  it("flattens line breaks", () => {
    expect(excerpt("rivi yksi\n\nrivi kaksi", "kaksi")).toBe("rivi yksi rivi kaksi");
  });
});

describe("bestHits", () => {
  it("orders by rank, then by title in Finnish alphabetical order, and keeps the limit", () => {
    const hits = [
      { rank: 2, title: "Öljy", item: "ö" },
      { rank: 0, title: "Ämpäri", item: "ä" },
      { rank: 0, title: "Aapa", item: "a" },
      { rank: 0, title: "Zeta", item: "z" },
    ];
    expect(bestHits(hits, 3)).toEqual(["a", "z", "ä"]);
  });
});
