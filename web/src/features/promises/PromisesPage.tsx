import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { ApiError, api, client, ok } from "../../api/client.ts";
import type { OrganisationSummary, Person } from "../../api/types.ts";
import { useApi } from "../../api/useApi.ts";
import { usePaged } from "../../api/usePaged.ts";
import { FormError, SelectField, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

const STATES = ["open", "kept", "renegotiated", "not_kept"] as const;
const FACTORS = ["time", "mandate", "money", "skills", "information", "other"] as const;
type PromiseState = (typeof STATES)[number];
type Change = "kept" | "renegotiated" | "not_kept";
const CHANGES: Change[] = ["kept", "renegotiated", "not_kept"];

interface Ref {
  id: string;
  name: string;
}

interface PromiseItem {
  id: string;
  text: string;
  state: PromiseState;
  dueOn: string;
  closedOn: string | null;
  renegotiations: number;
  overdue: boolean;
  promiser: Ref | null;
  onBehalfOf: Ref | null;
  to: { kind: "network" | "person" | "organisation"; id: string | null; name: string | null };
  goalId: string | null;
  agreementSectionId: string | null;
  cycleId: string | null;
  version: number;
  canChange: boolean;
}

interface HistoryItem {
  state: string;
  text: string;
  dueOn: string;
  note: string;
  changedAt: string;
  changedByName: string | null;
  factors: { kind: "barrier" | "enabler"; factor: string }[];
}

interface PromiseDetail extends PromiseItem {
  history: HistoryItem[];
}

interface Rate {
  total: number;
  keptOnTime: number;
  keptLate: number;
  renegotiated: number;
  notKept: number;
  open: number;
  overdue: number;
  rate: number | null;
}

interface Rates {
  cycleId: string | null;
  network: Rate;
  organisations: { id: string; name: string; rate: Rate }[];
  people: { id: string; name: string; rate: Rate }[];
  factors: { barriers: { factor: string; count: number }[]; enablers: { factor: string; count: number }[] };
}

interface Goal {
  id: string;
  title: string;
}

/** A calendar day (YYYY-MM-DD) in the user's language; read at local noon so that no time zone shifts the day. */
const formatDay = (day: string) => formatDate(`${day.slice(0, 10)}T12:00:00`);

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
};

function usePercent() {
  const { i18n } = useTranslation();
  return (rate: number) => new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 0 }).format(rate);
}

function StateBadges({ promise }: { promise: PromiseItem }) {
  const { t } = useTranslation();
  return (
    <p className="meta">
      <span className="badge quiet">{t(`promisesUi.state.${promise.state}`)}</span>
      {promise.overdue ? (
        <>
          {" "}
          <span className="badge warn">{t("promisesUi.overdue")}</span>
        </>
      ) : null}
    </p>
  );
}

