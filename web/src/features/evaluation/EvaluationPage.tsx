import { type Dispatch, type FormEvent, Fragment, type SetStateAction, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ApiError, api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { useSave, useVersionedSave } from "../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./evaluation.css";
import {
  COMPUTED_SOURCES,
  DIRECTIONS,
  type Direction,
  type Evaluation,
  type EvaluationGoal,
  type EvaluationRound,
  type Figure,
  type GoalEvaluation,
  INDICATOR_KINDS,
  type Indicator,
  type IndicatorInput,
  type IndicatorKind,
  type IndicatorSource,
  isComputedSource,
  type Measurement,
  type MeasurementInput,
  type MyEvaluation,
  type ProgressStatus,
  type RoundInput,
} from "./types.ts";

type TFn = ReturnType<typeof useTranslation>["t"];

// ---------------------------------------------------------------- helpers

/** Today as YYYY-MM-DD in the user's own time zone. */
function todayIso(days = 0) {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** A calendar day (YYYY-MM-DD) in the user's language; read at local noon so that no time zone shifts the day. */
const formatDay = (day: string) => formatDate(`${day.slice(0, 10)}T12:00:00`);

/**
 * Reads a number as people type it: a decimal comma or point, spaces as thousands
 * separators, either minus sign. Empty is null; anything else that is not a number is NaN.
 */
function parseNumber(text: string): number | null {
  const s = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/\u2212/g, "-")
    .replace(",", ".");
  if (s === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(s) ? Number(s) : Number.NaN;
}

/** A number for an input, with the decimal comma in Finnish and Swedish. */
const numberForInput = (n: number | null, lang: string) =>
  n === null ? "" : lang.startsWith("en") ? String(n) : String(n).replace(".", ",");

/** A value with its unit: "45 %", "4,08 (1–5)", "12 clients", or just the number. */
function valueText(t: TFn, value: number | null, unit: string) {
  if (value === null) return t("evaluationUi.noValue");
  const v = formatNumber(value);
  if (!unit) return v;
  if (/^\d+\s*[–-]\s*\d+$/.test(unit)) return t("evaluationUi.onScale", { value: v, scale: unit });
  return t("evaluationUi.withUnit", { value: v, unit });
}

const percent = (share: number, lang: string) => new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 0 }).format(share);

/** The width of an element, followed as it resizes, so that a chart's text keeps its size on a narrow screen. */
function useWidth<T extends Element>(fallback: number, max: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (w: number) => {
      if (w > 0) setWidth(Math.min(max, Math.round(w)));
    };
    measure(el.getBoundingClientRect().width);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => measure(entries[0]?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, [max]);
  return [ref, width] as const;
}

/** What the page's parts need from it. */
interface PageContext {
  networkId: string;
  data: Evaluation;
  /** Members and coordinators; observers only read. */
  canEdit: boolean;
  coordinator: boolean;
  myName: string | null;
  setData: Dispatch<SetStateAction<Evaluation | null>>;
  reload: () => Promise<void>;
  /** Indicators added on this visit: their author may delete them (coordinators may delete any). */
  addedHere: Set<string>;
  /** Says something in the page's live region and optionally moves focus to an element (by id) once it is there. */
  announce: (message: string, focusId?: string) => void;
}

const replaceIndicator = (d: Evaluation | null, ind: Indicator): Evaluation | null =>
  d && { ...d, goals: d.goals.map((g) => ({ ...g, indicators: g.indicators.map((i) => (i.id === ind.id ? ind : i)) })) };

const appendIndicator = (d: Evaluation | null, ind: Indicator): Evaluation | null =>
  d && { ...d, goals: d.goals.map((g) => (g.id === ind.goalId ? { ...g, indicators: [...g.indicators, ind] } : g)) };

// ---------------------------------------------------------------- charts

/** Progress from the baseline towards the target as a bar, with the same in words beside it. */
function ProgressView({ progress }: { progress: Indicator["progress"] }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const status = t(`evaluation.progress.${progress.status}`);
  const share = progress.share;
  const shareText = share === null ? null : percent(share, i18n.language);
  const width = share === null ? 0 : Math.max(0, Math.min(1, share)) * 100;
  const marks: Record<ProgressStatus, string> = { reached: "✓", progressing: "↗", no_progress: "–", unknown: "?" };
  return (
    <div className="ev-progress">
      <span className={`ev-status ev-status-${progress.status}`}>
        <span aria-hidden="true">{marks[progress.status]} </span>
        {shareText === null ? status : t("evaluationUi.progress.withShare", { status, share: shareText })}
      </span>
      {shareText !== null ? (
        <svg
          className="ev-progress-bar"
          role="img"
          aria-labelledby={titleId}
          width="100%"
          height="14"
          viewBox="0 0 100 14"
          preserveAspectRatio="none"
          focusable="false"
        >
          <title id={titleId}>{t("evaluationUi.progress.chartTitle", { share: shareText })}</title>
          <rect x="0" y="0" width="100" height="14" className="ev-track" vectorEffect="non-scaling-stroke" />
          <rect x="0" y="0" width={width} height="14" className={`ev-fill ev-fill-${progress.status}`} />
        </svg>
      ) : null}
    </div>
  );
}

