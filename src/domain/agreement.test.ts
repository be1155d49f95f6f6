import { describe, expect, it } from "vitest";
import { agreementMarkdown, approvalState, textDiff } from "./agreement.ts";

describe("approval of a proposed agreement", () => {
  it("is approved only when every member organisation has accepted", () => {
    expect(approvalState(["a", "b"], [{ organisationId: "a", decision: "accepted" }])).toEqual({
      accepted: ["a"],
      changesRequested: [],
      pending: ["b"],
      approved: false,
    });
    const all = approvalState(
      ["a", "b"],
      [
        { organisationId: "b", decision: "accepted" },
        { organisationId: "a", decision: "accepted" },
      ],
    );
    expect(all.approved).toBe(true);
  });
  it("is not approved while someone asks for changes, nor with no organisations at all", () => {
    expect(
      approvalState(
        ["a", "b"],
        [
          { organisationId: "a", decision: "accepted" },
          { organisationId: "b", decision: "changes_requested" },
        ],
      ).approved,
    ).toBe(false);
    expect(approvalState([], []).approved).toBe(false);
  });
  it("ignores decisions of organisations that no longer have representatives", () => {
    expect(
      approvalState(
        ["a"],
        [
          { organisationId: "a", decision: "accepted" },
          { organisationId: "gone", decision: "changes_requested" },
        ],
      ).approved,
    ).toBe(true);
  });
});

describe("textDiff", () => {
  it("marks removed and added words and keeps the rest", () => {
    const d = textDiff("Kokoonnumme kerran kuussa.", "Kokoonnumme kahdesti kuussa.");
    expect(d.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text])).toEqual([
      ["removed", "kerran"],
      ["added", "kahdesti"],
    ]);
    expect(
      d
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe("Kokoonnumme kerran kuussa.");
    expect(
      d
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe("Kokoonnumme kahdesti kuussa.");
  });
});

describe("agreementMarkdown", () => {
  it("writes the title, version, approvers and sections", () => {
    const md = agreementMarkdown({
      networkName: "Savon verkosto",
      versionNumber: 2,
      date: "27.11.2026",
      heading: "Pelisäännöt",
      versionLabel: "Versio",
      approversLabel: "Hyväksyjät",
      approvers: ["Kuopion kaupunki", "MLL"],
      sections: [{ heading: "1. Miten toimintaa koordinoidaan?", body: "Koordinaattori fasilitoi.\n" }],
    });
    expect(md).toBe(
      "# Pelisäännöt: Savon verkosto\n\nVersio 2, 27.11.2026\n\nHyväksyjät: Kuopion kaupunki, MLL\n\n## 1. Miten toimintaa koordinoidaan?\n\nKoordinaattori fasilitoi.\n",
    );
  });
});
