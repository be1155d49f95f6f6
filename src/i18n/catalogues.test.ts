import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_DETAILS } from "../../web/src/features/audit/details.ts";
import { AGREEMENT_QUESTIONS, DECISION_RULES, GOAL_TYPES } from "../domain/agreement.ts";
import { DIRECTIONS, INDICATOR_KINDS, INDICATOR_SOURCES } from "../domain/evaluation.ts";
import { GOVERNANCE_TEXT_KEYS } from "../domain/governanceCheck.ts";
import { LOCALES, type Locale } from "../domain/locale.ts";
import { BUILT_IN_METHODS, LEARNING_MODES } from "../domain/meetings.ts";
import { NETWORK_ROLES, NETWORK_TYPES, PHASES } from "../domain/network.ts";
import { NETWORK_TYPE_SURVEY_TEXT_KEYS } from "../domain/networkType.ts";
import { ON_BEHALF_TEXT_KEYS } from "../domain/onBehalfCheck.ts";
import { STRUCTURAL_FACTORS } from "../domain/promises.ts";
import { OBSERVATION_KEYS, SELF_COMMITMENT_ITEMS, TRUST_DIMENSIONS } from "../domain/surveys.ts";
import { AUDIT_ACTIONS } from "../services/audit.ts";
import { EXPORT_COLUMNS } from "../services/peopleTransfer.ts";
import { type Catalogue, catalogues, readNamespace } from "./index.ts";
import { NAMESPACES } from "./namespaces.ts";

type Tree = Catalogue;

const flatten = (tree: Tree, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === "string" ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(catalogues[l] as Tree)])) as Record<string, Record<string, string>>;
const fi = flat.fi as Record<string, string>;

/** Every file under a folder whose name ends with one of the extensions. */
function sources(dir: string, exts: string[]): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p, exts);
    return exts.some((x) => e.name.endsWith(x)) && !e.name.includes(".test.") ? [p] : [];
  });
}

const root = path.resolve(import.meta.dirname, "../..");

const localesDir = path.join(import.meta.dirname, "locales");

