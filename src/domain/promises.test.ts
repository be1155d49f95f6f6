import { describe, expect, it } from "vitest";
import {
  canMoveTo,
  factorCounts,
  factorKindFor,
  isPromiseState,
  isStructuralFactor,
  keepingRate,
  PROMISE_STATES,
  type PromiseOutcome,
  type PromiseState,
  STRUCTURAL_FACTORS,
} from "./promises.ts";

const TODAY = "2026-05-15";

const promise = (state: PromiseState, dueOn: string, closedOn: string | null = null, renegotiations = 0): PromiseOutcome => ({
  state,
  dueOn,
  closedOn,
  renegotiations,
});

describe("keepingRate", () => {
  it("is null with no promises", () => {
    expect(keepingRate([], TODAY)).toEqual({
      total: 0,
      keptOnTime: 0,
      keptLate: 0,
      renegotiated: 0,
      notKept: 0,
      open: 0,
      overdue: 0,
      rate: null,
    });
  });

  it("is null while every promise is still open, and counts the overdue ones", () => {
    const result = keepingRate([promise("open", "2026-05-14"), promise("open", "2026-05-15"), promise("open", "2026-06-01")], TODAY);
    // Due yesterday is overdue; due today is not yet.
    expect(result).toEqual({ total: 3, keptOnTime: 0, keptLate: 0, renegotiated: 0, notKept: 0, open: 3, overdue: 1, rate: null });
  });

  it("counts a mixed ledger by hand", () => {
    const result = keepingRate(
      [
        promise("kept", "2026-03-31", "2026-03-30"), // on time
        promise("kept", "2026-03-31", "2026-03-31"), // on the due day: on time
        promise("kept", "2026-03-31", "2026-04-02"), // late
        promise("not_kept", "2026-02-28", "2026-03-05"),
        promise("renegotiated", "2026-06-30", null, 1),
        promise("open", "2026-04-30"), // overdue
        promise("open", "2026-09-30"),
      ],
      TODAY,
    );
    // Closed or renegotiated: 7 − 2 open = 5; kept word: 2 + 1 + 1 = 4; rate 4/5.
    expect(result).toEqual({ total: 7, keptOnTime: 2, keptLate: 1, renegotiated: 1, notKept: 1, open: 2, overdue: 1, rate: 0.8 });
  });

  it("a renegotiated promise later kept counts as kept, on time against its latest due date", () => {
    const result = keepingRate(
      [
        promise("kept", "2026-06-30", "2026-06-15", 1), // first due 2026-04-30, moved to 2026-06-30, kept by then
        promise("kept", "2026-06-30", "2026-07-02", 2), // kept after even the new date
      ],
      "2026-08-01",
    );
    expect(result).toMatchObject({ keptOnTime: 1, keptLate: 1, renegotiated: 0, open: 0, rate: 1 });
  });

  it("a renegotiated promise later not kept counts as not kept", () => {
    const result = keepingRate([promise("not_kept", "2026-06-30", "2026-07-01", 1), promise("kept", "2026-03-01", "2026-03-01")], TODAY);
    expect(result).toMatchObject({ keptOnTime: 1, notKept: 1, renegotiated: 0, rate: 0.5 });
  });

  it("renegotiating counts as keeping one's word, and is not overdue", () => {
    const result = keepingRate([promise("renegotiated", "2026-01-31", null, 3), promise("not_kept", "2026-01-31", "2026-02-01")], TODAY);
    expect(result).toEqual({ total: 2, keptOnTime: 0, keptLate: 0, renegotiated: 1, notKept: 1, open: 0, overdue: 0, rate: 0.5 });
  });

  it("an open promise with renegotiations on record counts as renegotiated", () => {
    expect(keepingRate([promise("open", "2026-01-01", null, 1)], TODAY)).toMatchObject({ renegotiated: 1, open: 0, overdue: 0, rate: 1 });
  });

  it("a kept promise without a closing day counts as on time", () => {
    expect(keepingRate([promise("kept", "2026-01-01")], TODAY)).toMatchObject({ keptOnTime: 1, keptLate: 0, rate: 1 });
  });

  it("is 0 when nothing was kept", () => {
    expect(keepingRate([promise("not_kept", "2026-01-01", "2026-01-02"), promise("open", "2026-12-01")], TODAY)).toMatchObject({
      rate: 0,
      open: 1,
    });
  });

  it("2 of 3 is not rounded", () => {
    const result = keepingRate(
      [
        promise("kept", "2026-01-01", "2026-01-01"),
        promise("kept", "2026-01-01", "2026-01-05"),
        promise("not_kept", "2026-01-01", "2026-01-02"),
      ],
      TODAY,
    );
    expect(result.rate).toBe(2 / 3);
  });

  it("its parts always add up to the total", () => {
    const all: PromiseOutcome[] = [];
    for (const state of PROMISE_STATES) {
      for (const renegotiations of [0, 1])
        all.push(promise(state, "2026-05-01", state === "kept" || state === "not_kept" ? "2026-05-03" : null, renegotiations));
    }
    const r = keepingRate(all, TODAY);
    expect(r.keptOnTime + r.keptLate + r.renegotiated + r.notKept + r.open).toBe(r.total);
    expect(r).toEqual({ total: 8, keptOnTime: 0, keptLate: 2, renegotiated: 3, notKept: 2, open: 1, overdue: 1, rate: 5 / 7 });
  });
});

