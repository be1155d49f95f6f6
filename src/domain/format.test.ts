import { describe, expect, it } from "vitest";
import { formatDateOf, formatDateTime, formatDay, formatFigure, formatNumber, intlLocale } from "./format.ts";

// Spaces inside Intl's output may be non-breaking; readers see a space.
const plain = (s: string) => s.replace(/\s/g, " ");

describe("dates and numbers as a Finn writes them", () => {
  it("writes a day as 13.1.2027 in Finnish and Swedish and 13 Jan 2027 in English, never month first", () => {
    expect(formatDay("fi", "2027-01-13")).toBe("13.1.2027");
    expect(formatDay("sv", "2027-01-13")).toBe("13.1.2027");
    expect(plain(formatDay("en", "2027-01-13"))).toBe("13 Jan 2027");
    expect(formatDay("fi", "2027-01-13T23:30:00.000Z")).toBe("13.1.2027");
  });

  it("gives a moment its Finnish clock time", () => {
    // 08:00 UTC is 10.00 in Helsinki in winter.
    expect(plain(formatDateTime("fi", "2027-01-13T08:00:00.000Z"))).toBe("13.1.2027 klo 10.00");
    expect(plain(formatDateTime("en", "2027-01-13T08:00:00.000Z"))).toBe("13 Jan 2027, 10:00");
    expect(formatDateOf("fi", "2027-01-13T22:30:00.000Z")).toBe("14.1.2027");
  });

  it("writes decimals with the language's separator and at most the given digits", () => {
    expect(formatNumber("fi", 4.125)).toBe("4,13");
    expect(formatNumber("sv", 4.1)).toBe("4,1");
    expect(formatNumber("en", 4.1)).toBe("4.1");
    expect(formatNumber("fi", 13.3333, 1)).toBe("13,3");
  });

  it("maps the UI languages to Finland's locales, unknown ones to Finnish", () => {
    expect(["fi", "sv", "en", "de"].map(intlLocale)).toEqual(["fi-FI", "sv-FI", "en-GB", "fi-FI"]);
  });
});

describe("figures with their units", () => {
  it("writes shares as percentages with the language's spacing and at most one decimal", () => {
    expect(formatFigure("fi", 83.333, "%")).toBe("83,3\u00a0%");
    expect(formatFigure("sv", 50, "%")).toBe("50\u00a0%");
    expect(formatFigure("en", 83.333, "%")).toBe("83.3%");
  });

  it("writes a rating on its scale, rounded", () => {
    expect(formatFigure("fi", 4.06, "1–5")).toBe("4,1 / 5");
    expect(formatFigure("en", 4.06, "1–5")).toBe("4.1 / 5");
    expect(formatFigure("fi", 3, "1–5")).toBe("3 / 5");
  });

  it("puts any other unit after the number and shows a dash for a missing figure", () => {
    expect(formatFigure("fi", 12, "henkeä")).toBe("12 henkeä");
    expect(formatFigure("fi", 1234.5, "")).toBe("1\u00a0234,5");
    expect(formatFigure("fi", null, "%")).toBe("–");
  });
});