describe("translation catalogues", () => {
  it.each(LOCALES)("%s has one file per namespace and nothing else", (l) => {
    const files = fs.readdirSync(path.join(localesDir, l)).sort();
    expect(files).toEqual(NAMESPACES.map((ns) => `${ns}.json`).sort());
  });

  it.each(NAMESPACES.flatMap((ns) => (["sv", "en"] as const).map((l) => [ns, l] as const)))(
    "%s.json of %s has exactly the keys of the Finnish one",
    (ns, l) => {
      const keys = (locale: Locale) => Object.keys(flatten(readNamespace(locale, ns))).sort();
      expect(keys(l)).toEqual(keys("fi"));
    },
  );

  it.each(LOCALES)("%s has each top-level key in one namespace only", (l) => {
    const owners = new Map<string, string[]>();
    for (const ns of NAMESPACES) for (const key of Object.keys(readNamespace(l, ns))) owners.set(key, [...(owners.get(key) ?? []), ns]);
    expect([...owners].filter(([, nss]) => nss.length > 1)).toEqual([]);
  });

  it.each(["sv", "en"])("%s has exactly the keys of Finnish", (l) => {
    expect(Object.keys(flat[l] ?? {}).sort()).toEqual(Object.keys(fi).sort());
  });

  it.each(LOCALES)("%s has no empty strings", (l) => {
    expect(Object.entries(flat[l] ?? {}).filter(([, v]) => v.trim() === "")).toEqual([]);
  });

  it("uses the same placeholders in every language", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(fi)) {
      for (const l of ["sv", "en"]) expect(placeholders(flat[l]?.[key] ?? ""), `${l}: ${key}`).toEqual(placeholders(text));
    }
  });

  it("has every key that the code asks for", () => {
    const files = [...sources(path.join(root, "src"), [".ts"]), ...sources(path.join(root, "web/src"), [".ts", ".tsx"])];
    const used = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/\bt\(\s*"([a-zA-Z][\w.]*)"/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/\bkey: "([a-z]+\.[\w.]+)"/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/"(errors\.[a-z_]+)"/g)) used.add(m[1] as string);
    }
    for (const t of NETWORK_TYPES) used.add(`networkType.${t}.name`).add(`networkType.${t}.description`);
    for (const p of PHASES) used.add(`phases.${p}.name`).add(`phases.${p}.asks`);
    for (const r of NETWORK_ROLES) used.add(`roles.${r}`);
    for (const c of EXPORT_COLUMNS) used.add(`people.export.${c}`);
    for (const q of AGREEMENT_QUESTIONS) used.add(`agreement.question.${q}`);
    for (const r of DECISION_RULES) used.add(`decisions.rule.${r}`);
    for (const g of GOAL_TYPES) used.add(`goalTypes.${g}.name`).add(`goalTypes.${g}.motto`);
    for (const c of ["date", "title", "text", "rule", "participants"]) used.add(`decisions.column.${c}`);
    for (const g of ["network", "assembling", "agreeing", "doing", "evaluating", "admin"]) used.add(`navGroup.${g}`);
    for (const k of [
      "nav.cycle",
      "nav.diagnosis",
      "nav.goals",
      "nav.agreement",
      "nav.decisions",
      "nav.calendar",
      "nav.promises",
      "nav.anticipation",
      "nav.health",
      "nav.surveys",
      "nav.meetings",
      "nav.activities",
      "nav.evaluation",
      "nav.report",
      "nav.practices",
      "nav.publishing",
      "audit.title",
    ])
      used.add(k);
    for (const k of [
      "promise_due",
      "promise_overdue",
      "event_soon",
      "survey_reminder",
      "meeting_invitation",
      "rsvp_reminder",
      "minutes_sent",
    ])
      used.add(`notifications.kind.${k}`);
    for (const k of OBSERVATION_KEYS) used.add(`surveys.observations.${k}`);
    for (const m of BUILT_IN_METHODS) used.add(`meetings.method.${m.key}.name`).add(`meetings.method.${m.key}.instructions`);
    for (const m of LEARNING_MODES) used.add(`meetings.mode.${m}`);
    for (const w of ["overrun", "overlap", "gap", "noDialogue", "noBreak"]) used.add(`meetings.warning.${w}`);
    for (const d of TRUST_DIMENSIONS) used.add(`surveys.scale.trust.${d}.name`).add(`surveys.health.dimension.${d}`);
    for (const i of SELF_COMMITMENT_ITEMS) used.add(`surveys.scale.self.${i}.name`).add(`surveys.health.self.${i}`);
    for (const f of STRUCTURAL_FACTORS) used.add(`surveys.scale.factor.${f}`).add(`surveys.health.factor.${f}`);
    for (const v of [0, 1, 2, 3]) used.add(`surveys.scale.knowing.${v}`);
    for (const v of [0, 1, 2, 3, 4]) used.add(`surveys.scale.frequency.${v}`);
    for (const k of [...GOVERNANCE_TEXT_KEYS, ...NETWORK_TYPE_SURVEY_TEXT_KEYS, ...ON_BEHALF_TEXT_KEYS]) used.add(k);
    for (const a of AUDIT_ACTIONS) used.add(`audit.action.${a}`);
    for (const d of AUDIT_DETAILS) used.add(`audit.detail.${d}`);
    for (const l of LOCALES) used.add(`audit.language.${l}`);
    for (const k of ["privacy", "accessibility"]) used.add(`audit.document.${k}`);
    for (const s of INDICATOR_SOURCES) used.add(`evaluation.source.${s}`);
    for (const k of INDICATOR_KINDS) used.add(`evaluation.kind.${k}`);
    for (const d of DIRECTIONS) used.add(`evaluation.direction.${d}`);
    for (const p of ["reached", "progressing", "no_progress", "unknown"]) used.add(`evaluation.progress.${p}`);
    const hasKey = (k: string) => k in fi || `${k}_one` in fi;
    expect([...used].filter((k) => !hasKey(k))).toEqual([]);
    expect(used.size).toBeGreaterThan(100);
  });
});
