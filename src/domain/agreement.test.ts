import { describe, expect, it } from "vitest";
import { agreementMarkdown, approvalState, changedSince, textDiff, versionInForce } from "./agreement.ts";

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

describe("changedSince", () => {
  const frozen = [
    { question: 1, title: "", body: "Tarkoitus" },
    { question: 5, title: "", body: "Kokoonnumme kuukausittain" },
  ];
  const sections = [
    { question: 1, title: "", body: "Tarkoitus" },
    { question: 2, title: "", body: "   " },
    { question: 5, title: "", body: "Kokoonnumme kuukausittain" },
  ];

  it("sees no change when only empty sections differ", () => {
    expect(changedSince(frozen, sections)).toBe(false);
  });

  it("sees an edited, a newly written and an emptied section", () => {
    expect(
      changedSince(
        frozen,
        sections.map((s) => (s.question === 5 ? { ...s, body: "Kokoonnumme joka toinen kuukausi" } : s)),
      ),
    ).toBe(true);
    expect(
      changedSince(
        frozen,
        sections.map((s) => (s.question === 2 ? { ...s, body: "Jäsenet" } : s)),
      ),
    ).toBe(true);
    expect(
      changedSince(
        frozen,
        sections.map((s) => (s.question === 1 ? { ...s, body: "" } : s)),
      ),
    ).toBe(true);
  });
});

describe("versionInForce", () => {
  const v = (number: number, status: string, proposed_at: string, approved_at: string | null = null) => ({
    number,
    status,
    proposed_at,
    approved_at,
  });
  const versions = [
    v(3, "proposed", "2027-03-01T10:00:00Z"),
    v(2, "approved", "2026-10-01T10:00:00Z", "2026-11-15T10:00:00Z"),
    v(1, "superseded", "2026-05-01T10:00:00Z"),
  ];

  it("counts the version in force, not a newer proposal", () => {
    expect(versionInForce(versions, "2027-12-31T23:59:59Z")?.number).toBe(2);
  });

  it("counts the newest proposal while none is in force yet, and nothing before the first proposal", () => {
    expect(versionInForce(versions, "2026-11-01T00:00:00Z")?.number).toBe(2);
    expect(versionInForce(versions, "2026-09-01T00:00:00Z")?.number).toBe(1);
    expect(versionInForce(versions, "2026-01-01T00:00:00Z")).toBeUndefined();
  });
});
