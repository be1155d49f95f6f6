import { describe, expect, it } from "vitest";
import { setupSteps } from "./setup.ts";

const fresh = { purpose: "", organisations: 0, members: 1, goals: 0, agreementProposed: false, events: 0, surveyRounds: 0 };
const doneSteps = (f: typeof fresh) =>
  setupSteps(f)
    .filter((s) => s.done)
    .map((s) => s.step);

describe("a new network's setup steps", () => {
  it("are all open for a network just created, in the framework's order", () => {
    expect(setupSteps(fresh).map((s) => s.step)).toEqual(["purpose", "organisations", "goals", "agreement", "calendar", "survey"]);
    expect(doneSteps(fresh)).toEqual([]);
  });

  it("count a blank purpose as missing, and need two organisations and a second member", () => {
    expect(doneSteps({ ...fresh, purpose: "   " })).toEqual([]);
    expect(doneSteps({ ...fresh, organisations: 2, members: 1 })).toEqual([]);
    expect(doneSteps({ ...fresh, organisations: 1, members: 5 })).toEqual([]);
    expect(doneSteps({ ...fresh, organisations: 2, members: 2 })).toEqual(["organisations"]);
  });

  it("are all done for a network that has taken every step", () => {
    const all = {
      purpose: "Lapsiperheiden palvelut",
      organisations: 8,
      members: 30,
      goals: 4,
      agreementProposed: true,
      events: 12,
      surveyRounds: 1,
    };
    expect(setupSteps(all).every((s) => s.done)).toBe(true);
  });
});
