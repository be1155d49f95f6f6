import { describe, expect, it } from "vitest";
import type { NetworkType } from "./network.ts";
import {
  NETWORK_TYPE_STATEMENT_IDS,
  type NetworkTypeAnswers,
  type NetworkTypePlacement,
  placeNetwork,
  type Rating,
  summariseNetworkType,
  validateNetworkTypeAnswers,
} from "./networkType.ts";

describe("placeNetwork", () => {
  it("places clear goals with top-down rules as hierarchically led", () => {
    // g: (5-3)/2, (3-1)/2, (5-3)/2 → 1; side 1 for strategic, 0 otherwise.
    // hier (1+1)/2; joint (1+0.25)/2; freely (0+max(1,1,0.25))/2; chaotic (0+0)/2.
    const p = placeNetwork({ g1: 5, g2: 1, g3: 5, r1: 5, r2: 2, r3: 1 });
    expect(p.goalDirected).toBe(1);
    expect(p.type).toBe("hierarchical_strategic");
    expect(p.scores).toEqual({ hierarchical_strategic: 100, joint_strategic: 63, freely_evolving: 50, chaotic: 0 });
  });

  it("places goals with rules agreed together as jointly led", () => {
    // g: 0.5, 0.5, 0.5 → 0.5; side 0.75 / 0.25.
    // hier (0.75+0.25)/2; joint (0.75+1)/2; freely (0.25+max(1,0.25,1))/2; chaotic (0.25+0)/2.
    const p = placeNetwork({ g1: 4, g2: 2, g3: 4, r1: 2, r2: 5, r3: 1 });
    expect(p.goalDirected).toBe(0.5);
    expect(p.type).toBe("joint_strategic");
    expect(p.scores).toEqual({ hierarchical_strategic: 50, joint_strategic: 88, freely_evolving: 63, chaotic: 13 });
  });

  it("places work that takes shape freely, with some norms, as freely evolving", () => {
    // g: -0.5, -1, -0.5 → -2/3; side 1/6 / 5/6.
    // hier (1/6+0.25)/2 ≈ 0.208; freely (5/6+max(0.75,0.25,0.25))/2 ≈ 0.792; chaotic (5/6+0.25)/2 ≈ 0.542.
    const p = placeNetwork({ g1: 2, g2: 5, g3: 2, r1: 2, r2: 2, r3: 2 });
    expect(p.goalDirected).toBeCloseTo(-2 / 3, 10);
    expect(p.type).toBe("freely_evolving");
    expect(p.scores).toEqual({ hierarchical_strategic: 21, joint_strategic: 21, freely_evolving: 79, chaotic: 54 });
  });

  it("places no goals and no shared norms as chaotic", () => {
    // g: -1; hier 0; joint (0+0.25)/2; freely (1+max(0,0,0.25))/2; chaotic (1+1)/2.
    const p = placeNetwork({ g1: 1, g2: 5, g3: 1, r1: 1, r2: 2, r3: 5 });
    expect(p.goalDirected).toBe(-1);
    expect(p.type).toBe("chaotic");
    expect(p.scores).toEqual({ hierarchical_strategic: 0, joint_strategic: 13, freely_evolving: 63, chaotic: 100 });
  });

  it("follows the rule of thumb at the edges", () => {
    const base: NetworkTypeAnswers = { g1: 4, g2: 2, g3: 4, r1: 3, r2: 3, r3: 1 };
    // Equal top-down and together on the goal side: joint.
    expect(placeNetwork(base).type).toBe("joint_strategic");
    // The exact middle of the goal axis counts as naturally evolving.
    const middle = { ...base, g1: 3, g2: 3, g3: 3 } as const;
    expect(placeNetwork(middle).goalDirected).toBe(0);
    expect(placeNetwork(middle).type).toBe("freely_evolving");
    // "No norms" at 4 is chaotic only when it is above both other rules statements.
    expect(placeNetwork({ ...middle, r3: 4 }).type).toBe("chaotic");
    expect(placeNetwork({ ...middle, r3: 4, r1: 4 }).type).toBe("freely_evolving");
    expect(placeNetwork({ ...middle, r3: 3, r1: 1, r2: 1 }).type).toBe("freely_evolving");
  });

  it("gives the placed type the top score on its side of the goal axis, for every possible answer", () => {
    const strategic: NetworkType[] = ["hierarchical_strategic", "joint_strategic"];
    const evolving: NetworkType[] = ["freely_evolving", "chaotic"];
    const wrong = allAnswers().filter((a) => {
      const p = placeNetwork(a);
      const side = p.goalDirected > 0 ? strategic : evolving;
      const inRange = p.goalDirected >= -1 && p.goalDirected <= 1;
      return !inRange || !side.includes(p.type) || side.some((t) => p.scores[t] > p.scores[p.type]);
    });
    expect(wrong).toEqual([]);
  });
});

