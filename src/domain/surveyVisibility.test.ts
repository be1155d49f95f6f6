import { describe, expect, it } from "vitest";
import { answerVisibility, sees } from "./surveyVisibility.ts";

describe("who sees what of a survey answer", () => {
  it("shows coordinators individual ties only in rounds that said so", () => {
    expect(sees("coordinator", "individual_ties", "individual")).toBe(true);
    expect(sees("coordinator", "individual_ties", "groups")).toBe(false);
    expect(sees("coordinator", "group_structure", "groups")).toBe(true);
  });

  it("gives members and the public no ties and no free texts, whatever the round", () => {
    for (const ties of ["individual", "groups"] as const) {
      const v = answerVisibility(ties);
      expect(v.member).toEqual(["closed_figures"]);
      expect(v.public).toEqual(["published_figures"]);
      expect(v.respondent).toEqual(["own_answers"]);
      expect(sees("member", "free_texts", ties)).toBe(false);
    }
  });
});
