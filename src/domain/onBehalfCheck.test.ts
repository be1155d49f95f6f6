import { describe, expect, it } from "vitest";
import {
  ON_BEHALF_STATEMENTS,
  ON_BEHALF_TEXT_KEYS,
  type OnBehalfAnswers,
  onBehalfCheck,
  validateOnBehalfAnswers,
} from "./onBehalfCheck.ts";

/** Answers that describe developing together: direct statements 1, reversed ones 5. */
const together: OnBehalfAnswers = {
  prepareAlone: 1,
  doMore: 1,
  agreedTogether: 5,
  commentReady: 1,
  promises: 5,
  ownTopics: 5,
  askedNeeds: 5,
  fewVoices: 1,
};

const onBehalf: OnBehalfAnswers = {
  prepareAlone: 5,
  doMore: 5,
  agreedTogether: 1,
  commentReady: 5,
  promises: 1,
  ownTopics: 1,
  askedNeeds: 1,
  fewVoices: 5,
};

describe("onBehalfCheck", () => {
  it("scores a network developed together as 0 with nothing to suggest", () => {
    expect(onBehalfCheck(together)).toEqual({ score: 0, level: "together", suggestions: [] });
  });

  it("scores a network developed fully on behalf of others as 100 and caps the suggestions", () => {
    // Every statement is worth 4; statement order decides: prepareAlone's two, then doMore's two.
    expect(onBehalfCheck(onBehalf)).toEqual({
      score: 100,
      level: "on_behalf",
      suggestions: [
        { key: "onBehalf.suggestion.coPrepare" },
        { key: "onBehalf.suggestion.inviteAgendaItems" },
        { key: "onBehalf.suggestion.askWhatStalls" },
        { key: "onBehalf.suggestion.shareRoles" },
      ],
    });
  });

  it("puts the middle of the scale in the middle", () => {
    const partly = Object.fromEntries(ON_BEHALF_STATEMENTS.map((s) => [s.id, 3])) as OnBehalfAnswers;
    expect(onBehalfCheck(partly)).toEqual({ score: 50, level: "mixed", suggestions: [] });
  });

  it("orders suggestions by severity, then by statement order", () => {
    // Points: prepareAlone 3, doMore 1, agreedTogether 4, commentReady 2, promises 3, ownTopics 1, askedNeeds 2, fewVoices 4.
    // Sum 20 of 32 → 62.5 → 63.
    const r = onBehalfCheck({
      prepareAlone: 4,
      doMore: 2,
      agreedTogether: 1,
      commentReady: 3,
      promises: 2,
      ownTopics: 4,
      askedNeeds: 3,
      fewVoices: 5,
    });
    expect(r.score).toBe(63);
    expect(r.level).toBe("mixed");
    expect(r.suggestions).toEqual([
      { key: "onBehalf.suggestion.coOwnAgreement" },
      { key: "onBehalf.suggestion.mixPeople" },
      { key: "onBehalf.suggestion.smallGroups" },
      { key: "onBehalf.suggestion.coPrepare" },
    ]);
  });

  it("does not repeat a suggestion shared by two statements", () => {
    // prepareAlone 4 points, ownTopics 4 points: inviteAgendaItems appears once. Sum 8 of 32 → 25.
    const r = onBehalfCheck({ ...together, prepareAlone: 5, ownTopics: 1 });
    expect(r).toEqual({
      score: 25,
      level: "together",
      suggestions: [{ key: "onBehalf.suggestion.coPrepare" }, { key: "onBehalf.suggestion.inviteAgendaItems" }],
    });
  });

  it("draws the level lines at 35 and 65", () => {
    // 11 points of 32 → 34.375 → 34; 12 → 37.5 → 38; 20 → 62.5 → 63; 21 → 65.625 → 66.
    const withPoints = (n: number) => {
      const a = { ...together };
      let left = n;
      for (const s of ON_BEHALF_STATEMENTS) {
        const p = Math.min(4, left);
        left -= p;
        a[s.id] = (s.reversed ? 5 - p : 1 + p) as OnBehalfAnswers[typeof s.id];
      }
      return onBehalfCheck(a);
    };
    expect([withPoints(11).score, withPoints(11).level]).toEqual([34, "together"]);
    expect([withPoints(12).score, withPoints(12).level]).toEqual([38, "mixed"]);
    expect([withPoints(20).score, withPoints(20).level]).toEqual([63, "mixed"]);
    expect([withPoints(21).score, withPoints(21).level]).toEqual([66, "on_behalf"]);
  });

  it("names every suggestion key in ON_BEHALF_TEXT_KEYS", () => {
    for (const s of ON_BEHALF_STATEMENTS) for (const k of s.suggestions) expect(ON_BEHALF_TEXT_KEYS).toContain(k);
    expect(new Set(ON_BEHALF_TEXT_KEYS).size).toBe(ON_BEHALF_TEXT_KEYS.length);
  });
});

describe("validateOnBehalfAnswers", () => {
  it("accepts a full set of ratings", () => {
    expect(validateOnBehalfAnswers(together)).toEqual({ ok: true, answers: together });
  });

  it("reports missing and invalid ratings", () => {
    const { fewVoices: _, ...rest } = together;
    expect(validateOnBehalfAnswers({ ...rest, doMore: 7 })).toEqual({
      ok: false,
      fields: { doMore: { key: "validation.invalid" }, fewVoices: { key: "validation.required" } },
    });
  });
});