/** All 5^6 answer sets. */
function allAnswers(): NetworkTypeAnswers[] {
  const ratings: Rating[] = [1, 2, 3, 4, 5];
  return NETWORK_TYPE_STATEMENT_IDS.reduce<Partial<NetworkTypeAnswers>[]>(
    (acc, id) => acc.flatMap((partial) => ratings.map((r) => ({ ...partial, [id]: r }))),
    [{}],
  ) as NetworkTypeAnswers[];
}

const placed = (type: NetworkType, goalDirected: number): NetworkTypePlacement => ({
  type,
  goalDirected,
  scores: { hierarchical_strategic: 0, joint_strategic: 0, freely_evolving: 0, chaotic: 0 },
});

describe("summariseNetworkType", () => {
  it("counts placements, finds the perceived type and measures agreement and spread", () => {
    const s = summariseNetworkType(
      [placed("joint_strategic", 1), placed("joint_strategic", 0.5), placed("freely_evolving", -0.5), placed("joint_strategic", 0)],
      "joint_strategic",
    );
    expect(s.respondents).toBe(4);
    expect(s.counts).toEqual({ hierarchical_strategic: 0, joint_strategic: 3, freely_evolving: 1, chaotic: 0 });
    expect(s.perceived).toBe("joint_strategic");
    expect(s.agreement).toBe(0.75);
    // mean 0.25; squared deviations 0.5625 + 0.0625 + 0.5625 + 0.0625 = 1.25; / 4 = 0.3125.
    expect(s.meanGoalDirected).toBe(0.25);
    expect(s.spread).toBeCloseTo(Math.sqrt(0.3125), 12);
    expect(s.spread).toBeCloseTo(0.559017, 6);
    expect(s.matchesDeclared).toBe(true);
  });

  it("reports a mismatch with the declared type", () => {
    const s = summariseNetworkType([placed("hierarchical_strategic", 1), placed("hierarchical_strategic", 1)], "joint_strategic");
    expect(s.perceived).toBe("hierarchical_strategic");
    expect(s.agreement).toBe(1);
    expect(s.spread).toBe(0);
    expect(s.matchesDeclared).toBe(false);
  });

  it("has no perceived type when the top is shared", () => {
    const s = summariseNetworkType([placed("chaotic", -1), placed("freely_evolving", -0.5)], "chaotic");
    expect(s.perceived).toBeNull();
    expect(s.agreement).toBe(0);
    expect(s.matchesDeclared).toBeNull();
    expect(s.meanGoalDirected).toBe(-0.75);
    expect(s.spread).toBe(0.25);
  });

  it("handles no respondents", () => {
    expect(summariseNetworkType([], "chaotic")).toEqual({
      respondents: 0,
      counts: { hierarchical_strategic: 0, joint_strategic: 0, freely_evolving: 0, chaotic: 0 },
      perceived: null,
      agreement: 0,
      spread: 0,
      meanGoalDirected: 0,
      matchesDeclared: null,
    });
  });
});

describe("validateNetworkTypeAnswers", () => {
  it("accepts ratings 1–5, also as form strings", () => {
    expect(validateNetworkTypeAnswers({ g1: 1, g2: "2", g3: " 3 ", r1: 4, r2: 5, r3: 5 })).toEqual({
      ok: true,
      answers: { g1: 1, g2: 2, g3: 3, r1: 4, r2: 5, r3: 5 },
    });
  });

  it("reports missing and out-of-scale ratings per statement", () => {
    expect(validateNetworkTypeAnswers({ g1: 0, g2: 2.5, g3: "6", r1: null, r2: "", r3: true })).toEqual({
      ok: false,
      fields: {
        g1: { key: "validation.invalid" },
        g2: { key: "validation.invalid" },
        g3: { key: "validation.invalid" },
        r1: { key: "validation.required" },
        r2: { key: "validation.required" },
        r3: { key: "validation.invalid" },
      },
    });
    expect(validateNetworkTypeAnswers("g1=5").ok).toBe(false);
  });
});
