import type { MouseEvent, ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../src/domain/format.ts";
import type { Answer, Schemas } from "../../api/client.ts";

/** An event of the annual clock and one occurrence of it, as the API sends them. */
export type CalendarEvent = Schemas["Event"];
export type Occurrence = Answer<"/api/networks/{networkId}/events">["items"][number];
/** Kinds of events on the annual clock; member_org_event is a member organisation's own rhythm (the anticipation lane). */
export type EventKind = CalendarEvent["kind"];

/** The kinds given, checked to name every kind of the API: a kind the API gains or loses fails to compile here. */
const everyKind = <const K extends readonly EventKind[]>(kinds: K & ([Exclude<EventKind, K[number]>] extends [never] ? unknown : never)) =>
  kinds;

/** Lanes from the centre outwards: the member organisations' rhythm is always the outermost ring. */
export const LANE_ORDER: readonly EventKind[] = everyKind([
  "network_meeting",
  "steering_group",
  "workshop",
  "deadline",
  "member_org_event",
]);

/** Mark colours: each at least 3:1 against white and the light month sectors (shape tells the kind as well). */
export const KIND_COLOURS: Record<EventKind, string> = {
  network_meeting: "#0b5c55",
  steering_group: "#1f4e99",
  workshop: "#6b3fa0",
  deadline: "#a4161a",
  member_org_event: "#7a3d00",
};

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a "YYYY-MM-DD" (or the date part of "YYYY-MM-DDTHH:mm"). */
export const dayNumber = (d: string) => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS;

export const addDays = (d: string, n: number) => new Date((dayNumber(d) + n) * DAY_MS).toISOString().slice(0, 10);

/** The last calendar day an occurrence covers: ends are exclusive (all-day: the day after; timed: midnight belongs to the day before). */
export function lastDayOf(o: { start: string; end: string }): string {
  const first = o.start.slice(0, 10);
  if (!o.end) return first;
  let last = o.end.slice(0, 10);
  if (o.end.length <= 10 || o.end.slice(11) === "00:00") last = addDays(last, -1);
  if (last < first) return first;
  return last;
}

export const overlapsYear = (o: { start: string; end: string }, year: number) =>
  o.start.slice(0, 10) <= `${year}-12-31` && lastDayOf(o) >= `${year}-01-01`;

/** The shape of a kind's mark, centred on the origin: kinds differ in shape as well as colour. */
export function KindShape({ kind, size, className }: { kind: EventKind; size: number; className?: string }) {
  const fill = KIND_COLOURS[kind];
  const common = { fill, stroke: "#ffffff", strokeWidth: 1.5, className };
  const pts = (list: [number, number][]) => list.map(([x, y]) => `${(x * size).toFixed(2)},${(y * size).toFixed(2)}`).join(" ");
  switch (kind) {
    case "network_meeting":
      return <circle r={size} {...common} />;
    case "workshop":
      return <rect x={-size * 0.9} y={-size * 0.9} width={size * 1.8} height={size * 1.8} {...common} />;
    case "steering_group":
      return (
        <polygon
          points={pts([
            [0, -1.2],
            [1.1, 0.85],
            [-1.1, 0.85],
          ])}
          {...common}
        />
      );
    case "deadline":
      return (
        <polygon
          points={pts([
            [0, -1.3],
            [1.1, 0],
            [0, 1.3],
            [-1.1, 0],
          ])}
          {...common}
        />
      );
    default: {
      const hex: [number, number][] = [0, 1, 2, 3, 4, 5].map((k) => [Math.cos((Math.PI / 3) * k), Math.sin((Math.PI / 3) * k)]);
      return <polygon points={pts(hex.map(([x, y]) => [x * 1.1, y * 1.1]))} {...common} />;
    }
  }
}

/** A small decorative symbol of a kind for legends, filters and badges (the kind's name is always written next to it). */
export function KindSymbol({ kind }: { kind: EventKind }) {
  return (
    <svg className="kind-symbol" viewBox="-10 -10 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <KindShape kind={kind} size={7} />
    </svg>
  );
}

/** Short month names in the UI language (January first). */
export const monthNames = (lang: string, month: "short" | "long") => {
  const f = new Intl.DateTimeFormat(intlLocale(lang), { month, timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, m) => f.format(new Date(Date.UTC(2001, m, 1))));
};

// Geometry in viewBox units: the wheel is centred on the origin.
const VIEW = 262;
const HUB = 62;
const OUTER = 205;
const LABEL = 232;
const TRACKS = [0.5, 0.24, 0.76];

const polar = (r: number, turn: number): [number, number] => {
  const a = turn * 2 * Math.PI - Math.PI / 2;
  return [r * Math.cos(a), r * Math.sin(a)];
};
const f = (n: number) => n.toFixed(2);

/** An annular sector (one month of the ring) from turn t0 to t1. */
function sectorPath(r0: number, r1: number, t0: number, t1: number) {
  const [ax, ay] = polar(r1, t0);
  const [bx, by] = polar(r1, t1);
  const [cx, cy] = polar(r0, t1);
  const [dx, dy] = polar(r0, t0);
  const large = t1 - t0 > 0.5 ? 1 : 0;
  return `M${f(ax)} ${f(ay)}A${r1} ${r1} 0 ${large} 1 ${f(bx)} ${f(by)}L${f(cx)} ${f(cy)}A${r0} ${r0} 0 ${large} 0 ${f(dx)} ${f(dy)}Z`;
}

function arcPath(r: number, t0: number, t1: number) {
  const end = Math.min(t1, t0 + 0.998);
  const [ax, ay] = polar(r, t0);
  const [bx, by] = polar(r, end);
  return `M${f(ax)} ${f(ay)}A${r} ${r} 0 ${end - t0 > 0.5 ? 1 : 0} 1 ${f(bx)} ${f(by)}`;
}

export interface AnnualClockProps {
  year: number;
  /** The year's occurrences to show, in chronological order (that is also the keyboard order). */
  occurrences: Occurrence[];
  selected: { eventId: string; index: number | null } | null;
  /** The id of the visible caption that names the wheel. */
  captionId: string;
  /** The id of the text summary of the year's events. */
  summaryId?: string;
  /** The accessible name of a mark: title and date. */
  markLabel: (o: Occurrence) => string;
  /** The link of an occurrence's details (?event=…). */
  hrefOf: (o: Occurrence) => string;
  onOpen: (o: Occurrence, e: MouseEvent<Element>) => void;
}

/** The annual clock: twelve month sectors, one ring per kind of event present, marks placed by day of year, today marked. */
export function AnnualClock({ year, occurrences, selected, captionId, summaryId, markLabel, hrefOf, onOpen }: AnnualClockProps) {
  const { t, i18n } = useTranslation();
  const first = dayNumber(`${year}-01-01`);
  const days = dayNumber(`${year + 1}-01-01`) - first;
  const turnOf = (date: string) => (dayNumber(date) - first) / days;

  const present = new Set(occurrences.map((o) => o.event.kind));
  const lanes = LANE_ORDER.filter((k) => present.has(k));
  const laneWidth = (OUTER - HUB) / Math.max(lanes.length, 1);
  const markSize = Math.min(7, laneWidth / 4.4);

  const months = monthNames(i18n.language, "short");
  const monthStarts = Array.from({ length: 13 }, (_, m) => (m === 12 ? 1 : turnOf(`${year}-${String(m + 1).padStart(2, "0")}-01`)));

  // Marks that would overlap in one lane move to a neighbouring track of the lane.
  const lastOnTrack = new Map<EventKind, number[]>();
  const marks = occurrences.map((o) => {
    const kind = o.event.kind;
    const lane = lanes.indexOf(kind);
    const startDate = o.start.slice(0, 10) < `${year}-01-01` ? `${year}-01-01` : o.start.slice(0, 10);
    const lastDate = lastDayOf(o) > `${year}-12-31` ? `${year}-12-31` : lastDayOf(o);
    const t0 = turnOf(startDate);
    const t1 = turnOf(lastDate) + 1 / days;
    const multiDay = lastDate > startDate;
    const tracks = lastOnTrack.get(kind) ?? TRACKS.map(() => Number.NEGATIVE_INFINITY);
    lastOnTrack.set(kind, tracks);
    const centre = HUB + laneWidth * (lane + 0.5);
    const gap = (2 * markSize + 2) / (2 * Math.PI * centre);
    let track = tracks.findIndex((end) => end + gap <= t0);
    if (track < 0) track = tracks.indexOf(Math.min(...tracks));
    const r = HUB + laneWidth * (lane + (TRACKS[track] ?? 0.5));
    tracks[track] = multiDay ? t1 : t0 + 0.5 / days;
    const [x, y] = polar(r, t0 + 0.5 / days);
    return { o, kind, r, t0, t1, multiDay, x, y };
  });

  const today = new Date();
  const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  const todayTurn = today.getFullYear() === year ? turnOf(todayIso) + 0.5 / days : null;

  let todayMark: ReactNode = null;
  if (todayTurn !== null) {
    const [x0, y0] = polar(HUB, todayTurn);
    const [x1, y1] = polar(OUTER + 8, todayTurn);
    const [lx, ly] = polar(HUB - 22, todayTurn);
    todayMark = (
      <g className="clock-today">
        <line x1={f(x0)} y1={f(y0)} x2={f(x1)} y2={f(y1)} stroke="#1d2327" strokeWidth="2.5" strokeDasharray="6 3" />
        <text x={f(lx)} y={f(ly)} textAnchor="middle" dominantBaseline="middle" className="clock-today-label" fill="#1d2327">
          {t("calendar.today")}
        </text>
      </g>
    );
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG cannot be a fieldset; the wheel is a named group of links
    <svg
      className="annual-clock"
      viewBox={`${-VIEW} ${-VIEW} ${2 * VIEW} ${2 * VIEW}`}
      width="100%"
      role="group"
      aria-labelledby={captionId}
      aria-describedby={summaryId}
      xmlns="http://www.w3.org/2000/svg"
    >
      {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: the drawing (sectors, rings, labels) holds nothing focusable; the marks below do */}
      <g aria-hidden="true">
        {months.map((name, m) => {
          const t0 = monthStarts[m] ?? 0;
          const t1 = monthStarts[m + 1] ?? 1;
          const [lx, ly] = polar(LABEL, (t0 + t1) / 2);
          const [ex, ey] = polar(OUTER + 6, t0);
          const [sx, sy] = polar(HUB, t0);
          return (
            <g key={name}>
              <path d={sectorPath(HUB, OUTER, t0, t1)} fill={m % 2 === 0 ? "#f1f5f4" : "#ffffff"} />
              <line x1={f(sx)} y1={f(sy)} x2={f(ex)} y2={f(ey)} stroke="#8a969c" strokeWidth="1" />
              <text x={f(lx)} y={f(ly)} textAnchor="middle" dominantBaseline="middle" className="clock-month" fill="#1d2327">
                {name}
              </text>
            </g>
          );
        })}
        {lanes.map((kind, i) => (
          <circle key={kind} r={HUB + laneWidth * (i + 1)} fill="none" stroke="#8a969c" strokeWidth="1" />
        ))}
        <circle r={OUTER} fill="none" stroke="#4a555c" strokeWidth="1.5" />
        <circle r={HUB} fill="#ffffff" stroke="#4a555c" strokeWidth="1.5" />
        <text x="0" y="0" textAnchor="middle" dominantBaseline="middle" className="clock-year" fill="#1d2327">
          {year}
        </text>
        {todayMark}
      </g>
      {marks.map(({ o, kind, r, t0, t1, multiDay, x, y }) => {
        const isSelected = selected?.eventId === o.event.id && (selected.index === null || selected.index === o.index);
        return (
          <a
            key={`${o.event.id}-${o.index}`}
            href={hrefOf(o)}
            className={`clock-mark${isSelected ? " is-selected" : ""}`}
            aria-label={markLabel(o)}
            aria-current={isSelected ? "true" : undefined}
            onClick={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
              e.preventDefault();
              onOpen(o, e);
            }}
          >
            {multiDay ? (
              <>
                <path className="clock-arc-focus" d={arcPath(r, t0, t1)} fill="none" strokeWidth={markSize * 1.6} strokeLinecap="round" />
                <path
                  className="clock-arc"
                  d={arcPath(r, t0, t1)}
                  fill="none"
                  stroke={KIND_COLOURS[kind]}
                  strokeWidth={markSize * 0.9}
                  strokeLinecap="round"
                />
              </>
            ) : null}
            <g transform={`translate(${f(x)} ${f(y)})`}>
              <circle className="clock-hit" r={markSize + 4} fill="transparent" />
              <circle className="clock-ring" r={markSize + 3.5} fill="none" strokeWidth="2.5" />
              <KindShape kind={kind} size={markSize} />
            </g>
          </a>
        );
      })}
    </svg>
  );
}