/** The small form behind "Kept", "Renegotiate" and "Not kept": what changed, and what helped or got in the way. */
function ChangeForm({
  promise,
  to,
  idPrefix,
  onDone,
  onCancel,
}: {
  promise: PromiseItem;
  to: Change;
  idPrefix: string;
  onDone: (d: PromiseDetail) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [dueOn, setDueOn] = useState(promise.dueOn);
  const [text, setText] = useState(promise.text);
  const [note, setNote] = useState("");
  const [factors, setFactors] = useState<string[]>([]);
  const [version, setVersion] = useState(promise.version);
  const [conflict, setConflict] = useState<PromiseItem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `${idPrefix}${promise.id}-${to}`;
  const barrier = to !== "kept";
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const body: Record<string, unknown> = { version, to, note, factors };
    if (to === "renegotiated") {
      if (dueOn !== promise.dueOn) body.dueOn = dueOn;
      if (text.trim() !== promise.text) body.text = text.trim();
    }
    try {
      const d = await api<PromiseDetail>("POST", `/api/networks/${home.network.id}/promises/${promise.id}/changes`, body);
      onDone(d);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.current) {
        const current = err.current as PromiseItem;
        setConflict(current);
        setVersion(current.version);
      }
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t(`promisesUi.change.${to}.heading`)}</h4>
      <p className="hint">{t(`promisesUi.change.${to}.help`)}</p>
      {conflict ? (
        <div className="conflict">
          <p className="strong">{t("network.conflictTitle")}</p>
          <p>
            {t("promisesUi.change.conflict", {
              state: t(`promisesUi.state.${conflict.state}`),
              dueOn: formatDay(conflict.dueOn),
            })}
          </p>
          <p className="prose">{conflict.text}</p>
        </div>
      ) : null}
      <FormError error={error} />
      {to === "renegotiated" ? (
        <>
          <TextField
            name={`${id}-dueOn`}
            field="dueOn"
            type="date"
            label={t("promisesUi.change.newDueOn")}
            hint={t("promisesUi.change.newDueOnHint")}
            value={dueOn}
            min={todayIso()}
            onChange={(e) => setDueOn(e.target.value)}
            error={error}
          />
          <TextArea
            name={`${id}-text`}
            field="text"
            label={t("promisesUi.change.newText")}
            rows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={error}
          />
        </>
      ) : null}
      <TextArea
        name={`${id}-note`}
        field="note"
        label={t(`promisesUi.change.${to}.note`)}
        required={to === "not_kept"}
        rows={3}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={error}
      />
      <fieldset className="checkbox-list" id={`${id}-factors`}>
        <legend>{barrier ? t("promisesUi.change.barriersLegend") : t("promisesUi.change.enablersLegend")}</legend>
        <p className="hint">{barrier ? t("promisesUi.change.barriersHint") : t("promisesUi.change.enablersHint")}</p>
        {FACTORS.map((f) => (
          <div key={f} className="field checkbox">
            <input
              type="checkbox"
              id={`${id}-factor-${f}`}
              checked={factors.includes(f)}
              onChange={(e) => setFactors((fs) => (e.target.checked ? [...fs, f] : fs.filter((x) => x !== f)))}
            />
            <label htmlFor={`${id}-factor-${f}`}>{t(`promisesUi.factor.${f}`)}</label>
          </div>
        ))}
      </fieldset>
      <p>
        <button type="submit" className="primary" disabled={busy}>
          {t(`promisesUi.change.${to}.submit`)}
        </button>{" "}
        <button type="button" onClick={onCancel}>
          {t("promisesUi.change.cancel")}
        </button>
      </p>
    </form>
  );
}

function HistoryList({ history }: { history: HistoryItem[] }) {
  const { t } = useTranslation();
  if (history.length === 0) return <p>{t("promisesUi.history.none")}</p>;
  return (
    <ol className="timeline">
      {history.map((h, i) => {
        const barriers = h.factors.filter((f) => f.kind === "barrier").map((f) => t(`promisesUi.factor.${f.factor}`));
        const enablers = h.factors.filter((f) => f.kind === "enabler").map((f) => t(`promisesUi.factor.${f.factor}`));
        const previous = history[i - 1];
        return (
          <li key={`${h.changedAt}-${h.state}`}>
            <p className="meta">
              <time dateTime={h.changedAt}>{formatDate(h.changedAt, true)}</time>
              {" · "}
              {h.changedByName ?? t("promisesUi.formerMember")}
            </p>
            <p className="strong">{t(`promisesUi.state.${h.state}`)}</p>
            {!previous || previous.dueOn !== h.dueOn ? <p>{t("promisesUi.history.dueOn", { date: formatDay(h.dueOn) })}</p> : null}
            {!previous || previous.text !== h.text ? <p className="prose">{t("promisesUi.history.text", { text: h.text })}</p> : null}
            {h.note ? <p className="prose">{t("promisesUi.history.note", { note: h.note })}</p> : null}
            {barriers.length ? <p>{t("promisesUi.history.barriers", { factors: barriers.join(", ") })}</p> : null}
            {enablers.length ? <p>{t("promisesUi.history.enablers", { factors: enablers.join(", ") })}</p> : null}
          </li>
        );
      })}
    </ol>
  );
}