describe("canMoveTo", () => {
  const allowed: [PromiseState, PromiseState][] = [
    ["open", "kept"],
    ["open", "not_kept"],
    ["open", "renegotiated"],
    ["renegotiated", "kept"],
    ["renegotiated", "not_kept"],
    ["renegotiated", "renegotiated"],
  ];

  it("allows exactly the listed moves", () => {
    for (const from of PROMISE_STATES) {
      for (const to of PROMISE_STATES) {
        const expected = allowed.some(([f, t]) => f === from && t === to);
        expect(canMoveTo(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it("kept and not_kept are final, and nothing goes back to open", () => {
    for (const to of PROMISE_STATES) {
      expect(canMoveTo("kept", to)).toBe(false);
      expect(canMoveTo("not_kept", to)).toBe(false);
    }
    expect(canMoveTo("renegotiated", "open")).toBe(false);
    expect(canMoveTo("open", "open")).toBe(false);
  });

  it("refuses an unknown state", () => {
    expect(canMoveTo("broken" as PromiseState, "kept")).toBe(false);
  });
});

describe("factorCounts", () => {
  it("is empty with no entries", () => {
    expect(factorCounts([])).toEqual({ barriers: [], enablers: [] });
  });

  it("counts barriers and enablers apart, most common first", () => {
    const result = factorCounts([
      { kind: "barrier", factor: "time" },
      { kind: "barrier", factor: "money" },
      { kind: "barrier", factor: "time" },
      { kind: "enabler", factor: "time" },
      { kind: "barrier", factor: "information" },
      { kind: "barrier", factor: "money" },
      { kind: "barrier", factor: "time" },
      { kind: "enabler", factor: "mandate" },
      { kind: "enabler", factor: "mandate" },
    ]);
    expect(result).toEqual({
      barriers: [
        { factor: "time", count: 3 },
        { factor: "money", count: 2 },
        { factor: "information", count: 1 },
      ],
      enablers: [
        { factor: "mandate", count: 2 },
        { factor: "time", count: 1 },
      ],
    });
  });

  it("breaks ties in the order of the factor list", () => {
    const result = factorCounts([
      { kind: "enabler", factor: "other" },
      { kind: "enabler", factor: "skills" },
      { kind: "enabler", factor: "mandate" },
      { kind: "enabler", factor: "skills" },
      { kind: "enabler", factor: "other" },
    ]);
    expect(result.enablers).toEqual([
      { factor: "skills", count: 2 },
      { factor: "other", count: 2 },
      { factor: "mandate", count: 1 },
    ]);
    expect(result.barriers).toEqual([]);
  });
});

describe("guards and factor kinds", () => {
  it("recognises states and factors", () => {
    expect(PROMISE_STATES.every(isPromiseState)).toBe(true);
    expect(isPromiseState("broken")).toBe(false);
    expect(STRUCTURAL_FACTORS).toEqual(["time", "mandate", "money", "skills", "information", "other"]);
    expect(STRUCTURAL_FACTORS.every(isStructuralFactor)).toBe(true);
    expect(isStructuralFactor("luck")).toBe(false);
    expect(isStructuralFactor(undefined)).toBe(false);
  });

  it("enablers go with kept promises, barriers with not kept and renegotiated ones", () => {
    expect(factorKindFor("kept")).toBe("enabler");
    expect(factorKindFor("not_kept")).toBe("barrier");
    expect(factorKindFor("renegotiated")).toBe("barrier");
    expect(factorKindFor("open")).toBeNull();
  });
});
