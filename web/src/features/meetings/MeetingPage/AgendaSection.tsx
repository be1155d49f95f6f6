import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave, useStale } from "../../../api/useVersionedSave.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import { FormError, SaveOrCancel, TextField } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { formatNumber } from "../../../i18n.ts";
import { fieldProblem, formatClock, MODES, methodName } from "../meetingUtil.ts";
import { ModeBadge } from "../parts.tsx";
import type { AgendaBlock, AgendaWarning, LearningMode, Meeting, Method } from "../types.ts";

const byStart = (a: { startMinute: number }, b: { startMinute: number }) => a.startMinute - b.startMinute;

/** The agenda in the order of its start times, with clock times from the meeting's start. */
function AgendaTable({ meeting, methods }: { meeting: Meeting; methods: Method[] | undefined }) {
  const { t, i18n } = useTranslation();
  const blocks = [...meeting.agenda].sort(byStart);
  if (blocks.length === 0) return <p>{t("meetings.agenda.empty")}</p>;
  return (
    <DataTable
      caption={t("meetings.agenda.caption", { minutes: meeting.minutes })}
      className="agenda-table"
      columns={[
        t("meetings.agenda.time"),
        t("meetings.agenda.block"),
        t("meetings.agenda.method"),
        t("meetings.agenda.mode"),
        t("meetings.agenda.duration"),
      ]}
    >
      {blocks.map((b) => (
        <tr key={b.id}>
          <td className="nowrap">
            {formatClock(meeting.start, b.startMinute, i18n.language)}–
            {formatClock(meeting.start, b.startMinute + b.durationMinutes, i18n.language)}
          </td>
          <th scope="row">{b.title}</th>
          <td>{methodName(b.method, methods, t)}</td>
          <td>
            <ModeBadge mode={b.mode} />
          </td>
          <td className="nowrap">{t("meetings.minutes", { count: b.durationMinutes })}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The planner's warnings about the saved agenda, in words. */
export function AgendaWarnings({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const text = (w: AgendaWarning) => {
    const block = w.block === undefined ? "" : (meeting.agenda[w.block]?.title ?? String(w.block + 1));
    return t(`meetings.warning.${w.key}`, { minutes: w.minutes ?? 0, block });
  };
  return (
    <div role="status" className="agenda-warnings">
      {meeting.warnings.length > 0 ? (
        <>
          <p className="strong">{t("meetings.agenda.warningsHeading")}</p>
          <ul>
            {meeting.warnings.map((w) => (
              <li key={`${w.key}-${w.block ?? ""}`}>{text(w)}</li>
            ))}
          </ul>
        </>
      ) : meeting.agenda.length > 0 ? (
        <p>{t("meetings.agenda.noWarnings")}</p>
      ) : null}
    </div>
  );
}

const MODE_LABEL_KEY: Record<LearningMode, string> = {
  teaching: "meetings.balance.teaching",
  facilitation: "meetings.balance.facilitation",
  hosting: "meetings.balance.hosting",
  none: "meetings.balance.other",
};

/** Minutes of each learning mode as one bar (decorative) and the same figures as text. */
export function ModeBalance({ minutesByMode }: { minutesByMode: Record<LearningMode, number> }) {
  const { t } = useTranslation();
  const total = MODES.reduce((s, m) => s + (minutesByMode[m] ?? 0), 0);
  let x = 0;
  return (
    <div className="mode-balance">
      <h3>{t("meetings.balance.heading")}</h3>
      <p className="hint meeting-help">{t("meetings.balance.help")}</p>
      {total === 0 ? (
        <p>{t("meetings.balance.none")}</p>
      ) : (
        <>
          <svg
            className="mode-bar"
            width="100%"
            height="18"
            viewBox="0 0 100 18"
            preserveAspectRatio="none"
            aria-hidden="true"
            focusable="false"
          >
            {MODES.map((m) => {
              const w = ((minutesByMode[m] ?? 0) / total) * 100;
              const r = w > 0 ? <rect key={m} x={x} y="0" width={w} height="18" className={`mode-fill-${m}`} /> : null;
              x += w;
              return r;
            })}
          </svg>
          <ul className="mode-legend">
            {MODES.map((m) => (
              <li key={m}>
                <span className={`mode-swatch mode-swatch-${m}`} aria-hidden="true" />
                {t("meetings.balance.item", {
                  mode: t(MODE_LABEL_KEY[m]),
                  minutes: minutesByMode[m] ?? 0,
                  percent: formatNumber(Math.round(((minutesByMode[m] ?? 0) / total) * 100)),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface DraftBlock {
  key: string;
  id: string | null;
  title: string;
  method: string;
  startMinute: string;
  durationMinutes: string;
}

const num = (s: string) => {
  const n = Number.parseInt(s, 10);
  return Number.isFinite(n) ? n : 0;
};
const endOf = (b: DraftBlock) => num(b.startMinute) + num(b.durationMinutes);

let nextKey = 0;
const newKey = () => {
  nextKey += 1;
  return `new-${nextKey}`;
};

/** A method select grouped by learning mode, each option with its typical length. */
function MethodSelect({
  name,
  value,
  methods,
  onChange,
  error,
}: {
  name: string;
  value: string;
  methods: Method[];
  onChange: (key: string) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const problem = fieldProblem(error, name);
  const base = useId();
  return (
    <div className={`field${problem ? " field-invalid" : ""}`}>
      <label htmlFor={`field-${name}`}>{t("meetings.agenda.method")}</label>
      {problem ? (
        <p className="field-problem" id={`${base}-error`}>
          {problem}
        </p>
      ) : null}
      <select
        id={`field-${name}`}
        name={name}
        value={value}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${base}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t("meetings.agenda.chooseMethod")}</option>
        {MODES.map((mode) => {
          const group = methods.filter((m) => m.mode === mode);
          if (group.length === 0) return null;
          return (
            <optgroup key={mode} label={t(`meetings.mode.${mode}`)}>
              {group.map((m) => (
                <option key={m.key} value={m.key}>
                  {t("meetings.agenda.methodOption", { name: methodName(m.key, methods, t), count: m.typicalMinutes })}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
    </div>
  );
}

/**
 * The agenda editor: blocks in order, each with its title, method, start minute and length; move
 * buttons are the keyboard way to reorder (a moved pair swaps places and keeps the gap between them).
 */
function AgendaEditor({
  networkId,
  meeting,
  methods,
  onSaved,
  onConflict,
  onCancel,
}: {
  networkId: string;
  meeting: Meeting;
  methods: Method[];
  onSaved: (m: Meeting) => void;
  onConflict: () => Promise<void>;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [blocks, setBlocks] = useState<DraftBlock[]>(() =>
    [...meeting.agenda].sort(byStart).map((b: AgendaBlock) => ({
      key: b.id,
      id: b.id,
      title: b.title,
      method: b.method,
      startMinute: String(b.startMinute),
      durationMinutes: String(b.durationMinutes),
    })),
  );
  const { busy, error, save } = useSave();
  const { stale: conflict, failed } = useStale(onConflict);
  const [announce, setAnnounce] = useState("");
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const update = (key: string, patch: Partial<DraftBlock>) => setBlocks((bs) => bs.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  const chooseMethod = (b: DraftBlock, key: string) => {
    const m = methods.find((x) => x.key === key);
    update(b.key, {
      method: key,
      ...(m ? { durationMinutes: String(m.typicalMinutes) } : {}),
      ...(m && b.title.trim() === "" ? { title: methodName(key, methods, t) } : {}),
    });
  };
  const add = () => {
    const key = newKey();
    const start = blocks.length ? Math.max(...blocks.map(endOf)) : 0;
    setBlocks((bs) => [...bs, { key, id: null, title: "", method: "", startMinute: String(start), durationMinutes: "15" }]);
    focusAfter.current = `field-blocks.${blocks.length}.title`;
  };
  const remove = (i: number) => {
    const b = blocks[i];
    if (!b) return;
    setBlocks((bs) => bs.filter((_, j) => j !== i));
    setAnnounce(t("meetings.agenda.removed", { title: b.title || t("meetings.agenda.untitled") }));
    focusAfter.current = "agenda-add";
  };
  const move = (i: number, dir: -1 | 1) => {
    const j = i + dir;
    const a = blocks[Math.min(i, j)];
    const b = blocks[Math.max(i, j)];
    if (!a || !b) return;
    // b takes a's start; a follows b after the same gap that was between them.
    const gap = num(b.startMinute) - endOf(a);
    const first = { ...b, startMinute: a.startMinute };
    const second = { ...a, startMinute: String(num(a.startMinute) + num(b.durationMinutes) + Math.max(0, gap)) };
    const next = [...blocks];
    next[Math.min(i, j)] = first;
    next[Math.max(i, j)] = second;
    setBlocks(next);
    const moved = blocks[i] as DraftBlock;
    setAnnounce(t("meetings.agenda.moved", { title: moved.title || t("meetings.agenda.untitled"), position: j + 1 }));
    const stay = dir < 0 && j === 0 ? "down" : dir > 0 && j === blocks.length - 1 ? "up" : dir < 0 ? "up" : "down";
    focusAfter.current = `agenda-${moved.key}-${stay}`;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/meetings/{meetingId}/agenda", {
            params: { path: { networkId, meetingId: meeting.id } },
            body: {
              version: meeting.version,
              blocks: blocks.map((b) => ({
                id: b.id,
                title: b.title.trim(),
                method: b.method,
                startMinute: num(b.startMinute),
                durationMinutes: num(b.durationMinutes),
              })),
            },
          }),
        ),
      {
        saved: onSaved,
        failed,
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="agenda-editor-heading" className="agenda-editor">
      <h3 id="agenda-editor-heading">{t("meetings.agenda.editHeading")}</h3>
      <p className="hint meeting-help">
        {t("meetings.agenda.editHelp", {
          minutes: meeting.minutes,
          start: formatClock(meeting.start, 0, i18n.language),
          end: formatClock(meeting.start, meeting.minutes, i18n.language),
        })}
      </p>
      {conflict ? <p className="conflict">{t("meetings.agenda.conflict")}</p> : null}
      <FormError error={error} />
      {announce ? <Status>{announce}</Status> : null}
      {blocks.length === 0 ? <p>{t("meetings.agenda.empty")}</p> : null}
      <ol className="agenda-blocks">
        {blocks.map((b, i) => {
          const start = num(b.startMinute);
          const end = endOf(b);
          const label = b.title || t("meetings.agenda.untitled");
          return (
            <li key={b.key}>
              <fieldset className="agenda-block">
                <legend>{t("meetings.agenda.blockLegend", { n: i + 1, title: label })}</legend>
                <TextField
                  name={`blocks.${i}.title`}
                  label={t("meetings.agenda.title")}
                  required
                  value={b.title}
                  onChange={(e) => update(b.key, { title: e.target.value })}
                  error={error}
                />
                <MethodSelect
                  name={`blocks.${i}.method`}
                  value={b.method}
                  methods={methods}
                  onChange={(k) => chooseMethod(b, k)}
                  error={error}
                />
                <div className="agenda-times">
                  <TextField
                    name={`blocks.${i}.startMinute`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    step={5}
                    label={t("meetings.agenda.startMinute")}
                    hint={t("meetings.agenda.startsAt", { time: formatClock(meeting.start, start, i18n.language) })}
                    value={b.startMinute}
                    onChange={(e) => update(b.key, { startMinute: e.target.value })}
                    error={error}
                  />
                  <TextField
                    name={`blocks.${i}.durationMinutes`}
                    type="number"
                    inputMode="numeric"
                    min={1}
                    step={5}
                    label={t("meetings.agenda.durationMinutes")}
                    hint={t("meetings.agenda.endsAt", { time: formatClock(meeting.start, end, i18n.language) })}
                    value={b.durationMinutes}
                    onChange={(e) => update(b.key, { durationMinutes: e.target.value })}
                    error={error}
                  />
                </div>
                <div className="toolbar">
                  <button type="button" id={`agenda-${b.key}-up`} disabled={i === 0} onClick={() => move(i, -1)}>
                    {t("meetings.agenda.moveUp")}
                    <span className="visually-hidden">: {label}</span>
                  </button>
                  <button type="button" id={`agenda-${b.key}-down`} disabled={i === blocks.length - 1} onClick={() => move(i, 1)}>
                    {t("meetings.agenda.moveDown")}
                    <span className="visually-hidden">: {label}</span>
                  </button>
                  <button type="button" className="danger" onClick={() => remove(i)}>
                    {t("meetings.agenda.remove")}
                    <span className="visually-hidden">: {label}</span>
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="toolbar">
        <button type="button" id="agenda-add" onClick={add}>
          {t("meetings.agenda.add")}
        </button>
      </div>
      <SaveOrCancel label={t("meetings.agenda.save")} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** The agenda: the saved blocks for everyone, the warnings and the learning-mode balance; planners edit it. */
export function AgendaSection({
  networkId,
  meeting,
  methods,
  onChange,
  reload,
}: {
  networkId: string;
  meeting: Meeting;
  methods: Method[] | undefined;
  onChange: (m: Meeting) => void;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [editorKey, setEditorKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Section id="agenda-heading" className="panel" title={t("meetings.agenda.heading")}>
      <AgendaTable meeting={meeting} methods={methods} />
      <AgendaWarnings meeting={meeting} />
      <ModeBalance minutesByMode={meeting.minutesByMode} />
      {message ? <Status>{message}</Status> : null}
      {meeting.canPlan && methods ? (
        editing ? (
          <AgendaEditor
            key={editorKey}
            networkId={networkId}
            meeting={meeting}
            methods={methods}
            onSaved={(m) => {
              onChange(m);
              setEditing(false);
              setEditorKey((k) => k + 1);
              setMessage(t("meetings.agenda.saved"));
            }}
            onConflict={reload}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <p>
            <button type="button" onClick={() => setEditing(true)}>
              {meeting.agenda.length ? t("meetings.agenda.edit") : t("meetings.agenda.create")}
            </button>
          </p>
        )
      ) : null}
    </Section>
  );
}