/** An indicator's value in each cycle: a small line chart from two known values up, always with the values as text. */
function TrendView({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [frame, width] = useWidth<HTMLDivElement>(320, 420);
  const points = indicator.trend;
  const known = points.filter((p): p is typeof p & { value: number } => p.value !== null);
  const list = (
    <ul className="ev-trend-values">
      {points.map((p) => (
        <li key={p.cycleId}>{t("evaluationUi.trend.item", { cycle: p.cycleName, value: valueText(t, p.value, indicator.unit) })}</li>
      ))}
    </ul>
  );
  if (known.length < 2) {
    return (
      <p className="meta">
        {known.length === 0
          ? t("evaluationUi.trend.none")
          : t("evaluationUi.trend.single", {
              cycle: known[0]?.cycleName ?? "",
              value: valueText(t, known[0]?.value ?? null, indicator.unit),
            })}
      </p>
    );
  }
  const W = width;
  const H = 150;
  const left = 44;
  const right = 16;
  const top = 22;
  const bottom = 30;
  const values = known.map((p) => p.value);
  const refs = [indicator.target, indicator.baseline].filter((v): v is number => v !== null);
  let lo = Math.min(...values, ...refs);
  let hi = Math.max(...values, ...refs);
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  const pad = (hi - lo) * 0.1;
  lo -= pad;
  hi += pad;
  const n = points.length;
  const xAt = (i: number) => left + (n <= 1 ? (W - left - right) / 2 : (i * (W - left - right)) / (n - 1));
  const yAt = (v: number) => top + (H - top - bottom) * (1 - (v - lo) / (hi - lo));
  // A missing cycle breaks the line.
  const segments: string[] = [];
  let d = "";
  points.forEach((p, i) => {
    if (p.value === null) {
      if (d) segments.push(d);
      d = "";
    } else d += `${d ? "L" : "M"}${xAt(i).toFixed(1)} ${yAt(p.value).toFixed(1)}`;
  });
  if (d) segments.push(d);
  const step = Math.max(1, Math.ceil(n / 5));
  const tick = (v: number) => formatNumber(Math.round(v * 10) / 10);
  return (
    <div ref={frame} className="ev-chart-frame">
      <svg className="ev-trend" role="img" aria-labelledby={titleId} width={W} height={H} viewBox={`0 0 ${W} ${H}`} focusable="false">
        <title id={titleId}>{t("evaluationUi.trend.chartTitle", { name: indicator.name })}</title>
        <line x1={left} x2={W - right} y1={yAt(lo + pad)} y2={yAt(lo + pad)} className="ev-grid" />
        <line x1={left} x2={W - right} y1={yAt(hi - pad)} y2={yAt(hi - pad)} className="ev-grid" />
        <text x={left - 6} y={yAt(lo + pad)} textAnchor="end" dominantBaseline="middle" className="ev-chart-text">
          {tick(lo + pad)}
        </text>
        <text x={left - 6} y={yAt(hi - pad)} textAnchor="end" dominantBaseline="middle" className="ev-chart-text">
          {tick(hi - pad)}
        </text>
        {indicator.target !== null ? (
          <g>
            <line x1={left} x2={W - right} y1={yAt(indicator.target)} y2={yAt(indicator.target)} className="ev-target-line" />
            <text x={W - right} y={yAt(indicator.target) - 4} textAnchor="end" className="ev-chart-text ev-chart-sub">
              {t("evaluationUi.trend.targetLabel", { value: tick(indicator.target) })}
            </text>
          </g>
        ) : null}
        <line x1={left} x2={W - right} y1={H - bottom} y2={H - bottom} className="ev-axis" />
        {segments.map((s) => (
          <path key={s} d={s} className="ev-line" />
        ))}
        {points.map((p, i) =>
          p.value === null ? null : (
            <g key={p.cycleId}>
              <circle cx={xAt(i)} cy={yAt(p.value)} r="4.5" className="ev-dot" />
              {n <= 6 ? (
                <text x={xAt(i)} y={yAt(p.value) - 8} textAnchor="middle" className="ev-chart-text ev-chart-strong">
                  {tick(p.value)}
                </text>
              ) : null}
            </g>
          ),
        )}
        {points.map((p, i) =>
          i % step === 0 || i === n - 1 ? (
            <text
              key={`x-${p.cycleId}`}
              x={xAt(i)}
              y={H - bottom + 18}
              textAnchor={i === 0 && n > 1 ? "start" : i === n - 1 && n > 1 ? "end" : "middle"}
              className="ev-chart-text"
            >
              {p.cycleName}
            </text>
          ) : null,
        )}
      </svg>
      {list}
    </div>
  );
}

/** The joint evaluation's ratings of one goal on 1–5 as bars, each count printed on its bar. */
function RatingChart({ goal, counts }: { goal: string; counts: number[] }) {
  const { t } = useTranslation();
  const titleId = useId();
  const [frame, W] = useWidth<HTMLDivElement>(260, 320);
  const H = 120;
  const bottom = 22;
  const top = 18;
  const max = Math.max(1, ...counts);
  const slot = W / counts.length;
  const summary = counts.map((c, i) => `${i + 1}: ${formatNumber(c)}`).join(", ");
  return (
    <div ref={frame} className="ev-chart-frame">
      <svg className="ev-ratings" role="img" aria-labelledby={titleId} width={W} height={H} viewBox={`0 0 ${W} ${H}`} focusable="false">
        <title id={titleId}>{t("evaluationUi.results.chartTitle", { goal, counts: summary })}</title>
        <line x1="0" x2={W} y1={H - bottom} y2={H - bottom} className="ev-axis" />
        {counts.map((c, i) => {
          const h = ((H - top - bottom) * c) / max;
          const x = i * slot + slot * 0.2;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the scale's steps are fixed
            <g key={i}>
              <rect x={x} y={H - bottom - h} width={slot * 0.6} height={h} className="ev-bar" />
              <text x={x + slot * 0.3} y={H - bottom - h - 4} textAnchor="middle" className="ev-chart-text ev-chart-strong">
                {formatNumber(c)}
              </text>
              <text x={x + slot * 0.3} y={H - 6} textAnchor="middle" className="ev-chart-text">
                {i + 1}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}

// ---------------------------------------------------------------- cycle and figures

function CyclePicker({ data, onChoose }: { data: Evaluation; onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState(data.cycle.id);
  return (
    <form
      className="ev-cycle-picker"
      onSubmit={(e) => {
        e.preventDefault();
        onChoose(choice);
      }}
    >
      <label htmlFor="ev-cycle">{t("evaluationUi.cycle.choose")}</label>
      <select id="ev-cycle" value={choice} onChange={(e) => setChoice(e.target.value)}>
        {[...data.cycles].reverse().map((c) => (
          <option key={c.id} value={c.id}>
            {t("evaluationUi.cycle.option", { name: c.name })}
          </option>
        ))}
      </select>
      <button type="submit">{t("evaluationUi.cycle.show")}</button>
    </form>
  );
}

function FiguresSection({ figures, minGroupSize }: { figures: Figure[]; minGroupSize: number }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="ev-figures-heading" className="panel">
      <h2 id="ev-figures-heading">{t("evaluationUi.figures.heading")}</h2>
      <p className="hint">{t("evaluationUi.figures.intro")}</p>
      <dl className="facts ev-figures">
        {figures.map((f) => (
          <Fragment key={f.key}>
            <dt>{t(`evaluation.source.${f.key}`)}</dt>
            <dd>
              {f.value === null ? (
                <span className="meta">{t("evaluationUi.figures.none", { count: minGroupSize })}</span>
              ) : (
                valueText(t, f.value, f.unit)
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

// ---------------------------------------------------------------- indicators

/** Adds an indicator to a goal, or edits one: kind, name and either the number's source, unit, baseline, target and direction or the question. */
function IndicatorForm({
  ctx,
  goalId,
  indicator,
  onDone,
}: {
  ctx: PageContext;
  goalId: string;
  /** The indicator to edit; none to add a new one. */
  indicator?: Indicator;
  onDone: (ind: Indicator) => void;
}) {
  const { t, i18n } = useTranslation();
  const prefix = `ind-${indicator?.id ?? `new-${goalId}`}`;
  const lang = i18n.language;
  const [kind, setKind] = useState<IndicatorKind>(indicator?.kind ?? "quantitative");
  const [name, setName] = useState(indicator?.name ?? "");
  const [source, setSource] = useState<IndicatorSource>(indicator?.source ?? "manual");
  const [unit, setUnit] = useState(indicator?.unit ?? "");
  const [baseline, setBaseline] = useState(numberForInput(indicator?.baseline ?? null, lang));
  const [target, setTarget] = useState(numberForInput(indicator?.target ?? null, lang));
  const [direction, setDirection] = useState<Direction | "">(indicator?.direction ?? "");
  const [question, setQuestion] = useState(indicator?.question ?? "");
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<Indicator>({ version: indicator?.version ?? 0, prefix });
  const computed = isComputedSource(source);
  const figure = computed ? ctx.data.figures.find((f) => f.key === source) : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const b = parseNumber(baseline);
    const tg = parseNumber(target);
    const problems: Record<string, string> = {};
    if (!name.trim()) problems[`${prefix}-name`] = t("validation.required");
    if (kind === "quantitative") {
      if (Number.isNaN(b)) problems[`${prefix}-baseline`] = t("evaluationUi.form.notNumber");
      if (Number.isNaN(tg)) problems[`${prefix}-target`] = t("evaluationUi.form.notNumber");
      if (tg !== null && !direction) problems[`${prefix}-direction`] = t("evaluationUi.form.directionNeeded");
    } else if (!question.trim()) problems[`${prefix}-question`] = t("validation.required");
    const body: IndicatorInput =
      kind === "quantitative"
        ? { kind, name, source, unit: computed ? "" : unit, baseline: b, target: tg, direction: direction || null, question: "" }
        : { kind, name, source: "manual", unit: "", baseline: null, target: null, direction: null, question };
    void save(
      () =>
        indicator
          ? api<Indicator>("PATCH", `/api/networks/${ctx.networkId}/indicators/${indicator.id}`, { ...body, version })
          : api<Indicator>("POST", `/api/networks/${ctx.networkId}/goals/${goalId}/indicators`, body),
      {
        problems,
        saved: (saved) => {
          if (!indicator) {
            setName("");
            setUnit("");
            setBaseline("");
            setTarget("");
            setDirection("");
            setQuestion("");
            setSource("manual");
          } else setVersion(saved.version);
          onDone(saved);
        },
        conflict: () => void ctx.reload(),
      },
    );
  };

  const fieldError = error instanceof ApiError ? error.fields : {};
  return (
    <form onSubmit={submit} noValidate className="ev-form">
      {conflict ? (
        <div className="conflict" role="alert">
          <p className="strong">{t("network.conflictTitle")}</p>
          <p>{t("evaluationUi.indicator.conflict")}</p>
          <dl className="facts">
            <dt>{t("evaluationUi.form.name")}</dt>
            <dd>{conflict.name}</dd>
            {conflict.kind === "quantitative" ? (
              <>
                <dt>{t("evaluationUi.form.source")}</dt>
                <dd>{t(`evaluation.source.${conflict.source}`)}</dd>
                <dt>{t("evaluationUi.form.unit")}</dt>
                <dd>{conflict.unit || t("common.notSet")}</dd>
                <dt>{t("evaluationUi.form.baseline")}</dt>
                <dd>{conflict.baseline === null ? t("common.notSet") : formatNumber(conflict.baseline)}</dd>
                <dt>{t("evaluationUi.form.target")}</dt>
                <dd>{conflict.target === null ? t("common.notSet") : formatNumber(conflict.target)}</dd>
                <dt>{t("evaluationUi.form.direction")}</dt>
                <dd>{conflict.direction ? t(`evaluation.direction.${conflict.direction}`) : t("common.notSet")}</dd>
              </>
            ) : (
              <>
                <dt>{t("evaluationUi.form.question")}</dt>
                <dd className="prose">{conflict.question}</dd>
              </>
            )}
          </dl>
        </div>
      ) : null}
      <FormError error={error} />
      {indicator ? null : (
        <RadioGroup
          name={`${prefix}-kind`}
          legend={t("evaluationUi.form.kind")}
          options={INDICATOR_KINDS.map((k) => ({ value: k, label: t(`evaluation.kind.${k}`) }))}
          value={kind}
          onChange={(v) => setKind(v as IndicatorKind)}
          error={fieldError[`${prefix}-kind`]}
        />
      )}
      <p className="hint">{kind === "quantitative" ? t("evaluationUi.form.quantitativeHelp") : t("evaluationUi.form.qualitativeHelp")}</p>
      <TextField
        name={`${prefix}-name`}
        label={t("evaluationUi.form.name")}
        maxLength={200}
        required
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={error}
      />
      {kind === "quantitative" ? (
        <>
          <SelectField
            name={`${prefix}-source`}
            label={t("evaluationUi.form.source")}
            hint={t("evaluationUi.form.sourceHint")}
            value={source}
            onChange={(e) => setSource(e.target.value as IndicatorSource)}
            options={(["manual", ...COMPUTED_SOURCES] as const).map((s) => ({ value: s, label: t(`evaluation.source.${s}`) }))}
            error={error}
          />
          {computed ? (
            <p className="hint ev-unit-note">
              {t("evaluationUi.form.computedUnit", { unit: figure?.unit || "–" })}{" "}
              {figure ? t("evaluationUi.form.computedNow", { value: valueText(t, figure.value, figure.unit) }) : null}
            </p>
          ) : (
            <TextField
              name={`${prefix}-unit`}
              label={t("evaluationUi.form.unit")}
              hint={t("evaluationUi.form.unitHint")}
              maxLength={40}
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
              error={error}
            />
          )}
          <div className="ev-pair">
            <TextField
              name={`${prefix}-baseline`}
              label={t("evaluationUi.form.baseline")}
              hint={t("evaluationUi.form.baselineHint")}
              inputMode="decimal"
              autoComplete="off"
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
              error={error}
            />
            <TextField
              name={`${prefix}-target`}
              label={t("evaluationUi.form.target")}
              hint={t("evaluationUi.form.targetHint")}
              inputMode="decimal"
              autoComplete="off"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
              error={error}
            />
          </div>
          <SelectField
            name={`${prefix}-direction`}
            label={t("evaluationUi.form.direction")}
            value={direction}
            onChange={(e) => setDirection(e.target.value as Direction | "")}
            options={[
              { value: "", label: t("evaluationUi.form.directionNone") },
              ...DIRECTIONS.map((d) => ({ value: d, label: t(`evaluation.direction.${d}`) })),
            ]}
            error={error}
          />
        </>
      ) : (
        <TextArea
          name={`${prefix}-question`}
          label={t("evaluationUi.form.question")}
          hint={t("evaluationUi.form.questionHint")}
          rows={3}
          maxLength={1000}
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          error={error}
        />
      )}
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {indicator ? t("evaluationUi.form.saveChanges") : t("evaluationUi.form.add")}
      </button>
    </form>
  );
}

/** Records a measurement: a number, an answer in words, or for a computed indicator Solmu's value of today. */
function MeasurementForm({ ctx, indicator, onSaved }: { ctx: PageContext; indicator: Indicator; onSaved: (ind: Indicator) => void }) {
  const { t } = useTranslation();
  const prefix = `meas-${indicator.id}`;
  const [value, setValue] = useState("");
  const [text, setText] = useState("");
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [source, setSource] = useState("");
  const [message, setMessage] = useState("");
  const { busy, error, save } = useSave(prefix);
  const computed = isComputedSource(indicator.source);
  const url = `/api/networks/${ctx.networkId}/indicators/${indicator.id}/measurements`;

  const send = (body: MeasurementInput, problems?: Record<string, string>) => {
    setMessage("");
    void save(() => api<Indicator>("POST", url, body), {
      problems,
      saved: (saved) => {
        // The measurement just made is the one entered last (a computed one takes Solmu's value, not what was sent).
        const made = saved.measurements.reduce<Measurement | null>((a, m) => (!a || m.createdAt > a.createdAt ? m : a), null);
        setValue("");
        setText("");
        setMessage(
          made && made.value !== null
            ? t("evaluationUi.measurement.savedValue", { value: valueText(t, made.value, saved.unit), date: formatDay(made.measuredOn) })
            : t("evaluationUi.measurement.savedText", { date: formatDay(made?.measuredOn ?? body.measuredOn) }),
        );
        onSaved(saved);
      },
    });
  };

  if (computed) {
    const problem = error instanceof ApiError ? (error.fields[`${prefix}-value`] ?? null) : null;
    return (
      <div className="ev-store">
        <p className="hint">
          {indicator.currentComputed === null
            ? t("evaluationUi.measurement.computedNone")
            : t("evaluationUi.measurement.computedHint", { value: valueText(t, indicator.currentComputed, indicator.unit) })}
        </p>
        {problem ? (
          <p className="field-problem" role="alert">
            {problem}
          </p>
        ) : (
          <FormError error={error} />
        )}
        <button
          type="button"
          onClick={() => send({ value: null, text: "", measuredOn: todayIso(), source: "" })}
          aria-disabled={busy || undefined}
        >
          {t("evaluationUi.measurement.storeToday")}
          <span className="visually-hidden">: {indicator.name}</span>
        </button>
        <p className="status" role="status">
          {message}
        </p>
      </div>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const v = parseNumber(value);
    if (indicator.kind === "quantitative") {
      if (v === null) problems[`${prefix}-value`] = t("validation.required");
      else if (Number.isNaN(v)) problems[`${prefix}-value`] = t("evaluationUi.form.notNumber");
    } else if (!text.trim()) problems[`${prefix}-text`] = t("validation.required");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(measuredOn)) problems[`${prefix}-measuredOn`] = t("validation.invalid_date");
    send(
      indicator.kind === "quantitative" ? { value: v, text: "", measuredOn, source } : { value: null, text, measuredOn, source },
      problems,
    );
  };

  return (
    <form onSubmit={submit} noValidate className="ev-form">
      <FormError error={error} />
      {indicator.kind === "quantitative" ? (
        <TextField
          name={`${prefix}-value`}
          label={indicator.unit ? t("evaluationUi.measurement.valueIn", { unit: indicator.unit }) : t("evaluationUi.measurement.value")}
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={error}
        />
      ) : (
        <TextArea
          name={`${prefix}-text`}
          label={t("evaluationUi.measurement.answer")}
          hint={indicator.question}
          rows={4}
          maxLength={4000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
      )}
      <div className="ev-pair">
        <TextField
          name={`${prefix}-measuredOn`}
          type="date"
          label={t("evaluationUi.measurement.date")}
          value={measuredOn}
          onChange={(e) => setMeasuredOn(e.target.value)}
          error={error}
        />
        <TextField
          name={`${prefix}-source`}
          label={t("evaluationUi.measurement.source")}
          hint={indicator.kind === "quantitative" ? t("evaluationUi.measurement.sourceHint") : t("evaluationUi.measurement.sourceHintText")}
          maxLength={300}
          value={source}
          onChange={(e) => setSource(e.target.value)}
          error={error}
        />
      </div>
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {t("evaluationUi.measurement.save")}
        <span className="visually-hidden">: {indicator.name}</span>
      </button>
      <p className="status" role="status">
        {message}
      </p>
    </form>
  );
}

/** The recorded values (a table) or answers in words (a list) of an indicator, each deletable by a coordinator or whoever recorded it. */
function MeasurementList({ ctx, indicator, onChanged }: { ctx: PageContext; indicator: Indicator; onChanged: (ind: Indicator) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const headingId = `meas-${indicator.id}-heading`;
  const canDelete = (m: Measurement) => ctx.coordinator || (ctx.canEdit && m.createdBy !== null && m.createdBy === ctx.myName);
  const list = [...indicator.measurements].reverse();
  const who = (m: Measurement) => m.createdBy ?? t("evaluationUi.measurement.bySolmu");
  const sourceOf = (m: Measurement) => (m.computed ? t("evaluationUi.measurement.solmu") : m.source || t("common.notSet"));

  const remove = async (m: Measurement) => {
    if (!window.confirm(t("evaluationUi.measurement.confirmDelete", { date: formatDay(m.measuredOn) }))) return;
    setError(null);
    try {
      const ind = await api<Indicator>("DELETE", `/api/networks/${ctx.networkId}/indicators/${indicator.id}/measurements/${m.id}`);
      onChanged(ind);
      ctx.announce(t("evaluationUi.measurement.deleted", { date: formatDay(m.measuredOn) }), headingId);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? new ApiError(403, err.code, t("evaluationUi.measurement.forbidden")) : err);
    }
  };
  const deleteButton = (m: Measurement) =>
    canDelete(m) ? (
      <button type="button" className="danger ev-small" onClick={() => void remove(m)}>
        {t("evaluationUi.measurement.delete")}
        <span className="visually-hidden">: {t("evaluationUi.measurement.deleteWhich", { date: formatDay(m.measuredOn) })}</span>
      </button>
    ) : null;

  return (
    <div className="ev-measurements">
      <h5 id={headingId} tabIndex={-1}>
        {indicator.kind === "qualitative" ? t("evaluationUi.measurement.answersHeading") : t("evaluationUi.measurement.heading")}
      </h5>
      <FormError error={error} />
      {list.length === 0 ? (
        <p className="meta">
          {indicator.kind === "qualitative" ? t("evaluationUi.measurement.noAnswers") : t("evaluationUi.measurement.none")}
        </p>
      ) : indicator.kind === "qualitative" ? (
        <ul className="plain ev-answers">
          {list.map((m) => (
            <li key={m.id}>
              <p className="meta">
                <span className="strong">{formatDay(m.measuredOn)}</span>
                {m.source ? ` · ${m.source}` : null}
                {` · ${who(m)}`}
              </p>
              <p className="prose">{m.text}</p>
              {deleteButton(m)}
            </li>
          ))}
        </ul>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-wrap" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table className="ev-table">
            <caption id={`${headingId}-caption`} className="visually-hidden">
              {t("evaluationUi.measurement.caption", { name: indicator.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("evaluationUi.measurement.date")}</th>
                <th scope="col">{t("evaluationUi.measurement.value")}</th>
                <th scope="col">{t("evaluationUi.measurement.source")}</th>
                <th scope="col">{t("evaluationUi.measurement.recordedBy")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("common.actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{formatDay(m.measuredOn)}</th>
                  <td className="ev-num">
                    {valueText(t, m.value, indicator.unit)}
                    {m.text ? <span className="meta ev-note"> {m.text}</span> : null}
                  </td>
                  <td>{sourceOf(m)}</td>
                  <td>{who(m)}</td>
                  <td>{deleteButton(m)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}

function IndicatorCard({ ctx, goal, indicator }: { ctx: PageContext; goal: EvaluationGoal; indicator: Indicator }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const headingId = `ind-${indicator.id}-heading`;
  const computed = isComputedSource(indicator.source);
  const quantitative = indicator.kind === "quantitative";
  const replace = (ind: Indicator) => ctx.setData((d) => replaceIndicator(d, ind));
  const notSet = t("common.notSet");
  const num = (n: number | null) => (n === null ? notSet : formatNumber(n));

  const remove = async () => {
    if (!window.confirm(t("evaluationUi.indicator.confirmDelete", { name: indicator.name }))) return;
    setError(null);
    try {
      await api<void>("DELETE", `/api/networks/${ctx.networkId}/indicators/${indicator.id}`);
      ctx.setData(
        (d) => d && { ...d, goals: d.goals.map((g) => ({ ...g, indicators: g.indicators.filter((i) => i.id !== indicator.id) })) },
      );
      ctx.announce(t("evaluationUi.indicator.deleted", { name: indicator.name }), `goal-${goal.id}-heading`);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? new ApiError(403, err.code, t("evaluationUi.indicator.forbidden")) : err);
    }
  };

  return (
    <li className="ev-indicator">
      <h4 id={headingId} tabIndex={-1}>
        {indicator.name}
      </h4>
      <p className="ev-badges">
        <span className="badge quiet">{t(`evaluation.kind.${indicator.kind}`)}</span>
        {computed ? <span className="badge quiet">{t("evaluationUi.indicator.computedBadge")}</span> : null}
      </p>
      {quantitative ? (
        <dl className="facts ev-facts">
          <dt>{t("evaluationUi.indicator.source")}</dt>
          <dd>{t(`evaluation.source.${indicator.source}`)}</dd>
          <dt>{t("evaluationUi.indicator.unit")}</dt>
          <dd>{indicator.unit || notSet}</dd>
          <dt>{t("evaluationUi.indicator.baselineTarget")}</dt>
          <dd>
            {t("evaluationUi.indicator.fromTo", { baseline: num(indicator.baseline), target: num(indicator.target) })}
            {indicator.direction ? <span className="meta"> ({t(`evaluation.direction.${indicator.direction}`)})</span> : null}
          </dd>
          {computed ? (
            <>
              <dt>{t("evaluationUi.indicator.now")}</dt>
              <dd>
                {indicator.currentComputed === null
                  ? t("evaluationUi.indicator.noComputed")
                  : valueText(t, indicator.currentComputed, indicator.unit)}
              </dd>
            </>
          ) : null}
          <dt>{computed ? t("evaluationUi.indicator.lastStored") : t("evaluationUi.indicator.latest")}</dt>
          <dd>
            {indicator.latest
              ? t("evaluationUi.indicator.latestOn", {
                  value: valueText(t, indicator.latest.value, indicator.unit),
                  date: formatDay(indicator.latest.measuredOn),
                })
              : t("evaluationUi.indicator.noLatest")}
          </dd>
          <dt>{t("evaluationUi.indicator.progress")}</dt>
          <dd>
            <ProgressView progress={indicator.progress} />
          </dd>
        </dl>
      ) : (
        <dl className="facts ev-facts">
          <dt>{t("evaluationUi.indicator.question")}</dt>
          <dd className="prose">{indicator.question}</dd>
        </dl>
      )}
      {quantitative ? (
        <div className="ev-trend-block">
          <h5>{t("evaluationUi.trend.heading")}</h5>
          <TrendView indicator={indicator} />
        </div>
      ) : indicator.trend.filter((p) => p.text).length > 1 ? (
        <div className="ev-trend-block">
          <h5>{t("evaluationUi.trend.textHeading")}</h5>
          <ul className="plain">
            {indicator.trend
              .filter((p) => p.text)
              .map((p) => (
                <li key={p.cycleId}>
                  <span className="strong">{p.cycleName}:</span> <span className="prose">{p.text}</span>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
      <MeasurementList ctx={ctx} indicator={indicator} onChanged={replace} />
      {ctx.canEdit ? (
        <div className="ev-actions">
          {computed ? (
            // A closed cycle's computed values were stored when it closed.
            ctx.data.cycle.closedAt ? null : (
              <MeasurementForm ctx={ctx} indicator={indicator} onSaved={replace} />
            )
          ) : (
            <details className="ev-details">
              <summary>
                {quantitative ? t("evaluationUi.measurement.recordValue") : t("evaluationUi.measurement.recordAnswer")}
                <span className="visually-hidden">: {indicator.name}</span>
              </summary>
              <MeasurementForm ctx={ctx} indicator={indicator} onSaved={replace} />
            </details>
          )}
          <details className="ev-details" open={editing} onToggle={(e) => setEditing(e.currentTarget.open)}>
            <summary>
              {t("evaluationUi.indicator.edit")}
              <span className="visually-hidden">: {indicator.name}</span>
            </summary>
            {editing ? (
              <IndicatorForm
                ctx={ctx}
                goalId={goal.id}
                indicator={indicator}
                onDone={(ind) => {
                  replace(ind);
                  setEditing(false);
                  ctx.announce(t("evaluationUi.indicator.saved", { name: ind.name }), headingId);
                }}
              />
            ) : null}
          </details>
          <FormError error={error} />
          {ctx.coordinator || ctx.addedHere.has(indicator.id) ? (
            <p>
              <button type="button" className="danger" onClick={() => void remove()}>
                {t("evaluationUi.indicator.delete")}
                <span className="visually-hidden">: {indicator.name}</span>
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

// ---------------------------------------------------------------- goals

/** One goal's results in the joint evaluation, shown once the round has closed, from the minimum group size of raters up. */
function GoalResults({
  goal,
  evaluation,
  minGroupSize,
  open,
}: {
  goal: EvaluationGoal;
  evaluation: GoalEvaluation;
  minGroupSize: number;
  open: boolean;
}) {
  const { t } = useTranslation();
  const d = evaluation.distribution;
  return (
    <div className="ev-results">
      <h4>{t("evaluationUi.results.heading")}</h4>
      {open ? (
        <p>{t("evaluationUi.results.afterClose", { min: minGroupSize })}</p>
      ) : !evaluation.shown || !d ? (
        <p>{t("evaluationUi.results.hidden", { count: evaluation.respondents, min: minGroupSize })}</p>
      ) : d.n === 0 || d.mean === null ? (
        <p>{t("evaluationUi.results.noRatings", { count: evaluation.respondents })}</p>
      ) : (
        <>
          <p>
            {t("evaluationUi.results.mean", {
              mean: formatNumber(Math.round(d.mean * 10) / 10),
              n: formatNumber(d.n),
              count: evaluation.respondents,
            })}
          </p>
          <RatingChart goal={goal.title} counts={d.counts} />
          <p className="meta">{t("evaluationUi.results.scale")}</p>
        </>
      )}
      {evaluation.shown && evaluation.comments.length > 0 ? (
        <>
          <h5>{t("evaluationUi.results.comments")}</h5>
          <ul className="ev-comments">
            {evaluation.comments.map((c, i) => (
              // Comments are anonymous and carry no id; their order is stable between loads.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <li key={i} className="prose">
                {c}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

function GoalSection({ ctx, goal }: { ctx: PageContext; goal: EvaluationGoal }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { data } = ctx;
  const headingId = `goal-${goal.id}-heading`;
  return (
    <section className="panel ev-goal" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {goal.title}
      </h3>
      <p className="meta">{t(`goalTypes.${goal.goalType}.name`)}</p>
      {goal.indicators.length === 0 ? (
        <p>{t("evaluationUi.goal.noIndicators")}</p>
      ) : (
        <ul className="plain ev-indicators">
          {goal.indicators.map((i) => (
            <IndicatorCard key={i.id} ctx={ctx} goal={goal} indicator={i} />
          ))}
        </ul>
      )}
      {ctx.canEdit && !data.cycle.closedAt ? (
        <details className="ev-details ev-add" open={adding} onToggle={(e) => setAdding(e.currentTarget.open)}>
          <summary>
            {t("evaluationUi.indicator.add")}
            <span className="visually-hidden">: {goal.title}</span>
          </summary>
          {adding ? (
            <IndicatorForm
              ctx={ctx}
              goalId={goal.id}
              onDone={(ind) => {
                ctx.addedHere.add(ind.id);
                ctx.setData((d) => appendIndicator(d, ind));
                setAdding(false);
                ctx.announce(t("evaluationUi.indicator.added", { name: ind.name }), `ind-${ind.id}-heading`);
              }}
            />
          ) : null}
        </details>
      ) : null}
      {goal.evaluation ? (
        <GoalResults goal={goal} evaluation={goal.evaluation} minGroupSize={data.minGroupSize} open={data.round?.status === "open"} />
      ) : null}
    </section>
  );
}

// ---------------------------------------------------------------- joint evaluation round

/** The round's introduction, closing date and the network's own questions (rows added and removed). */
function RoundFields({
  prefix,
  intro,
  setIntro,
  closesOn,
  setClosesOn,
  questions,
  setQuestions,
  questionsLocked,
  error,
}: {
  prefix: string;
  intro: string;
  setIntro: (v: string) => void;
  closesOn: string;
  setClosesOn: (v: string) => void;
  questions: string[];
  setQuestions: (q: string[]) => void;
  questionsLocked: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRow === null) return;
    if (focusRow < 0) addButton.current?.focus();
    else document.getElementById(`field-${prefix}-questions.${focusRow}`)?.focus();
    setFocusRow(null);
  }, [focusRow, prefix]);
  const problem = error instanceof ApiError ? error.fields[`${prefix}-questions`] : undefined;
  return (
    <>
      <TextArea
        name={`${prefix}-intro`}
        label={t("evaluationUi.round.introLabel")}
        hint={t("evaluationUi.round.introHint")}
        rows={4}
        maxLength={4000}
        value={intro}
        onChange={(e) => setIntro(e.target.value)}
        error={error}
      />
      <TextField
        name={`${prefix}-closesOn`}
        type="date"
        label={t("evaluationUi.round.closesOnLabel")}
        min={todayIso()}
        value={closesOn}
        onChange={(e) => setClosesOn(e.target.value)}
        error={error}
      />
      <fieldset className={`checkbox-list ev-questions${problem ? " field-invalid" : ""}`} id={`field-${prefix}-questions`}>
        <legend>{t("evaluationUi.round.questionsLegend")}</legend>
        {problem ? <p className="field-problem">{problem}</p> : null}
        {questionsLocked ? (
          <>
            <p className="hint">{t("evaluationUi.round.questionsLocked")}</p>
            {questions.length === 0 ? (
              <p>{t("evaluationUi.round.noQuestions")}</p>
            ) : (
              <ol>
                {questions.map((q, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the questions are fixed here
                  <li key={i}>{q}</li>
                ))}
              </ol>
            )}
          </>
        ) : (
          <>
            <p className="hint">{t("evaluationUi.round.questionsHint")}</p>
            {questions.map((q, i) => (
              // Rows are edited in place and only appended or removed; the index is their identity while the form is open.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <div className="ev-question-row" key={i}>
                <TextField
                  name={`${prefix}-questions.${i}`}
                  label={t("evaluationUi.round.questionLabel", { n: i + 1 })}
                  maxLength={1000}
                  value={q}
                  onChange={(e) => setQuestions(questions.map((x, j) => (j === i ? e.target.value : x)))}
                  error={error}
                />
                <button
                  type="button"
                  className="danger ev-small"
                  onClick={() => {
                    setQuestions(questions.filter((_, j) => j !== i));
                    setFocusRow(questions.length > 1 ? Math.max(0, i - 1) : -1);
                  }}
                >
                  {t("evaluationUi.round.removeQuestion")}
                  <span className="visually-hidden"> {i + 1}</span>
                </button>
              </div>
            ))}
            <button
              type="button"
              ref={addButton}
              disabled={questions.length >= 20}
              onClick={() => {
                setQuestions([...questions, ""]);
                setFocusRow(questions.length);
              }}
            >
              {t("evaluationUi.round.addQuestion")}
            </button>
          </>
        )}
      </fieldset>
    </>
  );
}

function OpenRoundForm({ ctx }: { ctx: PageContext }) {
  const { t } = useTranslation();
  const prefix = "round-new";
  const [intro, setIntro] = useState("");
  const [closesOn, setClosesOn] = useState(todayIso(14));
  const [questions, setQuestions] = useState<string[]>([]);
  const { busy, error, save } = useSave(prefix);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn)) problems[`${prefix}-closesOn`] = t("validation.invalid_date");
    questions.forEach((q, i) => {
      if (!q.trim()) problems[`${prefix}-questions.${i}`] = t("evaluationUi.round.emptyQuestion");
    });
    const body: RoundInput = { intro, closesOn, questions };
    void save(() => api<Evaluation>("POST", `/api/networks/${ctx.networkId}/evaluation/round`, body), {
      problems,
      saved: (o) => {
        ctx.setData(o);
        ctx.announce(t("evaluationUi.round.opened", { date: formatDay(closesOn) }), "ev-round-heading");
      },
      failed: (err) => {
        // Another coordinator opened the round first: the page shows theirs.
        if (err instanceof ApiError && err.status === 409) void ctx.reload();
        return err;
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="ev-form" aria-labelledby="ev-open-heading">
      <h3 id="ev-open-heading">{t("evaluationUi.round.openHeading")}</h3>
      <p className="hint">{t("evaluationUi.round.openHelp", { min: ctx.data.minGroupSize })}</p>
      <FormError error={error} />
      <RoundFields
        prefix={prefix}
        intro={intro}
        setIntro={setIntro}
        closesOn={closesOn}
        setClosesOn={setClosesOn}
        questions={questions}
        setQuestions={setQuestions}
        questionsLocked={false}
        error={error}
      />
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {t("evaluationUi.round.open")}
      </button>
    </form>
  );
}

/** The coordinator's changes to an opened round, and closing it. */
function ManageRound({ ctx, round }: { ctx: PageContext; round: EvaluationRound }) {
  const { t } = useTranslation();
  const prefix = "round-edit";
  const [open, setOpen] = useState(false);
  const [intro, setIntro] = useState(round.intro);
  const [closesOn, setClosesOn] = useState(round.closesOn);
  const [questions, setQuestions] = useState(round.questions.map((q) => q.text));
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<EvaluationRound>({ version: round.version, prefix });
  const locked = round.respondents > 0;
  const url = `/api/networks/${ctx.networkId}/cycles/${ctx.data.cycle.id}/evaluation/round`;

  const submit = (close: boolean) => {
    const problems: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(closesOn)) problems[`${prefix}-closesOn`] = t("validation.invalid_date");
    if (!locked)
      questions.forEach((q, i) => {
        if (!q.trim()) problems[`${prefix}-questions.${i}`] = t("evaluationUi.round.emptyQuestion");
      });
    const body = { version, intro, closesOn, questions: locked ? round.questions.map((q) => q.text) : questions, close };
    void save(() => api<Evaluation>("PATCH", url, body), {
      problems,
      saved: (o) => {
        if (o.round) setVersion(o.round.version);
        ctx.setData(o);
        setOpen(false);
        ctx.announce(close ? t("evaluationUi.round.closedNow") : t("evaluationUi.round.saved"), "ev-round-heading");
      },
      conflict: () => {
        setOpen(true);
        void ctx.reload();
      },
    });
  };

  return (
    <div className="ev-manage">
      <h3>{t("evaluationUi.round.manageHeading")}</h3>
      {conflict ? (
        <div className="conflict" role="alert">
          <p className="strong">{t("network.conflictTitle")}</p>
          <p>{t("evaluationUi.round.conflict")}</p>
          <dl className="facts">
            <dt>{t("evaluationUi.round.introLabel")}</dt>
            <dd className="prose">{conflict.intro || t("common.notSet")}</dd>
            <dt>{t("evaluationUi.round.closesOnLabel")}</dt>
            <dd>{formatDay(conflict.closesOn)}</dd>
            <dt>{t("evaluationUi.round.statusLabel")}</dt>
            <dd>{conflict.status === "open" ? t("evaluationUi.round.statusOpen") : t("evaluationUi.round.statusClosed")}</dd>
            <dt>{t("evaluationUi.round.questionsLegend")}</dt>
            <dd>{conflict.questions.map((q) => q.text).join(" · ") || t("evaluationUi.round.noQuestions")}</dd>
          </dl>
        </div>
      ) : null}
      <FormError error={error} />
      <details className="ev-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t("evaluationUi.round.edit")}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            submit(false);
          }}
          noValidate
          className="ev-form"
        >
          <RoundFields
            prefix={prefix}
            intro={intro}
            setIntro={setIntro}
            closesOn={closesOn}
            setClosesOn={setClosesOn}
            questions={questions}
            setQuestions={setQuestions}
            questionsLocked={locked}
            error={error}
          />
          {round.closedAt ? <p className="hint">{t("evaluationUi.round.reopenHint")}</p> : null}
          <button type="submit" className="primary" aria-disabled={busy || undefined}>
            {round.closedAt ? t("evaluationUi.round.reopen") : t("evaluationUi.round.save")}
          </button>
        </form>
      </details>
      {round.status === "open" ? (
        <p>
          <button
            type="button"
            className="danger"
            aria-disabled={busy || undefined}
            onClick={() => {
              if (window.confirm(t("evaluationUi.round.confirmClose"))) submit(true);
            }}
          >
            {t("evaluationUi.round.close")}
          </button>
        </p>
      ) : null}
    </div>
  );
}

const RATING_NONE = "none";

/** The member's own evaluation: each goal rated 1–5 or "can't say" with an optional comment, and the network's questions. */
function AnswerForm({ ctx, round }: { ctx: PageContext; round: EvaluationRound }) {
  const { t } = useTranslation();
  const { data } = ctx;
  const mine = round.mine;
  const [ratings, setRatings] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.ratings ?? []).map((r) => [r.goalId, r.rating === null ? RATING_NONE : String(r.rating)])),
  );
  const [comments, setComments] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.ratings ?? []).map((r) => [r.goalId, r.comment])),
  );
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries((mine?.answers ?? []).map((a) => [a.questionId, a.text])),
  );
  const { busy, error, save, version, setVersion, conflict, clear } = useVersionedSave<MyEvaluation>({ version: mine?.version ?? null });
  // A stale save whose answer is no longer stored: the conflict shows without a stored answer, and the next save starts anew.
  const [gone, setGone] = useState(false);
  const [message, setMessage] = useState("");
  const scale = [
    t("evaluationUi.answer.rating1"),
    t("evaluationUi.answer.rating2"),
    t("evaluationUi.answer.rating3"),
    t("evaluationUi.answer.rating4"),
    t("evaluationUi.answer.rating5"),
  ];
  const options = [
    ...scale.map((label, i) => ({ value: String(i + 1), label })),
    { value: RATING_NONE, label: t("evaluationUi.answer.cantSay") },
  ];
  const ratingLabel = (r: number | null) => (r === null ? t("evaluationUi.answer.cantSay") : (scale[r - 1] ?? String(r)));
  const goalTitle = (id: string) => data.goals.find((g) => g.id === id)?.title ?? id;
  const questionText = (id: string) => round.questions.find((q) => q.id === id)?.text ?? id;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMessage("");
    const body = {
      version,
      ratings: data.goals.map((g) => {
        const r = ratings[g.id];
        return { goalId: g.id, rating: r && r !== RATING_NONE ? Number(r) : null, comment: comments[g.id] ?? "" };
      }),
      answers: round.questions.map((q) => ({ questionId: q.id, text: answers[q.id] ?? "" })),
    };
    void save(() => api<Evaluation>("PUT", `/api/networks/${ctx.networkId}/cycles/${data.cycle.id}/evaluation/mine`, body), {
      saved: (o) => {
        setGone(false);
        setVersion(o.round?.mine?.version ?? null);
        ctx.setData(o);
        setMessage(t("evaluationUi.answer.saved"));
      },
      conflict: () => void ctx.reload(),
      failed: (err) => {
        if (!(err instanceof ApiError && err.status === 409)) return err;
        void ctx.reload();
        if (err.code !== "conflict") return err;
        clear();
        setGone(true);
        setVersion(null);
        return null;
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate className="ev-form ev-answer" aria-labelledby="ev-answer-heading">
      <h3 id="ev-answer-heading">{t("evaluationUi.answer.heading")}</h3>
      <p className="hint">{t("evaluationUi.answer.help", { min: data.minGroupSize })}</p>
      {mine ? <p className="meta">{t("evaluationUi.answer.answeredOn", { date: formatDate(mine.submittedAt, true) })}</p> : null}
      {conflict || gone ? (
        <div className="conflict" role="alert">
          <p className="strong">{t("network.conflictTitle")}</p>
          <p>{t("evaluationUi.answer.conflict")}</p>
          {conflict ? (
            <dl className="facts">
              {conflict.ratings.map((r) => (
                <Fragment key={r.goalId}>
                  <dt>{goalTitle(r.goalId)}</dt>
                  <dd>
                    {ratingLabel(r.rating)}
                    {r.comment ? <span className="prose"> – {r.comment}</span> : null}
                  </dd>
                </Fragment>
              ))}
              {conflict.answers.map((a) => (
                <Fragment key={a.questionId}>
                  <dt>{questionText(a.questionId)}</dt>
                  <dd className="prose">{a.text || t("common.notSet")}</dd>
                </Fragment>
              ))}
            </dl>
          ) : null}
        </div>
      ) : null}
      <FormError error={error} />
      {data.goals.length === 0 ? <p>{t("evaluationUi.answer.noGoals")}</p> : null}
      {data.goals.map((g) => (
        <div key={g.id} className="ev-answer-goal">
          <RadioGroup
            name={`rate-${g.id}`}
            legend={t("evaluationUi.answer.ratingLegend", { goal: g.title })}
            options={options}
            value={ratings[g.id]}
            onChange={(v) => setRatings({ ...ratings, [g.id]: v })}
          />
          <TextArea
            name={`rate-${g.id}-comment`}
            label={t("evaluationUi.answer.commentLabel", { goal: g.title })}
            rows={2}
            maxLength={2000}
            value={comments[g.id] ?? ""}
            onChange={(e) => setComments({ ...comments, [g.id]: e.target.value })}
          />
        </div>
      ))}
      {round.questions.map((q) => (
        <TextArea
          key={q.id}
          name={`answer-${q.id}`}
          label={q.text}
          rows={3}
          maxLength={4000}
          value={answers[q.id] ?? ""}
          onChange={(e) => setAnswers({ ...answers, [q.id]: e.target.value })}
        />
      ))}
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {mine || version !== null ? t("evaluationUi.answer.update") : t("evaluationUi.answer.submit")}
      </button>
      <p className="status" role="status">
        {message}
      </p>
    </form>
  );
}

function RoundSection({ ctx }: { ctx: PageContext }) {
  const { t } = useTranslation();
  const { data, networkId } = ctx;
  const { round, cycle } = data;
  return (
    <section aria-labelledby="ev-round-heading" className="panel">
      <h2 id="ev-round-heading" tabIndex={-1}>
        {t("evaluationUi.round.heading")}
      </h2>
      <p>{t("evaluationUi.round.intro")}</p>
      {!round ? (
        cycle.closedAt ? (
          <p>{t("evaluationUi.round.noneClosed")}</p>
        ) : cycle.phase !== "evaluating" ? (
          <p>
            {t("evaluationUi.round.opensInPhase", { phase: t("phases.evaluating.name") })}{" "}
            <Link to={`/networks/${networkId}/cycle`}>{t("evaluationUi.round.toCycle")}</Link>
          </p>
        ) : ctx.coordinator ? (
          <OpenRoundForm ctx={ctx} />
        ) : (
          <p>{t("evaluationUi.round.notOpened")}</p>
        )
      ) : (
        <>
          <dl className="facts">
            <dt>{t("evaluationUi.round.statusLabel")}</dt>
            <dd className="strong">
              {round.status === "open"
                ? t("evaluationUi.round.openUntil", { date: formatDay(round.closesOn) })
                : round.closedAt
                  ? t("evaluationUi.round.closedOn", { date: formatDate(round.closedAt) })
                  : t("evaluationUi.round.closedAfter", { date: formatDay(round.closesOn) })}
            </dd>
            <dt>{t("evaluationUi.round.respondentsLabel")}</dt>
            <dd>{t("evaluationUi.round.respondents", { count: round.respondents })}</dd>
          </dl>
          {round.intro ? <p className="prose ev-intro">{round.intro}</p> : null}
          <p className="hint">{t("evaluationUi.round.resultsWhere")}</p>
          {round.canAnswer ? (
            <AnswerForm key={`${round.id}-${cycle.id}`} ctx={ctx} round={round} />
          ) : ctx.canEdit && round.status === "closed" ? (
            <p>{round.mine ? t("evaluationUi.round.closedAnswered") : t("evaluationUi.round.closedNoAnswer")}</p>
          ) : !ctx.canEdit ? (
            <p>{t("evaluationUi.round.observer")}</p>
          ) : null}
          {round.questions.length > 0 ? (
            <>
              <h3>{t("evaluationUi.round.answersHeading")}</h3>
              {round.status === "open" ? (
                <p>{t("evaluationUi.results.afterClose", { min: data.minGroupSize })}</p>
              ) : !round.shown ? (
                <p>{t("evaluationUi.results.hidden", { count: round.respondents, min: data.minGroupSize })}</p>
              ) : null}
              {round.questions.map((q) => (
                <div key={q.id} className="ev-question-answers">
                  <h4>{q.text}</h4>
                  {round.shown ? (
                    q.answers.length === 0 ? (
                      <p className="meta">{t("evaluationUi.round.noAnswers")}</p>
                    ) : (
                      <ul className="ev-comments">
                        {q.answers.map((a, i) => (
                          // Answers are anonymous and carry no id.
                          // biome-ignore lint/suspicious/noArrayIndexKey: see above
                          <li key={i} className="prose">
                            {a}
                          </li>
                        ))}
                      </ul>
                    )
                  ) : null}
                </div>
              ))}
            </>
          ) : null}
          {ctx.coordinator && !cycle.closedAt ? <ManageRound key={round.id} ctx={ctx} round={round} /> : null}
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------- page

/**
 * Phase 4 of the framework: the cycle's goals with their indicators and
 * measurements, Solmu's own figures, and the joint evaluation of the work's
 * impact with its results beside each goal.
 */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { me } = useSession();
  const networkId = home.network.id;
  const [params, setParams] = useSearchParams();
  const cycleParam = params.get("cycle");
  const url = `/api/networks/${networkId}/evaluation${cycleParam ? `?cycle=${encodeURIComponent(cycleParam)}` : ""}`;
  const { data, error, reload, setData } = useApi<Evaluation>(url);
  const [message, setMessage] = useState("");
  const [focusId, setFocusId] = useState<string | null>(null);
  const announceCycle = useRef(false);
  const addedHere = useRef(new Set<string>()).current;

  // Focus moves once the element it goes to is on the page (after the data it depends on has rendered).
  useEffect(() => {
    if (!focusId || !data) return;
    const el = document.getElementById(focusId);
    if (el) {
      el.focus();
      setFocusId(null);
    }
  }, [focusId, data]);

  const cycleName = data?.cycle.name;
  useEffect(() => {
    if (announceCycle.current && cycleName) {
      announceCycle.current = false;
      setMessage(t("evaluationUi.cycle.shown", { name: cycleName }));
    }
  }, [cycleName, t]);

  if (!data) {
    return (
      <Page title={t("evaluationUi.title")}>
        <p>{t("evaluationUi.intro")}</p>
        {error ? <FormError error={error} /> : <Loading />}
        {error && cycleParam ? (
          <p>
            <Link to="?">{t("evaluationUi.cycle.toCurrent")}</Link>
          </p>
        ) : null}
      </Page>
    );
  }

  const ctx: PageContext = {
    networkId,
    data,
    canEdit: data.role !== "observer",
    coordinator: data.role === "coordinator",
    myName: me?.name ?? null,
    addedHere,
    setData,
    reload,
    announce: (m, id) => {
      setMessage(m);
      if (id) setFocusId(id);
    },
  };
  const { cycle } = data;

  return (
    <Page title={t("evaluationUi.title")}>
      <p>{t("evaluationUi.intro")}</p>
      <FormError error={error} />
      <div className="ev-cycle">
        {data.cycles.length > 1 ? (
          <CyclePicker
            key={cycle.id}
            data={data}
            onChoose={(id) => {
              if (id === cycle.id) return;
              announceCycle.current = true;
              setMessage("");
              setParams({ cycle: id });
            }}
          />
        ) : null}
        <dl className="facts">
          <dt>{t("evaluationUi.cycle.label")}</dt>
          <dd>
            {t("evaluationUi.cycle.option", { name: cycle.name })}{" "}
            <span className="meta">
              ({t("evaluationUi.cycle.dates", { start: formatDay(cycle.startsOn), end: formatDay(cycle.endsOn) })})
            </span>
          </dd>
          <dt>{t("evaluationUi.cycle.phase")}</dt>
          <dd>{cycle.closedAt ? t("evaluationUi.cycle.closed", { date: formatDate(cycle.closedAt) }) : t(`phases.${cycle.phase}.name`)}</dd>
        </dl>
        <ul className="plain ev-links">
          {data.round?.canAnswer ? (
            <li>
              <a href="#ev-answer-heading">{data.round.mine ? t("evaluationUi.round.toMine") : t("evaluationUi.round.toAnswer")}</a>
            </li>
          ) : null}
          <li>
            <Link to={`/networks/${networkId}/report/${cycle.id}`}>{t("evaluationUi.reportLink", { name: cycle.name })}</Link>
          </li>
        </ul>
      </div>
      <p className="status" role="status">
        {message}
      </p>

      <FiguresSection figures={data.figures} minGroupSize={data.minGroupSize} />

      <section aria-labelledby="ev-goals-heading" className="ev-goals">
        <h2 id="ev-goals-heading">{t("evaluationUi.goals.heading")}</h2>
        <p className="hint">{ctx.canEdit ? t("evaluationUi.goals.help") : t("evaluationUi.goals.helpObserver")}</p>
        {cycle.closedAt && ctx.canEdit ? <p className="hint">{t("evaluationUi.goals.closedCycle")}</p> : null}
        {data.goals.length === 0 ? (
          <p>
            {t("evaluationUi.goals.none")} <Link to={`/networks/${networkId}/goals`}>{t("evaluationUi.goals.toGoals")}</Link>
          </p>
        ) : (
          data.goals.map((g) => <GoalSection key={g.id} ctx={ctx} goal={g} />)
        )}
      </section>

      <RoundSection ctx={ctx} />
    </Page>
  );
}
