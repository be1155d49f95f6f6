import { describe, expect, it } from "vitest";
import { type AgendaBlock, BUILT_IN_METHODS, checkAgenda, minutesByMode, rsvpOpen, rsvpReminderDue } from "./meetings.ts";

const method = (key: string) => BUILT_IN_METHODS.find((m) => m.key === key) as AgendaBlock["method"];
const block = (key: string, startMinute: number, durationMinutes: number): AgendaBlock => ({
  method: method(key),
  startMinute,
  durationMinutes,
});

describe("the meeting planner", () => {
  it("has a library covering the three learning modes", () => {
    const modes = new Set(BUILT_IN_METHODS.map((m) => m.mode));
    for (const m of ["teaching", "facilitation", "hosting"] as const) expect(modes).toContain(m);
  });

  it("is quiet about a well-shaped agenda", () => {
    expect(checkAgenda([block("introductions", 0, 15), block("learning_cafe", 15, 60), block("decision_making", 75, 15)], 90)).toEqual([]);
  });

  it("warns when the agenda runs over, overlaps, leaves a gap or has no dialogue", () => {
    expect(checkAgenda([block("expert_lecture", 0, 60), block("news_round", 50, 30)], 60)).toEqual([
      { key: "overrun", minutes: 20 },
      { key: "overlap", block: 1 },
      { key: "noDialogue" },
    ]);
    expect(checkAgenda([block("expert_lecture", 0, 30), block("learning_cafe", 40, 20)], 60)).toEqual([
      { key: "gap", block: 1, minutes: 10 },
    ]);
  });

  it("asks for a break in a meeting longer than two hours", () => {
    const long = [block("learning_cafe", 0, 90), block("open_space", 90, 90)];
    expect(checkAgenda(long, 180)).toEqual([{ key: "noBreak", minutes: 180 }]);
    expect(checkAgenda([block("learning_cafe", 0, 80), block("break", 80, 15), block("open_space", 95, 85)], 180)).toEqual([]);
  });

  it("sums minutes by learning mode", () => {
    expect(minutesByMode([block("expert_lecture", 0, 30), block("learning_cafe", 30, 60), block("break", 90, 15)])).toEqual({
      teaching: 30,
      facilitation: 60,
      hosting: 0,
      none: 15,
    });
  });
});

describe("answers to an invitation", () => {
  it("are open up to and including the deadline day", () => {
    expect(rsvpOpen("2027-01-11", "2027-01-12", "2027-01-10")).toBe(true);
    expect(rsvpOpen("2027-01-11", "2027-01-12", "2027-01-11")).toBe(true);
    expect(rsvpOpen("2027-01-11", "2027-01-12", "2027-01-12")).toBe(false);
  });

  it("without a deadline are open up to and including the meeting's own day, and closed after it", () => {
    expect(rsvpOpen(null, "2027-01-12", "2026-12-31")).toBe(true);
    expect(rsvpOpen(null, "2027-01-12", "2027-01-12")).toBe(true);
    expect(rsvpOpen(null, "2027-01-12", "2027-01-13")).toBe(false);
    // Across a year end: a meeting on 31 December is closed on 1 January.
    expect(rsvpOpen(null, "2026-12-31", "2027-01-01")).toBe(false);
  });

  it("are reminded of on the day before the deadline, or on the day itself if that was missed", () => {
    const due = (today: string) => rsvpReminderDue("2027-01-01", "2027-01-12", today);
    // Across a year end: the day before 1 January 2027 is 31 December 2026.
    expect(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"].map(due)).toEqual([false, true, true, false]);
    expect(rsvpReminderDue(null, "2027-01-12", "2027-01-11")).toBe(false);
  });

  it("are not reminded of once the meeting has begun", () => {
    expect(rsvpReminderDue("2027-01-12", "2027-01-12", "2027-01-11")).toBe(true);
    expect(rsvpReminderDue("2027-01-12", "2027-01-12", "2027-01-12")).toBe(false);
  });
});
