// Dependency audit: `npm audit` against the registry's advisory service, failing on
// high and critical advisories unless a reviewed, unexpired entry in
// audit-allowlist.json accepts them. `npm test` runs it; see docs/deploy.md.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const BLOCKING = new Set(["high", "critical"]);

/** One advisory as `npm audit --json` (report version 2) lists it under a vulnerable package's `via`. */
interface Advisory {
  source: number;
  name: string;
  title: string;
  url: string;
  severity: string;
  range: string;
}

export interface AuditReport {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { via: (Advisory | string)[] }>;
  error?: { code?: string; summary?: string };
  message?: string;
}

/** A reviewed exception: why the advisory does not reach Solmu's users, who looked and until when it holds. */
export interface AllowEntry {
  advisory: string;
  package: string;
  reason: string;
  reviewedBy: string;
  expires: string;
}

export interface Finding {
  advisory: string;
  package: string;
  severity: string;
  title: string;
}

/** The GHSA id of an advisory from its URL, else npm's numeric id. */
const advisoryId = (a: Advisory) => a.url.match(/GHSA-[\w-]+/)?.[0] ?? String(a.source);

/**
 * What the audit decides: high and critical advisories, each once, split into
 * those a current allowlist entry accepts and those that block; entries past
 * their date block too, so that every exception is looked at again.
 */
export function auditVerdict(report: AuditReport, allowlist: AllowEntry[], today: string) {
  const seen = new Map<string, Finding>();
  for (const v of Object.values(report.vulnerabilities ?? {})) {
    for (const via of v.via) {
      if (typeof via === "string" || !BLOCKING.has(via.severity)) continue;
      const f = { advisory: advisoryId(via), package: via.name, severity: via.severity, title: via.title };
      seen.set(`${f.advisory}:${f.package}`, f);
    }
  }
  const current = allowlist.filter((e) => e.expires >= today);
  const expired = allowlist.filter((e) => e.expires < today);
  const findings = [...seen.values()];
  const accepted = (f: Finding) => current.some((e) => e.advisory === f.advisory && e.package === f.package);
  return { blocking: findings.filter((f) => !accepted(f)), allowed: findings.filter(accepted), expired };
}

/** Why the advisory service gave no report, or null when it did. */
export function unavailable(report: AuditReport): string | null {
  if (report.vulnerabilities) return null;
  return report.message || report.error?.summary || "npm audit gave no report";
}

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const run = spawnSync("npm", ["audit", "--json"], { cwd: root, encoding: "utf8" });
  let report: AuditReport;
  try {
    report = JSON.parse(run.stdout || "{}") as AuditReport;
  } catch {
    report = { message: (run.stderr || run.stdout).slice(0, 300) };
  }
  const why = unavailable(report);
  if (why) {
    console.log(`Dependency audit could not run: ${why.split("\n")[0]}`);
    // Exit code 3 tells `npm test` "not run"; SOLMU_AUDIT_REQUIRED makes it a failure where the service must be reachable.
    process.exitCode = process.env.SOLMU_AUDIT_REQUIRED === "1" ? 1 : 3;
    return;
  }
  const allowlist = JSON.parse(fs.readFileSync(path.join(root, "audit-allowlist.json"), "utf8")) as AllowEntry[];
  const { blocking, allowed, expired } = auditVerdict(report, allowlist, new Date().toISOString().slice(0, 10));
  for (const f of allowed) console.log(`allowed  ${f.severity} ${f.package} ${f.advisory} (see audit-allowlist.json)`);
  for (const e of expired) console.log(`EXPIRED  allowlist entry ${e.package} ${e.advisory} (expired ${e.expires}): review it again`);
  for (const f of blocking) console.log(`BLOCKING ${f.severity} ${f.package} ${f.advisory}: ${f.title}`);
  console.log(`Dependency audit: ${blocking.length} blocking, ${allowed.length} allowed, ${expired.length} expired exceptions.`);
  process.exitCode = blocking.length > 0 || expired.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
