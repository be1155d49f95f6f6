import { type FormEvent, type ReactNode, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams, useSearchParams } from "react-router";
import { ApiError } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import "./report.css";
import type {
  CycleReport,
  ReportFigure,
  ReportGoal,
  ReportGoalEvaluation,
  ReportIndicator,
  ReportMap,
  ReportPhase,
  ReportTrendPoint,
} from "./reportTypes.ts";

type T = (key: string, options?: Record<string, unknown>) => string;

/** Number and date formats of the current language; `–` stands for a missing or hidden value. */
function useFormats() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const upTo2 = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    const upTo1 = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    const signed = new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
    const pct = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 });
    const pct1 = new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(lang, { day: "numeric", month: "numeric", year: "numeric" });
    const num = (v: number | null | undefined) => (v === null || v === undefined ? "–" : upTo2.format(v));
    return {
      num,
      one: (v: number | null) => (v === null ? "–" : upTo1.format(v)),
      pct: (share: number) => pct.format(share),
      pct1: (share: number | null) => (share === null ? "–" : pct1.format(share)),
      /** A value with its unit; a 1–5 rating reads "4 / 5". */
      unit: (v: number | null | undefined, unit: string) =>
        v === null || v === undefined ? "–" : unit === "1–5" ? `${num(v)} / 5` : unit ? `${num(v)} ${unit}` : num(v),
      signed: (v: number) => signed.format(v),
      /** A calendar day (YYYY-MM-DD or a timestamp) in numbers, read at local noon so no time zone moves it. */
      day: (iso: string) => day.format(new Date(`${iso.slice(0, 10)}T12:00:00`)),
    };
  }, [lang]);
}
type Formats = ReturnType<typeof useFormats>;

/** The change from the compared cycle, signed; a change of a percentage is in percentage points. */
function changeText(t: T, f: Formats, change: number | null, unit: string) {
  if (change === null) return "–";
  if (unit === "%") return t("reportUi.changePp", { value: f.signed(change) });
  return f.signed(change);
}

/** Report query string for the API and its exports: the shown cycle and the compared one. */
function reportQuery(cycle: string | undefined, compare: string | undefined) {
  const q = new URLSearchParams();
  if (cycle) q.set("cycle", cycle);
  if (compare) q.set("compare", compare);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** A file name in plain ASCII, like the server's own downloads. */
const slug = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

// ---------------------------------------------------------------- shared pieces

/** A table's scrolling frame, named by its caption and reachable by keyboard so that narrow screens can scroll it. */
function TableFrame({ caption, children, className }: { caption: string; children: ReactNode; className?: string }) {
  const id = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap report-table-wrap" aria-labelledby={id} tabIndex={0}>
      <table className={className ? `report-table ${className}` : "report-table"}>
        <caption id={id}>{caption}</caption>
        {children}
      </table>
    </section>
  );
}

/** User-written text with its line breaks kept. */
const Prose = ({ text }: { text: string }) => <p className="prose">{text.trim()}</p>;

/**
 * A line chart of one figure across cycles, with each known value printed at its point. The SVG is an
 * image named by `title`; the caption under it says the same numbers as a sentence.
 */
