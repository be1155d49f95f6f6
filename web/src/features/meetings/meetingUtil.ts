// Helpers shared by the meeting pages: wall-clock times in the meeting's own time zone, method names, error fields.
import type { TFunction } from "i18next";
import { intlLocale } from "../../../../src/domain/format.ts";
import { BUILT_IN_METHODS, LEARNING_MODES } from "../../../../src/domain/meetings.ts";
import { ApiError } from "../../api/client.ts";
import type { MeetingKind, Method, Rsvp } from "./types.ts";

export const MODES = LEARNING_MODES;
/** The answers in the order the buttons show them: the undecided one between yes and no. */
export const RSVPS: readonly Rsvp[] = ["yes", "maybe", "no"];
/** The annual-clock kinds offered when planning a meeting. */
export const MEETING_KINDS = ["network_meeting", "workshop", "steering_group"] as const satisfies readonly MeetingKind[];
export const DEFAULT_TIME_ZONE = "Europe/Helsinki";

const BUILT_IN = new Set<string>(BUILT_IN_METHODS.map((m) => m.key));
export const isBuiltIn = (key: string) => BUILT_IN.has(key);

/**
 * A wall-clock "YYYY-MM-DDTHH:mm" as a Date whose UTC fields are that wall clock: formatted with
 * timeZone "UTC", it shows the meeting's own local time whatever the browser's time zone is.
 */
export function wallClock(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(local);
  if (!m) return new Date(Number.NaN);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0)));
}

const valid = (d: Date) => !Number.isNaN(d.getTime());

/** "Tue 3 December 2026, 13.00–16.00" in the user's language. */
export function formatWhen(start: string, end: string, lang: string): string {
  const s = wallClock(start);
  const e = wallClock(end);
  if (!valid(s)) return start;
  const f = new Intl.DateTimeFormat(intlLocale(lang), {
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });
  if (!valid(e) || e < s) return f.format(s);
  return f.formatRange(s, e);
}

/** The clock time a number of minutes after a wall-clock start, e.g. "13.45". */
export function formatClock(start: string, plusMinutes: number, lang: string): string {
  const s = wallClock(start);
  if (!valid(s)) return "";
  return new Intl.DateTimeFormat(intlLocale(lang), { hour: "2-digit", minute: "2-digit", timeZone: "UTC" }).format(
    new Date(s.getTime() + plusMinutes * 60_000),
  );
}

/** Now as a wall clock "YYYY-MM-DDTHH:mm" in a time zone, comparable as a string with a meeting's start and end. */
export function nowIn(timeZone: string): string {
  let parts: Intl.DateTimeFormatPart[];
  const options: Intl.DateTimeFormatOptions = {
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  };
  try {
    parts = new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).formatToParts(new Date());
  } catch {
    parts = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: DEFAULT_TIME_ZONE }).formatToParts(new Date());
  }
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
}

/** Today as YYYY-MM-DD in the browser's own time zone. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

/** A method's name: built-in ones are translated, a network's own carry their name. */
export function methodName(key: string, methods: Method[] | undefined, t: TFunction): string {
  if (isBuiltIn(key)) return t(`meetings.method.${key}.name`);
  return methods?.find((m) => m.key === key)?.name ?? t("meetings.agenda.unknownMethod");
}

/** A method's instructions: built-in ones are translated. */
export function methodInstructions(m: Method, t: TFunction): string {
  if (m.builtIn || isBuiltIn(m.key)) return t(`meetings.method.${m.key}.instructions`);
  return m.instructions ?? "";
}

/**
 * The same API error with its field names renamed, so that one page can hold several forms whose
 * inputs are named `<prefix><field>`: the field shows its own problem and the summary links to it.
 */
export function renameFields(error: unknown, rename: (field: string) => string): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [rename(k), v]));
  return new ApiError(error.status, error.code, error.message, fields, error.current);
}

export const prefixed = (error: unknown, prefix: string) => renameFields(error, (f) => `${prefix}${f}`);

export const fieldProblem = (error: unknown, name: string) => (error instanceof ApiError ? error.fields[name] : undefined);
