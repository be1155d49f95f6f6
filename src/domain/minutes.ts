import { formatClock, formatDay } from "./format.ts";

/** What the minutes of a meeting are composed of, as the meeting page and the ledgers store it. */
export interface MinutesSource {
  title: string;
  /** Wall-clock start and end in the meeting's time zone, `2027-01-13T13:00`. */
  start: string;
  end: string;
  allDay: boolean;
  place: string | null;
  /** Whether the planners recorded who was there; if not, the minutes list who was invited. */
  attendanceRecorded: boolean;
  participants: { name: string; organisationName: string | null; attended: boolean | null }[];
  blocks: { title: string; startMinute: number; notes: string }[];
  /** Each decision with its rule, a key of DECISION_RULES. */
  decisions: { title: string; body: string; rule: string }[];
  promises: { promiser: string | null; onBehalfOf: string | null; text: string; dueOn: string }[];
}

/** The translate function of the reader's language (the server's `translator`), so the headings are in it. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Minutes after midnight of a wall-clock `…T13:05`. */
const minuteOf = (local: string) => Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));

const withOrganisation = (name: string, organisation: string | null) => (organisation ? `${name} (${organisation})` : name);

/** Text as one Markdown paragraph or list item: line breaks kept inside it, trailing space dropped. */
const indented = (text: string, indent: string) =>
  text
    .trim()
    .split(/\r?\n/)
    .map((line, i) => (i === 0 ? line : `${indent}${line}`.trimEnd()))
    .join("\n");

/**
 * The minutes of a meeting as Markdown: title, when and where, who was present (or invited, when attendance is not
 * recorded), each agenda block with its clock time and notes, then the decisions and the promises made in it.
 * Dates and times as a Finn writes them in the reader's language; the planners may edit the text before approving.
 */
export function composeMinutes(m: MinutesSource, locale: string, t: Translate): string {
  const day = formatDay(locale, m.start);
  const when = m.allDay
    ? day
    : t("meetings.record.doc.when", { day, start: formatClock(locale, minuteOf(m.start)), end: formatClock(locale, minuteOf(m.end)) });
  const out = [`# ${t("meetings.record.doc.title", { title: m.title })}`, "", `${t("meetings.record.doc.time")}: ${when}  `];
  out.push(`${t("meetings.record.doc.place")}: ${m.place?.trim() || "–"}`, "");

  const people = m.attendanceRecorded ? m.participants.filter((p) => p.attended === true) : m.participants;
  out.push(`## ${t(m.attendanceRecorded ? "meetings.record.doc.present" : "meetings.record.doc.invited")}`, "");
  out.push(
    ...(people.length > 0 ? people.map((p) => `- ${withOrganisation(p.name, p.organisationName)}`) : [t("meetings.record.doc.nobody")]),
  );

  out.push("", `## ${t("meetings.record.doc.agenda")}`);
  const start = minuteOf(m.start);
  for (const b of m.blocks) {
    const clock = m.allDay ? "" : `${formatClock(locale, start + b.startMinute)} `;
    out.push("", `### ${clock}${b.title}`, "", b.notes.trim() ? indented(b.notes, "") : `_${t("meetings.record.doc.noNotes")}_`);
  }
  if (m.blocks.length === 0) out.push("", t("meetings.record.doc.noAgenda"));

  out.push("", `## ${t("meetings.record.doc.decisions")}`, "");
  if (m.decisions.length === 0) out.push(t("meetings.record.doc.noDecisions"));
  for (const d of m.decisions) {
    out.push(`- **${d.title}** (${t(`decisions.rule.${d.rule}`)})${d.body.trim() ? `: ${indented(d.body, "  ")}` : ""}`);
  }

  out.push("", `## ${t("meetings.record.doc.promises")}`, "");
  if (m.promises.length === 0) out.push(t("meetings.record.doc.noPromises"));
  for (const p of m.promises) {
    const who = withOrganisation(p.promiser ?? t("meetings.record.doc.someone"), p.onBehalfOf);
    out.push(`- ${t("meetings.record.doc.promise", { who, text: indented(p.text, "  "), due: formatDay(locale, p.dueOn) })}`);
  }
  return `${out.join("\n")}\n`;
}

/** The file name of the minutes' download: the meeting's day and title, without characters file systems refuse. */
export function minutesFileName(title: string, start: string, word: string): string {
  const name = `${start.slice(0, 10)} ${word} ${title}`
    .replace(/[\\/:*?"<>|]+/g, "-")
    .slice(0, 150)
    .trim();
  return `${name}.md`;
}