function TrendChart({ points, title, caption }: { points: ReportTrendPoint[]; title: string; caption: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const titleId = useId();
  const w = 320;
  const h = 130;
  const padX = 30;
  const top = 22;
  const bottom = 26;
  const known = points.filter((p): p is ReportTrendPoint & { value: number } => p.value !== null);
  const values = known.map((p) => p.value);
  const lo = Math.min(0, ...values);
  const hiRaw = Math.max(...values);
  const hi = hiRaw === lo ? lo + 1 : hiRaw;
  const x = (i: number) => (points.length === 1 ? w / 2 : padX + (i * (w - 2 * padX)) / (points.length - 1));
  const y = (v: number) => h - bottom - ((v - lo) / (hi - lo)) * (h - top - bottom);
  // Consecutive known values form one line; a cycle without a value breaks it.
  const segments: string[] = [];
  let current = "";
  points.forEach((p, i) => {
    if (p.value === null) {
      if (current) segments.push(current);
      current = "";
    } else current += `${current ? "L" : "M"}${x(i).toFixed(1)} ${y(p.value).toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <figure className="report-chart">
      <svg className="trend-chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={titleId} focusable="false">
        <title id={titleId}>{title}</title>
        <line className="chart-axis" x1={padX - 12} y1={h - bottom} x2={w - padX + 12} y2={h - bottom} />
        {segments.map((d) => (
          <path key={d} className="chart-series" d={d} />
        ))}
        {points.map((p, i) =>
          p.value === null ? (
            <text key={p.cycleId} className="chart-value chart-missing" x={x(i)} y={h - bottom - 6} textAnchor="middle">
              –
            </text>
          ) : (
            <g key={p.cycleId}>
              <circle className="chart-point" cx={x(i)} cy={y(p.value)} r={4} />
              <text className="chart-value" x={x(i)} y={y(p.value) - 8} textAnchor="middle">
                {f.num(p.value)}
              </text>
            </g>
          ),
        )}
        {points.map((p, i) => (
          <text key={p.cycleId} className="chart-tick" x={x(i)} y={h - 8} textAnchor="middle">
            {p.cycleName}
          </text>
        ))}
      </svg>
      <figcaption className="chart-caption">
        <span className="visually-hidden">{t("report.trend")}: </span>
        {caption}
      </figcaption>
    </figure>
  );
}

/** Horizontal bars of the ratings 1–5 with their counts; the image's name lists the same counts. */
function DistributionChart({ counts, label }: { counts: number[]; label: string }) {
  const titleId = useId();
  const w = 320;
  const row = 24;
  const h = counts.length * row + 4;
  const max = Math.max(1, ...counts);
  return (
    <figure className="report-chart">
      <svg className="bars-chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={titleId} focusable="false">
        <title id={titleId}>{label}</title>
        {counts.map((count, i) => {
          const len = Math.round((count / max) * (w - 90));
          const rating = i + 1;
          return (
            <g key={rating}>
              <text className="chart-tick" x={8} y={i * row + 17}>
                {rating}
              </text>
              <rect className="chart-bar" x={30} y={i * row + 5} width={Math.max(len, 1)} height={15} />
              <text className="chart-value" x={36 + len} y={i * row + 17}>
                {count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

/**
 * The aggregated network map: one circle per group, its area by the number of people, lines between
 * groups by the number of ties (as the exported report draws it). The caller lists the same as text.
 */
function MapChart({ map, label }: { map: ReportMap; label: string }) {
  const titleId = useId();
  const w = 360;
  const h = 300;
  const cx = w / 2;
  const cy = h / 2;
  const ring = map.groups.length === 1 ? 0 : 100;
  const maxSize = Math.max(1, ...map.groups.map((g) => g.size));
  const between = map.links.filter((l) => l.source !== l.target);
  const maxTies = Math.max(1, ...between.map((l) => l.ties));
  const pos = new Map(
    map.groups.map((g, i) => {
      const a = (2 * Math.PI * i) / map.groups.length - Math.PI / 2;
      return [g.id, { x: cx + ring * Math.cos(a), y: cy + ring * Math.sin(a), r: 10 + 22 * Math.sqrt(g.size / maxSize) }];
    }),
  );
  return (
    <figure className="report-chart report-map">
      <svg className="map-chart" viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby={titleId} focusable="false">
        <title id={titleId}>{label}</title>
        {between.map((l) => {
          const a = pos.get(l.source);
          const b = pos.get(l.target);
          if (!a || !b) return null;
          return (
            <line
              key={`${l.source}-${l.target}`}
              className="map-link"
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              strokeWidth={(1 + 7 * (l.ties / maxTies)).toFixed(1)}
            />
          );
        })}
        {map.groups.map((g) => {
          const p = pos.get(g.id);
          if (!p) return null;
          return (
            <g key={g.id}>
              <circle className="map-group" cx={p.x} cy={p.y} r={p.r} />
              <text className="map-label" x={p.x} y={p.y + 5} textAnchor="middle">
                {g.id}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

// ---------------------------------------------------------------- toolbar

function Toolbar({ report, networkId }: { report: CycleReport; networkId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [cycle, setCycle] = useState(report.cycle.id);
  const [compare, setCompare] = useState(report.compare?.id ?? "");
  const cycles = [...report.cycles].reverse();
  const go = (e: FormEvent) => {
    e.preventDefault();
    const q = compare && compare !== cycle ? `?compare=${encodeURIComponent(compare)}` : "";
    navigate(`/networks/${networkId}/report/${encodeURIComponent(cycle)}${q}`);
  };
  const chooseCycle = (id: string) => {
    setCycle(id);
    if (compare === id) setCompare("");
  };
  const query = reportQuery(report.cycle.id, report.compare?.id);
  const api = `/api/networks/${networkId}`;
  const file = `${slug(report.network.name) || "solmu"}-${slug(report.cycle.name) || "cycle"}`;
  return (
    <div className="report-toolbar no-print">
      <form className="report-picker" onSubmit={go}>
        <div className="field">
          <label htmlFor="report-cycle">{t("reportUi.cycle")}</label>
          <select id="report-cycle" value={cycle} onChange={(e) => chooseCycle(e.target.value)}>
            {cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="report-compare">{t("reportUi.compare")}</label>
          <select id="report-compare" value={compare} onChange={(e) => setCompare(e.target.value)}>
            <option value="">{t("reportUi.noCompare")}</option>
            {cycles
              .filter((c) => c.id !== cycle)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t("reportUi.show")}
        </button>
      </form>
      <div className="report-actions">
        <button type="button" onClick={() => window.print()}>
          {t("reportUi.print")}
        </button>
        <a className="button" href={`${api}/report.html${query}`} download>
          {t("reportUi.downloadHtml")}
        </a>
        <a className="button" href={`${api}/report.csv${query}`} download>
          {t("reportUi.downloadCsv")}
        </a>
        <a className="button" href={`${api}/report${query}`} download={`${file}.json`}>
          {t("reportUi.downloadJson")}
        </a>
        <p className="hint">{t("reportUi.exportHint")}</p>
      </div>
    </div>
  );
}

function Contents({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const parts: [id: string, label: string][] = [
    ["report-goals", t("report.goals")],
    ["report-figures", t("report.figures")],
    ["report-written", t("report.written")],
    ["report-survey", t("report.survey")],
    ["report-promises", t("report.promises")],
    ["report-meetings", t("report.meetings")],
    ["report-decisions", t("report.decisions")],
    ["report-phases", t("report.phases")],
  ];
  return (
    <nav className="report-contents no-print" aria-label={t("reportUi.contents", { cycle: report.cycle.name })}>
      <ul>
        {parts.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// ---------------------------------------------------------------- goals and indicators

/** The indicator's trend; the report's own cycle shows the value the report gives it (a computed figure's current value). */
function indicatorTrend(i: ReportIndicator, cycleId: string): ReportTrendPoint[] {
  return i.trend.map((p) => ({
    cycleId: p.cycleId,
    cycleName: p.cycleName,
    value: p.cycleId === cycleId && p.value === null ? i.value : p.value,
  }));
}

function Indicator({ i, report }: { i: ReportIndicator; report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const compare = report.compare;
  if (i.kind === "qualitative") {
    return (
      <li className="card report-card">
        <h4>{i.name}</h4>
        <p className="badge quiet report-kind">{t("evaluation.kind.qualitative")}</p>
        {i.question ? <p className="meta">{i.question}</p> : null}
        <dl className="report-facts">
          <dt>{t("reportUi.answerIn", { cycle: report.cycle.name })}</dt>
          <dd>{i.text ? <Prose text={i.text} /> : t("report.noMeasurement")}</dd>
          {compare ? (
            <>
              <dt>{t("reportUi.answerIn", { cycle: compare.name })}</dt>
              <dd>{i.compareText ? <Prose text={i.compareText} /> : t("report.noMeasurement")}</dd>
            </>
          ) : null}
        </dl>
      </li>
    );
  }
  const trend = indicatorTrend(i, report.cycle.id);
  const showTrend = trend.filter((p) => p.value !== null).length >= 2;
  return (
    <li className="card report-card">
      <h4>{i.name}</h4>
      <dl className="report-facts">
        <dt>{t("report.value", { cycle: report.cycle.name })}</dt>
        <dd className="strong">{f.unit(i.value, i.unit)}</dd>
        {compare ? (
          <>
            <dt>{t("report.value", { cycle: compare.name })}</dt>
            <dd>{f.unit(i.compareValue, i.unit)}</dd>
            <dt>{t("report.change")}</dt>
            <dd>{changeText(t, f, i.change, i.unit)}</dd>
          </>
        ) : null}
        <dt>{t("report.baselineTarget")}</dt>
        <dd>
          {f.unit(i.baseline, i.unit)} → {f.unit(i.target, i.unit)}
          {i.direction ? ` (${t(`evaluation.direction.${i.direction}`)})` : ""}
        </dd>
        <dt>{t("report.progress")}</dt>
        <dd>
          <span className={`progress progress-${i.progress.status}`}>{t(`evaluation.progress.${i.progress.status}`)}</span>
          {i.progress.share !== null && i.progress.status === "progressing"
            ? ` (${t("reportUi.share", { share: f.pct(i.progress.share) })})`
            : ""}
        </dd>
        <dt>{t("report.source")}</dt>
        <dd>{t(`evaluation.source.${i.source}`)}</dd>
      </dl>
      {showTrend ? (
        <TrendChart
          points={trend}
          title={t("reportUi.trendChart", { name: i.name })}
          caption={t("report.trendSummary", {
            name: i.name,
            values: trend.map((p) => `${p.cycleName} ${f.unit(p.value, i.unit)}`).join(", "),
          })}
        />
      ) : null}
    </li>
  );
}

function GoalEvaluation({ e, minGroupSize }: { e: ReportGoalEvaluation; minGroupSize: number }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <div className="report-joint">
      <h4>{t("report.jointEvaluation")}</h4>
      {e.shown && e.distribution ? (
        <>
          <p>{t("report.meanRating", { mean: f.num(e.distribution.mean), n: e.distribution.n })}</p>
          <DistributionChart
            counts={e.distribution.counts}
            label={t("report.distributionSummary", { counts: e.distribution.counts.map((c, k) => `${k + 1}: ${c}`).join(", ") })}
          />
          {e.comments.length > 0 ? (
            <>
              <h5>{t("reportUi.comments")}</h5>
              <ul className="report-quotes">
                {e.comments.map((c, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: anonymous comments may repeat and never reorder
                  <li key={k}>{c}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <p className="meta">{t("report.hiddenBelow", { min: minGroupSize, count: e.respondents })}</p>
      )}
    </div>
  );
}

function Goal({ g, report }: { g: ReportGoal; report: CycleReport }) {
  const { t } = useTranslation();
  return (
    <section className="report-goal" aria-labelledby={`goal-${g.id}`}>
      <h3 id={`goal-${g.id}`}>
        {g.title} <span className="badge quiet">{t(`goalTypes.${g.goalType}.name`)}</span>
      </h3>
      {g.indicators.length > 0 ? (
        <ul className="cards report-cards">
          {g.indicators.map((i) => (
            <Indicator key={i.id} i={i} report={report} />
          ))}
        </ul>
      ) : (
        <p className="meta">{t("report.noIndicators")}</p>
      )}
      {g.evaluation ? <GoalEvaluation e={g.evaluation} minGroupSize={report.minGroupSize} /> : null}
    </section>
  );
}

function Goals({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  return (
    <section className="report-part" aria-labelledby="report-goals">
      <h2 id="report-goals">{t("report.goals")}</h2>
      {report.goals.length === 0 ? <p>{t("report.noGoals")}</p> : report.goals.map((g) => <Goal key={g.id} g={g} report={report} />)}
    </section>
  );
}

// ---------------------------------------------------------------- Solmu's figures

function Figures({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const compare = report.compare;
  const name = (fig: ReportFigure) => t(`evaluation.source.${fig.key}`);
  const trendText = (fig: ReportFigure) => fig.trend.map((p) => `${p.cycleName}: ${f.unit(p.value, fig.unit)}`).join(", ");
  const charted = report.figures.filter((fig) => fig.trend.filter((p) => p.value !== null).length >= 2);
  return (
    <section className="report-part" aria-labelledby="report-figures">
      <h2 id="report-figures">{t("report.figures")}</h2>
      <p className="meta">{t("report.figuresIntro", { min: report.minGroupSize })}</p>
      <TableFrame caption={t("report.figures")}>
        <thead>
          <tr>
            <th scope="col">{t("report.figure")}</th>
            <th scope="col" className="num">
              {t("report.value", { cycle: report.cycle.name })}
            </th>
            {compare ? (
              <>
                <th scope="col" className="num">
                  {t("report.value", { cycle: compare.name })}
                </th>
                <th scope="col" className="num">
                  {t("report.change")}
                </th>
              </>
            ) : null}
            <th scope="col">{t("report.trend")}</th>
          </tr>
        </thead>
        <tbody>
          {report.figures.map((fig) => (
            <tr key={fig.key}>
              <th scope="row">{name(fig)}</th>
              <td className="num">{f.unit(fig.value, fig.unit)}</td>
              {compare ? (
                <>
                  <td className="num">{f.unit(fig.compareValue, fig.unit)}</td>
                  <td className="num">{changeText(t, f, fig.change, fig.unit)}</td>
                </>
              ) : null}
              <td>{trendText(fig)}</td>
            </tr>
          ))}
        </tbody>
      </TableFrame>
      {charted.length > 0 ? (
        <>
          <h3>{t("reportUi.figureCharts")}</h3>
          <ul className="report-chart-grid">
            {charted.map((fig) => (
              <li key={fig.key} className="card report-card">
                <h4>{name(fig)}</h4>
                <TrendChart
                  points={fig.trend}
                  title={t("reportUi.trendChart", { name: name(fig) })}
                  caption={t("report.trendSummary", {
                    name: name(fig),
                    values: fig.trend.map((p) => `${p.cycleName} ${f.unit(p.value, fig.unit)}`).join(", "),
                  })}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------- what members wrote

function Written({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const e = report.evaluation;
  return (
    <section className="report-part" aria-labelledby="report-written">
      <h2 id="report-written">{t("report.written")}</h2>
      {!e ? (
        <p>{t("reportUi.noEvaluation")}</p>
      ) : (
        <>
          <p>
            {t("report.respondents", { count: e.respondents })}{" "}
            {e.status === "open" ? t("reportUi.evaluationOpen", { date: f.day(e.closesOn) }) : null}
          </p>
          {!e.shown ? (
            <p className="meta">{t("report.hiddenBelow", { min: report.minGroupSize, count: e.respondents })}</p>
          ) : e.questions.length === 0 ? (
            <p>{t("reportUi.noQuestions")}</p>
          ) : (
            e.questions.map((q, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the questions keep their order and may share a wording
              <div key={k} className="report-question">
                <h3>{q.text}</h3>
                {q.answers.length > 0 ? (
                  <ul className="report-quotes">
                    {q.answers.map((a, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: anonymous answers may repeat and never reorder
                      <li key={j}>{a}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("reportUi.noAnswers")}</p>
                )}
              </div>
            ))
          )}
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- network health

function Survey({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const s = report.survey;
  const map = s?.map && s.map.groups.length > 0 ? s.map : null;
  const groupLabel = (id: number) => t("report.groupShort", { id });
  return (
    <section className="report-part" aria-labelledby="report-survey">
      <h2 id="report-survey">{t("report.survey")}</h2>
      {!s ? (
        <p>{t("report.noSurvey", { min: report.minGroupSize })}</p>
      ) : (
        <>
          <p>{t("report.surveyIntro", { title: s.title, count: s.respondents })}</p>
          <TableFrame caption={t("report.coreElements")} className="report-narrow-table">
            <tbody>
              <tr>
                <th scope="row">{t("report.knowing")}</th>
                <td className="num">{f.num(s.knowing)}</td>
              </tr>
              {Object.entries(s.trust).map(([d, v]) => (
                <tr key={d}>
                  <th scope="row">{t(`surveysUi.health.dimension.${d}`)}</th>
                  <td className="num">{f.num(v)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t("evaluation.source.average_trust")}</th>
                <td className="num">{f.num(s.averageTrust)}</td>
              </tr>
              <tr>
                <th scope="row">{t("report.commitment")}</th>
                <td className="num">{f.num(s.commitment)}</td>
              </tr>
              {s.graph ? (
                <tr>
                  <th scope="row">{t("evaluation.source.density")}</th>
                  <td className="num">{f.pct1(s.graph.density)}</td>
                </tr>
              ) : null}
            </tbody>
          </TableFrame>
          {map ? (
            <div className="report-map-part">
              <h3>{t("report.map")}</h3>
              <p>{t("report.mapSummary", { groups: map.groups.length, hidden: map.hiddenPeople })}</p>
              <div className="report-map-layout">
                <MapChart map={map} label={t("reportUi.mapChart", { groups: map.groups.length })} />
                <div className="report-map-text">
                  <TableFrame caption={t("report.mapTable")} className="report-narrow-table">
                    <thead>
                      <tr>
                        <th scope="col">{t("report.group")}</th>
                        <th scope="col" className="num">
                          {t("report.people")}
                        </th>
                        <th scope="col" className="num">
                          {t("report.tiesWithin")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {map.groups.map((g) => (
                        <tr key={g.id}>
                          <th scope="row">{groupLabel(g.id)}</th>
                          <td className="num">{g.size}</td>
                          <td className="num">{map.links.find((l) => l.source === g.id && l.target === g.id)?.ties ?? 0}</td>
                        </tr>
                      ))}
                    </tbody>
                  </TableFrame>
                  {map.links.some((l) => l.source !== l.target) ? (
                    <>
                      <h4>{t("reportUi.tiesBetweenGroups")}</h4>
                      <ul className="report-ties">
                        {map.links
                          .filter((l) => l.source !== l.target)
                          .map((l) => (
                            <li key={`${l.source}-${l.target}`}>{t("report.tiesBetween", { a: l.source, b: l.target, count: l.ties })}</li>
                          ))}
                      </ul>
                    </>
                  ) : null}
                </div>
              </div>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- promises, meetings, decisions

function Promises({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const k = report.promises.rate;
  return (
    <section className="report-part" aria-labelledby="report-promises">
      <h2 id="report-promises">{t("report.promises")}</h2>
      <p>
        {t("report.promiseSummary", {
          total: k.total,
          kept: k.keptOnTime + k.keptLate,
          renegotiated: k.renegotiated,
          notKept: k.notKept,
          open: k.open,
          rate: f.pct1(k.rate),
        })}
      </p>
      {report.promises.items.length > 0 ? (
        <TableFrame caption={t("report.promiseLedger")}>
          <thead>
            <tr>
              <th scope="col">{t("report.promise")}</th>
              <th scope="col">{t("report.promiser")}</th>
              <th scope="col">{t("report.due")}</th>
              <th scope="col">{t("report.state")}</th>
              <th scope="col">{t("promisesUi.closedOn")}</th>
            </tr>
          </thead>
          <tbody>
            {report.promises.items.map((p, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the ledger has no ids and keeps the server's order
              <tr key={n}>
                <td className="report-long">{p.text}</td>
                <td>{p.promiser ?? t("report.removedPerson")}</td>
                <td className="nowrap">{f.day(p.dueOn)}</td>
                <td>{t(`promisesUi.state.${p.state}`)}</td>
                <td className="nowrap">{p.closedOn ? f.day(p.closedOn) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      ) : null}
    </section>
  );
}

function Meetings({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <section className="report-part" aria-labelledby="report-meetings">
      <h2 id="report-meetings">{t("report.meetings")}</h2>
      {report.meetings.length === 0 ? (
        <p>{t("report.noMeetings")}</p>
      ) : (
        <TableFrame caption={t("report.meetingsHeld")}>
          <thead>
            <tr>
              <th scope="col">{t("report.meeting")}</th>
              <th scope="col">{t("report.date")}</th>
              <th scope="col" className="num">
                {t("report.attended")}
              </th>
              <th scope="col" className="num">
                {t("report.feedback")}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.meetings.map((m, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: meetings have no ids here and keep the server's order
              <tr key={n}>
                <td className="report-long">
                  <span className="strong">{m.title}</span>
                  {m.purpose ? <span className="report-sub">{m.purpose}</span> : null}
                </td>
                <td className="nowrap">{f.day(m.start)}</td>
                <td className="num">
                  {m.attended} / {m.invited}
                </td>
                <td className="num">
                  {m.feedback !== null ? f.num(m.feedback) : m.feedbackRespondents > 0 ? t("report.hiddenShort") : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
    </section>
  );
}

function Decisions({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  return (
    <section className="report-part" aria-labelledby="report-decisions">
      <h2 id="report-decisions">{t("report.decisions")}</h2>
      {report.decisions.length === 0 ? (
        <p>{t("report.noDecisions")}</p>
      ) : (
        <TableFrame caption={t("report.decisions")}>
          <thead>
            <tr>
              <th scope="col">{t("report.date")}</th>
              <th scope="col">{t("report.decision")}</th>
              <th scope="col">{t("report.rule")}</th>
            </tr>
          </thead>
          <tbody>
            {report.decisions.map((d, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: decisions have no ids here and keep the server's order
              <tr key={n}>
                <td className="nowrap">{f.day(d.decidedOn)}</td>
                <td className="report-long">
                  <span className="strong">{d.title}</span>
                  {d.body ? <span className="report-sub prose">{d.body}</span> : null}
                </td>
                <td>{t(`decisions.rule.${d.rule}`)}</td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- phases

function PhaseCard({ p, minGroupSize }: { p: ReportPhase; minGroupSize: number }) {
  const { t } = useTranslation();
  const f = useFormats();
  const when = !p.startedAt
    ? t("reportUi.phaseNotStarted")
    : p.endedAt
      ? t("reportUi.phaseDates", { start: f.day(p.startedAt), end: f.day(p.endedAt) })
      : t("reportUi.phaseOngoing", { start: f.day(p.startedAt) });
  return (
    <li className="card report-card">
      <h3>{t(`phases.${p.phase}.name`)}</h3>
      <p className="meta">{when}</p>
      {p.summary ? <Prose text={p.summary} /> : null}
      {p.averageAchieved !== null ? (
        <p>{t("report.phaseAchieved", { mean: f.one(p.averageAchieved), count: p.respondents })}</p>
      ) : p.startedAt || p.respondents > 0 ? (
        <p>{t("report.hiddenBelow", { min: minGroupSize, count: p.respondents })}</p>
      ) : null}
      {p.carryForward.length > 0 ? (
        <>
          <h4>{t("reportUi.carryForward")}</h4>
          <ul className="report-quotes">
            {p.carryForward.map((c, k) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: anonymous texts may repeat and never reorder
              <li key={k}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
    </li>
  );
}

function Phases({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  return (
    <section className="report-part" aria-labelledby="report-phases">
      <h2 id="report-phases">{t("report.phases")}</h2>
      <ul className="report-phases">
        {report.phases.map((p) => (
          <PhaseCard key={p.phase} p={p} minGroupSize={report.minGroupSize} />
        ))}
      </ul>
    </section>
  );
}

// ---------------------------------------------------------------- the page

/**
 * One cycle's report: goals and indicators, Solmu's figures, what members wrote, network health,
 * promises, meetings, decisions and phases — optionally compared with another cycle. Printable on
 * A4 and downloadable as a self-contained HTML file, CSV or JSON.
 */
export function CycleReportPage() {
  const { t } = useTranslation();
  const { networkId = "", cycleId } = useParams();
  const [params] = useSearchParams();
  const compare = params.get("compare") ?? "";
  const url = `/api/networks/${networkId}/report${reportQuery(cycleId, compare || undefined)}`;
  const { data, error } = useApi<CycleReport>(url);
  const current = data && (!cycleId || data.cycle.id === cycleId) && (data.compare?.id ?? "") === compare ? data : null;

  if (error) {
    return (
      <Page title={t("nav.report")}>
        {error instanceof ApiError && error.fields.compare ? (
          <p className="form-error" role="alert">
            {t("reportUi.badCompare")}
          </p>
        ) : (
          <FormError error={error} />
        )}
        {compare ? (
          <p>
            <Link to={`/networks/${networkId}/report${cycleId ? `/${cycleId}` : ""}`}>{t("reportUi.withoutCompare")}</Link>
          </p>
        ) : null}
      </Page>
    );
  }
  if (!current) {
    return (
      <Page title={t("nav.report")}>
        <Loading />
      </Page>
    );
  }
  const r = current;
  return (
    <div className="cycle-report">
      <Page title={t("report.title", { network: r.network.name, cycle: r.cycle.name })}>
        <p className="meta report-generated">
          {t("report.generated", { date: formatDate(r.generatedAt) })}
          {r.compare ? ` · ${t("report.comparedWith", { cycle: r.compare.name })}` : ""}
        </p>
        <Toolbar key={`${r.cycle.id}|${r.compare?.id ?? ""}`} report={r} networkId={networkId} />
        <Contents report={r} />
        <Goals report={r} />
        <Figures report={r} />
        <Written report={r} />
        <Survey report={r} />
        <Promises report={r} />
        <Meetings report={r} />
        <Decisions report={r} />
        <Phases report={r} />
      </Page>
    </div>
  );
}