function PromiseCard({
  promise,
  idPrefix,
  anchor,
  goals,
  onChanged,
}: {
  promise: PromiseItem;
  idPrefix: string;
  anchor: boolean;
  goals: Goal[];
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [action, setAction] = useState<Change | null>(null);
  const [history, setHistory] = useState<HistoryItem[] | null>(null);
  const [historyError, setHistoryError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const loadHistory = async () => {
    setHistoryError(null);
    try {
      const d = await api<PromiseDetail>("GET", `/api/networks/${home.network.id}/promises/${promise.id}`);
      setHistory(d.history);
    } catch (err) {
      setHistoryError(err);
    }
  };
  const goal = promise.goalId ? goals.find((g) => g.id === promise.goalId) : undefined;
  const toWhom = promise.to.kind === "network" ? t("promisesUi.toNetwork") : (promise.to.name ?? t("promisesUi.formerMember"));
  const promiser = promise.promiser?.name ?? t("promisesUi.formerMember");
  return (
    <li className="card" id={anchor ? `promise-${promise.id}` : undefined} tabIndex={anchor ? -1 : undefined}>
      <h3 ref={heading} tabIndex={-1} className="prose">
        {promise.text}
      </h3>
      <StateBadges promise={promise} />
      <dl className="facts">
        <dt>{t("promisesUi.dueOn")}</dt>
        <dd>
          <time dateTime={promise.dueOn}>{formatDay(promise.dueOn)}</time>
          {promise.renegotiations > 0 ? ` (${t("promisesUi.renegotiations", { count: promise.renegotiations })})` : ""}
        </dd>
        {promise.closedOn ? (
          <>
            <dt>{t("promisesUi.closedOn")}</dt>
            <dd>
              <time dateTime={promise.closedOn}>{formatDay(promise.closedOn)}</time>
            </dd>
          </>
        ) : null}
        <dt>{t("promisesUi.promiser")}</dt>
        <dd>{promise.onBehalfOf ? t("promisesUi.onBehalfOf", { name: promiser, organisation: promise.onBehalfOf.name }) : promiser}</dd>
        <dt>{t("promisesUi.to")}</dt>
        <dd>{toWhom}</dd>
        {goal ? (
          <>
            <dt>{t("promisesUi.goal")}</dt>
            <dd>{goal.title}</dd>
          </>
        ) : null}
      </dl>
      {promise.canChange ? (
        <div className="toolbar">
          {CHANGES.map((c) => (
            <button
              key={c}
              type="button"
              className={c === "kept" ? "primary" : undefined}
              aria-expanded={action === c}
              onClick={() => setAction((a) => (a === c ? null : c))}
            >
              {t(`promisesUi.action.${c}`)}
              <span className="visually-hidden">: {promise.text}</span>
            </button>
          ))}
        </div>
      ) : null}
      {action ? (
        <ChangeForm
          key={action}
          promise={promise}
          to={action}
          idPrefix={idPrefix}
          onCancel={() => setAction(null)}
          onDone={(d) => {
            setAction(null);
            setHistory(d.history);
            onChanged(t(`promisesUi.change.${action}.done`, { text: d.text }));
            heading.current?.focus();
          }}
        />
      ) : null}
      <details
        onToggle={(e) => {
          if ((e.currentTarget as HTMLDetailsElement).open && history === null) void loadHistory();
        }}
      >
        <summary>
          {t("promisesUi.history.show")}
          <span className="visually-hidden">: {promise.text}</span>
        </summary>
        <FormError error={historyError} />
        {history ? <HistoryList history={history} /> : historyError ? null : <Loading />}
      </details>
    </li>
  );
}

function PromiseList({
  items,
  idPrefix,
  anchorOf,
  goals,
  onChanged,
}: {
  items: PromiseItem[];
  idPrefix: string;
  anchorOf: (p: PromiseItem) => boolean;
  goals: Goal[];
  onChanged: (message: string) => void;
}) {
  return (
    <ul className="cards">
      {items.map((p) => (
        <PromiseCard key={p.id} promise={p} idPrefix={idPrefix} anchor={anchorOf(p)} goals={goals} onChanged={onChanged} />
      ))}
    </ul>
  );
}

interface MakeDraft {
  text: string;
  dueOn: string;
  forWhom: "self" | "organisation";
  toKind: "network" | "person" | "organisation";
  toPerson: string;
  toOrganisation: string;
  goalId: string;
}

const emptyDraft: MakeDraft = {
  text: "",
  dueOn: "",
  forWhom: "self",
  toKind: "network",
  toPerson: "",
  toOrganisation: "",
  goalId: "",
};

function MakePromiseForm({ goals, onMade }: { goals: Goal[]; onMade: (p: PromiseDetail) => Promise<void> }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const people = useApi<{ items: Person[] }>(`/api/networks/${networkId}/people?limit=200`);
  const organisations = useApi<{ items: OrganisationSummary[] }>(`/api/networks/${networkId}/organisations`);
  const [draft, setDraft] = useState(emptyDraft);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set =
    <K extends keyof MakeDraft>(k: K) =>
    (v: MakeDraft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));
  const self = people.data?.items.find((p) => p.isSelf);
  const myOrganisation = self?.organisationName ?? null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setBusy(true);
    const to =
      draft.toKind === "network"
        ? { kind: "network" }
        : { kind: draft.toKind, id: draft.toKind === "person" ? draft.toPerson : draft.toOrganisation };
    try {
      const p = await api<PromiseDetail>("POST", `/api/networks/${networkId}/promises`, {
        text: draft.text,
        dueOn: draft.dueOn,
        onBehalfOfOrganisation: draft.forWhom === "organisation",
        to,
        goalId: draft.goalId || null,
        agreementSectionId: null,
      });
      setDraft(emptyDraft);
      await onMade(p);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextArea
        name="text"
        label={t("promisesUi.make.text")}
        hint={t("promisesUi.make.textHint")}
        required
        rows={3}
        value={draft.text}
        onChange={(e) => set("text")(e.target.value)}
        error={error}
      />
      <TextField
        name="dueOn"
        type="date"
        label={t("promisesUi.make.dueOn")}
        hint={t("promisesUi.make.dueOnHint")}
        required
        min={todayIso()}
        value={draft.dueOn}
        onChange={(e) => set("dueOn")(e.target.value)}
        error={error}
      />
      {myOrganisation ? (
        <RadioGroup
          name="onBehalfOfOrganisation"
          legend={t("promisesUi.make.forWhom")}
          options={[
            { value: "self", label: t("promisesUi.make.forMyself") },
            { value: "organisation", label: t("promisesUi.make.forOrganisation", { organisation: myOrganisation }) },
          ]}
          value={draft.forWhom}
          onChange={(v) => set("forWhom")(v as MakeDraft["forWhom"])}
          error={error instanceof ApiError ? error.fields.onBehalfOfOrganisation : undefined}
        />
      ) : people.data ? (
        <p className="hint">{t("promisesUi.make.noOrganisation")}</p>
      ) : null}
      <SelectField
        name="to"
        label={t("promisesUi.make.toKind")}
        value={draft.toKind}
        onChange={(e) => set("toKind")(e.target.value as MakeDraft["toKind"])}
        options={[
          { value: "network", label: t("promisesUi.toNetwork") },
          { value: "person", label: t("promisesUi.make.toPersonOption") },
          { value: "organisation", label: t("promisesUi.make.toOrganisationOption") },
        ]}
        error={error}
      />
      {draft.toKind === "person" ? (
        <SelectField
          name="toPerson"
          field="to"
          label={t("promisesUi.make.toPerson")}
          required
          value={draft.toPerson}
          onChange={(e) => set("toPerson")(e.target.value)}
          options={[
            { value: "", label: t("promisesUi.make.choosePerson") },
            ...(people.data?.items ?? [])
              .filter((p) => !p.isSelf)
              .map((p) => ({ value: p.id, label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name })),
          ]}
        />
      ) : null}
      {draft.toKind === "organisation" ? (
        <SelectField
          name="toOrganisation"
          field="to"
          label={t("promisesUi.make.toOrganisation")}
          required
          value={draft.toOrganisation}
          onChange={(e) => set("toOrganisation")(e.target.value)}
          options={[
            { value: "", label: t("promisesUi.make.chooseOrganisation") },
            ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      ) : null}
      <SelectField
        name="goalId"
        label={t("promisesUi.make.goal")}
        hint={t("promisesUi.make.goalHint")}
        value={draft.goalId}
        onChange={(e) => set("goalId")(e.target.value)}
        options={[{ value: "", label: t("promisesUi.make.noGoal") }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
        error={error}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t("promisesUi.make.submit")}
      </button>
    </form>
  );
}

function RateBar({ rate, label, id }: { rate: number; label: string; id: string }) {
  const width = Math.max(0, Math.min(100, Math.round(rate * 100)));
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      width="100%"
      height="20"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      focusable="false"
    >
      <title id={`${id}-title`}>{label}</title>
      <rect x="0" y="0" width="100" height="10" fill="#eef4f3" stroke="#4a555c" strokeWidth="0.5" vectorEffect="non-scaling-stroke" />
      <rect x="0" y="0" width={width} height="10" fill="#0b5c55" />
    </svg>
  );
}

function RateCounts({ rate }: { rate: Rate }) {
  const { t } = useTranslation();
  return (
    <ul className="plain">
      <li>{t("promisesUi.rates.total", { count: rate.total })}</li>
      <li>{t("promisesUi.rates.keptOnTime", { count: rate.keptOnTime })}</li>
      <li>{t("promisesUi.rates.keptLate", { count: rate.keptLate })}</li>
      <li>{t("promisesUi.rates.renegotiated", { count: rate.renegotiated })}</li>
      <li>{t("promisesUi.rates.notKept", { count: rate.notKept })}</li>
      <li>
        {t("promisesUi.rates.open", { count: rate.open })}
        {rate.overdue > 0 ? ` ${t("promisesUi.rates.openOverdue", { count: rate.overdue })}` : ""}
      </li>
    </ul>
  );
}

function RateTable({ id, caption, nameHeader, rows }: { id: string; caption: string; nameHeader: string; rows: Rates["people"] }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table>
        <caption id={`${id}-caption`} className="visually-hidden">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col">{t("promisesUi.rates.col.rate")}</th>
            <th scope="col">{t("promisesUi.rates.col.total")}</th>
            <th scope="col">{t("promisesUi.rates.col.keptOnTime")}</th>
            <th scope="col">{t("promisesUi.rates.col.keptLate")}</th>
            <th scope="col">{t("promisesUi.rates.col.renegotiated")}</th>
            <th scope="col">{t("promisesUi.rates.col.notKept")}</th>
            <th scope="col">{t("promisesUi.rates.col.open")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.rate.rate === null ? t("promisesUi.rates.noRate") : percent(r.rate.rate)}</td>
              <td>{formatNumber(r.rate.total)}</td>
              <td>{formatNumber(r.rate.keptOnTime)}</td>
              <td>{formatNumber(r.rate.keptLate)}</td>
              <td>{formatNumber(r.rate.renegotiated)}</td>
              <td>{formatNumber(r.rate.notKept)}</td>
              <td>
                {formatNumber(r.rate.open)}
                {r.rate.overdue > 0 ? ` ${t("promisesUi.rates.openOverdue", { count: r.rate.overdue })}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function FactorList({ items }: { items: { factor: string; count: number }[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{t("promisesUi.rates.noFactors")}</p>;
  return (
    <ul>
      {[...items]
        .sort((a, b) => b.count - a.count)
        .map((f) => (
          <li key={f.factor}>{t("promisesUi.rates.factorCount", { factor: t(`promisesUi.factor.${f.factor}`), count: f.count })}</li>
        ))}
    </ul>
  );
}

function RatesPanel({ rates }: { rates: Rates }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const percent = usePercent();
  const n = rates.network;
  return (
    <section aria-labelledby="rates-heading" className="panel">
      <h2 id="rates-heading">{t("promisesUi.rates.heading")}</h2>
      <p className="hint">{t("promisesUi.rates.help")}</p>
      {n.rate === null ? (
        <p>{t("promisesUi.rates.noneYet")}</p>
      ) : (
        <>
          <p className="strong">{t("promisesUi.rates.network", { percent: percent(n.rate) })}</p>
          <RateBar rate={n.rate} id="rates-network-bar" label={t("promisesUi.rates.barLabel", { percent: percent(n.rate) })} />
        </>
      )}
      <RateCounts rate={n} />
      <h3>{t("promisesUi.rates.organisations")}</h3>
      {rates.organisations.length === 0 ? (
        <p>{t("promisesUi.rates.noOrganisations")}</p>
      ) : (
        <RateTable
          id="rates-organisations"
          caption={t("promisesUi.rates.organisations")}
          nameHeader={t("promisesUi.rates.col.organisation")}
          rows={rates.organisations}
        />
      )}
      <h3>{home.role === "coordinator" ? t("promisesUi.rates.people") : t("promisesUi.rates.own")}</h3>
      {rates.people.length === 0 ? (
        <p>{t("promisesUi.rates.noPeople")}</p>
      ) : (
        <RateTable
          id="rates-people"
          caption={home.role === "coordinator" ? t("promisesUi.rates.people") : t("promisesUi.rates.own")}
          nameHeader={t("promisesUi.rates.col.person")}
          rows={rates.people}
        />
      )}
      <h3>{t("promisesUi.rates.factorsHeading")}</h3>
      <p className="hint">{t("promisesUi.rates.factorsHelp")}</p>
      <h4>{t("promisesUi.rates.barriers")}</h4>
      <FactorList items={rates.factors.barriers} />
      <h4>{t("promisesUi.rates.enablers")}</h4>
      <FactorList items={rates.factors.enablers} />
    </section>
  );
}

/** The promise ledger: commitment made concrete, as promises made, kept, renegotiated or not kept. */
export function PromisesPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { hash } = useLocation();
  const networkId = home.network.id;
  const canPromise = home.role !== "observer";
  const [state, setState] = useState<PromiseState | "">("");
  const ledger = (query: { mine?: "true"; state?: PromiseState; limit: number }) => (cursor: string | undefined) =>
    ok(client.GET("/api/networks/{networkId}/promises", { params: { path: { networkId }, query: { ...query, cursor } } }));
  const mine = usePaged(ledger({ mine: "true", limit: 200 }), canPromise ? `mine:${networkId}` : null);
  const all = usePaged(ledger({ limit: 100, ...(state ? { state } : {}) }), `all:${networkId}:${state}`);
  const rates = useApi<Rates>(`/api/networks/${networkId}/promises/keeping-rates`);
  const goalsApi = useApi<{ items: Goal[] }>(`/api/networks/${networkId}/goals`);
  const goals = goalsApi.data?.items ?? [];
  const [message, setMessage] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const scrolledTo = useRef<string | null>(null);

  const reloadAll = async () => {
    await Promise.all([mine.reload(), all.reload(), rates.reload()]);
  };
  const changed = (m: string) => {
    setMessage(m);
    void reloadAll();
  };

  const ready = Boolean(all.items && (!canPromise || mine.items));

  // A link such as /promises#promise-… (from the anticipation view) opens at that promise once the lists have loaded.
  useEffect(() => {
    if (!ready || !hash.startsWith("#promise-") || scrolledTo.current === hash) return;
    const el = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!el) return;
    scrolledTo.current = hash;
    el.scrollIntoView();
    el.focus();
  }, [ready, hash]);

  const myItems = mine.items ?? [];
  const myOpen = myItems.filter((p) => p.state === "open" || p.state === "renegotiated");
  const myClosed = myItems.filter((p) => p.state === "kept" || p.state === "not_kept");
  const overdueCount = myItems.filter((p) => p.overdue).length;
  // Each promise has one anchor: on its card among my open promises, else on its card in the list of all promises.
  const myOpenIds = new Set(myOpen.map((p) => p.id));

  return (
    <Page title={t("promisesUi.title")}>
      <p>{t("promisesUi.intro")}</p>
      <p>{t("promisesUi.introRenegotiate")}</p>
      {message ? <Status>{message}</Status> : null}

      {canPromise ? (
        <section aria-labelledby="my-promises" className="panel">
          <h2 id="my-promises">{t("promisesUi.mine.heading")}</h2>
          <FormError error={mine.error} />
          {!mine.items ? (
            <Loading />
          ) : myItems.length === 0 ? (
            <p>{t("promisesUi.mine.none")}</p>
          ) : (
            <>
              <p>
                {t("promisesUi.mine.summary", { count: myOpen.length })}
                {overdueCount > 0 ? ` ${t("promisesUi.mine.overdue", { count: overdueCount })}` : ""}
              </p>
              {myOpen.length > 0 ? (
                <PromiseList items={myOpen} idPrefix="mine-" anchorOf={() => true} goals={goals} onChanged={changed} />
              ) : null}
              {myClosed.length > 0 ? (
                <details>
                  <summary>{t("promisesUi.mine.closed", { count: myClosed.length })}</summary>
                  <PromiseList items={myClosed} idPrefix="mine-" anchorOf={() => false} goals={goals} onChanged={changed} />
                </details>
              ) : null}
            </>
          )}
        </section>
      ) : null}

      {canPromise ? (
        <section aria-labelledby="make-promise" className="panel">
          <h2 id="make-promise">{t("promisesUi.make.heading")}</h2>
          <p className="hint">{t("promisesUi.make.help")}</p>
          <MakePromiseForm
            key={formKey}
            goals={goals}
            onMade={async (p) => {
              setMessage(t("promisesUi.make.done", { text: p.text }));
              setFormKey((k) => k + 1);
              await reloadAll();
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="all-promises" className="panel">
        <h2 id="all-promises">{t("promisesUi.all.heading")}</h2>
        {/* The buttons sit in a wrapping toolbar so that all five fit a 320 px wide screen. */}
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("promisesUi.all.filter")}</legend>
          <div className="toolbar">
            <button type="button" aria-pressed={state === ""} onClick={() => setState("")}>
              {t("promisesUi.all.any")}
            </button>
            {STATES.map((s) => (
              <button key={s} type="button" aria-pressed={state === s} onClick={() => setState(s)}>
                {t(`promisesUi.filter.${s}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <FormError error={all.error} />
        {!all.items ? (
          <Loading />
        ) : (
          <>
            <Status>
              {all.hasMore
                ? t("promisesUi.all.countMore", { count: all.items.length })
                : t("promisesUi.all.count", { count: all.items.length })}
            </Status>
            {all.items.length === 0 ? (
              <p>{state ? t("promisesUi.all.noneInState") : t("promisesUi.all.none")}</p>
            ) : (
              <PromiseList items={all.items} idPrefix="all-" anchorOf={(p) => !myOpenIds.has(p.id)} goals={goals} onChanged={changed} />
            )}
            {all.hasMore ? (
              <p>
                <button type="button" disabled={all.busy} onClick={() => void all.more()}>
                  {t("common.showMore")}
                </button>
              </p>
            ) : null}
          </>
        )}
      </section>

      <FormError error={rates.error} />
      {rates.data ? <RatesPanel rates={rates.data} /> : rates.error ? null : <Loading />}
    </Page>
  );
}
