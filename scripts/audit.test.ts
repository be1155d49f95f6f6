import { describe, expect, it } from "vitest";
import { type AuditReport, auditVerdict, unavailable } from "./audit.ts";

const advisory = (name: string, ghsa: string, severity: string) => ({
  source: 1_100_000,
  name,
  title: `${name} flaw`,
  url: `https://github.com/advisories/${ghsa}`,
  severity,
  range: "<2.0.0",
});

// The shape of `npm audit --json` (report version 2): a transitive package lists the advisory, its parents name it.
const report: AuditReport = {
  auditReportVersion: 2,
  vulnerabilities: {
    "tar-lite": { via: [advisory("tar-lite", "GHSA-aaaa-bbbb-cccc", "high"), advisory("tar-lite", "GHSA-low0-0000-0000", "low")] },
    "pack-tool": { via: ["tar-lite", advisory("pack-tool", "GHSA-crit-0000-0001", "critical")] },
    "zip-lite": { via: [advisory("zip-lite", "GHSA-mod0-0000-0002", "moderate")] },
  },
};

describe("dependency audit verdict", () => {
  it("blocks on high and critical advisories, each once, and ignores lower ones", () => {
    const v = auditVerdict(report, [], "2026-11-27");
    expect(v.blocking.map((f) => `${f.package} ${f.advisory} ${f.severity}`)).toEqual([
      "tar-lite GHSA-aaaa-bbbb-cccc high",
      "pack-tool GHSA-crit-0000-0001 critical",
    ]);
    expect(v.allowed).toEqual([]);
  });

  it("accepts a reviewed exception until its date, then blocks on it again", () => {
    const entry = {
      advisory: "GHSA-aaaa-bbbb-cccc",
      package: "tar-lite",
      reason: "only in the build",
      reviewedBy: "Aino",
      expires: "2026-12-31",
    };
    const now = auditVerdict(report, [entry], "2026-11-27");
    expect(now.allowed.map((f) => f.package)).toEqual(["tar-lite"]);
    expect(now.blocking.map((f) => f.package)).toEqual(["pack-tool"]);
    const later = auditVerdict(report, [entry], "2027-01-01");
    expect(later.expired).toEqual([entry]);
    expect(later.blocking.map((f) => f.package)).toEqual(["tar-lite", "pack-tool"]);
  });

  it("passes a clean tree and tells when the advisory service gave no report", () => {
    expect(auditVerdict({ auditReportVersion: 2, vulnerabilities: {} }, [], "2026-11-27").blocking).toEqual([]);
    expect(unavailable({ auditReportVersion: 2, vulnerabilities: {} })).toBeNull();
    expect(unavailable({ message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk" })).toMatch(
      /405/,
    );
    expect(unavailable({ error: { code: "ENOAUDIT", summary: "audit endpoint returned an error" } })).toBe(
      "audit endpoint returned an error",
    );
    // npm's answer when the registry refuses the advisory request: a message and an empty summary.
    expect(unavailable({ message: "405 Method Not Allowed", error: { summary: "" } })).toBe("405 Method Not Allowed");
  });
});
