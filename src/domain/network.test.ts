import { describe, expect, it } from "vitest";
import { calendarYearCycle, nextPhase, roleAtLeast } from "./network.ts";

describe("roles", () => {
  it("orders observer < member < coordinator", () => {
    expect(roleAtLeast("coordinator", "member")).toBe(true);
    expect(roleAtLeast("member", "member")).toBe(true);
    expect(roleAtLeast("observer", "member")).toBe(false);
    expect(roleAtLeast("member", "coordinator")).toBe(false);
  });
});

describe("phases", () => {
  it("walks the four phases and starts a new cycle after evaluating", () => {
    expect(nextPhase("assembling")).toEqual({ phase: "agreeing", newCycle: false });
    expect(nextPhase("doing")).toEqual({ phase: "evaluating", newCycle: false });
    expect(nextPhase("evaluating")).toEqual({ phase: "assembling", newCycle: true });
  });
  it("makes the calendar year the default cycle", () => {
    expect(calendarYearCycle(new Date("2026-11-27T10:00:00Z"))).toEqual({
      name: "2026",
      startsOn: "2026-01-01",
      endsOn: "2026-12-31",
    });
  });
});
