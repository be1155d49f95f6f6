import { type FormEvent, Fragment, type ReactNode, type RefObject, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError, api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, TextArea } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { formatDay } from "./SurveysPage.tsx";
import "./surveys.css";
import {
  FREQUENCY_LEVELS,
  KNOWING_LEVELS,
  type MyResponse,
  NETWORK_TYPES,
  type NetworkType,
  type Rating,
  type ResponseInput,
  type RoundList,
  SELF_COMMITMENT_ITEMS,
  type SelfCommitmentItem,
  STRUCTURAL_FACTORS,
  type StructuralFactor,
  type SurveyRound,
  type SurveyTarget,
  TRUST_DIMENSIONS,
} from "./types.ts";
import { WhoSeesWhat } from "./WhoSeesWhat.tsx";

const FIVE = [1, 2, 3, 4, 5] as const;
/** How many search results are listed at once; typing narrows them down. */
const MAX_RESULTS = 20;

/** A rating being filled in: knowing and frequency stay unset (null) until chosen; the rest are null for "can't say". */
interface RatingDraft extends Omit<Rating, "knowing" | "frequency"> {
  knowing: number | null;
  frequency: number | null;
}

interface AnswerDraft {
  ratings: RatingDraft[];
  selfCommitment: Record<SelfCommitmentItem, number | null>;
  barriers: StructuralFactor[];
  barriersText: string;
  enablers: StructuralFactor[];
  enablersText: string;
  networkType: NetworkType | null;
}

const emptyRating = (targetId: string): RatingDraft => ({
  targetId,
  knowing: null,
  goodwill: null,
  competence: null,
  vulnerability: null,
  consistency: null,
  commitment: null,
  frequency: null,
});

const fromResponse = (r: MyResponse | null): AnswerDraft => ({
  ratings: r?.ratings.map((x) => ({ ...x })) ?? [],
  selfCommitment: { autonomy: null, meaningfulness: null, connectedness: null, ...r?.selfCommitment },
  barriers: r?.barriers ?? [],
  barriersText: r?.barriersText ?? "",
  enablers: r?.enablers ?? [],
  enablersText: r?.enablersText ?? "",
  networkType: r?.networkType ?? null,
});

const fieldOf = (error: unknown, name: string) => (error instanceof ApiError ? error.fields[name] : undefined);

function useTime() {
  const { i18n } = useTranslation();
  return (iso: string) => new Intl.DateTimeFormat(i18n.language, { timeStyle: "short" }).format(new Date(iso));
}

/**
 * One question as a row of radio buttons in a fieldset. `values` are the numbers to offer; with `cantSay`
 * a last option stands for null. Without `labelOf` the numbers are shown, and 1 and 5 carry the end labels
 * for screen readers (the page explains them once in view).
 */
function Scale({
  id,
  name,
  legend,
  description,
  values,
  labelOf,
  value,
  onChange,
  cantSay = false,
  error,
}: {
  id: string;
  name: string;
  legend: ReactNode;
  description?: string;
  values: readonly number[];
  labelOf?: (v: number) => string;
  value: number | null;
  onChange: (v: number | null) => void;
  cantSay?: boolean;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const base = useId();
  const descId = description ? `${base}-desc` : undefined;
  const errId = error ? `${base}-err` : undefined;
  const ends = (v: number) =>
    labelOf ? null : v === 1 ? t("surveysUi.scale.low") : v === values[values.length - 1] ? t("surveysUi.scale.high") : null;
  return (
    <fieldset
      className={`survey-scale${labelOf ? " survey-scale-labelled" : " survey-scale-numbers"}${error ? " field-invalid" : ""}`}
      id={id}
      aria-describedby={[descId, errId].filter(Boolean).join(" ") || undefined}
    >
      <legend>{legend}</legend>
      {description ? (
        <p className="hint" id={descId}>
          {description}
        </p>
      ) : null}
      {error ? (
        <p className="field-problem" id={errId}>
          {error}
        </p>
      ) : null}
      <div className="survey-scale-options">
        {values.map((v) => {
          const end = ends(v);
          return (
            <label key={v} className="survey-scale-option">
              <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
              <span>{labelOf ? labelOf(v) : formatNumber(v)}</span>
              {end ? <span className="visually-hidden"> ({end})</span> : null}
            </label>
          );
        })}
        {cantSay ? (
          <label className="survey-scale-option survey-cant-say">
            <input type="radio" name={name} value="" checked={value === null} onChange={() => onChange(null)} />
            <span>{t("surveysUi.scale.cantSay")}</span>
          </label>
        ) : null}
      </div>
    </fieldset>
  );
}

function FactorChoice({
  kind,
  chosen,
  text,
  onChosen,
  onText,
  error,
}: {
  kind: "barriers" | "enablers";
  chosen: StructuralFactor[];
  text: string;
  onChosen: (f: StructuralFactor[]) => void;
  onText: (v: string) => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const problem = fieldOf(error, kind);
  return (
    <fieldset className={`checkbox-list${problem ? " field-invalid" : ""}`} id={`field-${kind}`}>
      <legend>{kind === "barriers" ? t("surveysUi.answer.barriers") : t("surveysUi.answer.enablers")}</legend>
      <p className="hint">{kind === "barriers" ? t("surveysUi.answer.barriersHint") : t("surveysUi.answer.enablersHint")}</p>
      {problem ? <p className="field-problem">{problem}</p> : null}
      <div className="survey-factors">
        {STRUCTURAL_FACTORS.map((f) => (
          <div key={f} className="field checkbox">
            <input
              type="checkbox"
              id={`${kind}-${f}`}
              checked={chosen.includes(f)}
              onChange={(e) => onChosen(e.target.checked ? [...chosen, f] : chosen.filter((x) => x !== f))}
            />
            <label htmlFor={`${kind}-${f}`}>{t(`surveysUi.scale.factor.${f}`)}</label>
          </div>
        ))}
      </div>
      <TextArea
        name={`${kind}Text`}
        label={kind === "barriers" ? t("surveysUi.answer.barriersText") : t("surveysUi.answer.enablersText")}
        rows={2}
        maxLength={2000}
        value={text}
        onChange={(e) => onText(e.target.value)}
        error={error}
      />
    </fieldset>
  );
}

function targetMeta(target: SurveyTarget | undefined, t: (k: string, o?: Record<string, unknown>) => string) {
  if (!target) return "";
  if (target.organisationName) return target.organisationName;
  return target.kind ? t(`orgKinds.${target.kind}`, { defaultValue: "" }) : "";
}

/** The rating card of one chosen person or organisation. */
function RatingCard({
  index,
  rating,
  target,
  onChange,
  onRemove,
  error,
}: {
  index: number;
  rating: RatingDraft;
  target: SurveyTarget | undefined;
  onChange: (r: RatingDraft) => void;
  onRemove: () => void;
  error: unknown;
}) {
  const { t } = useTranslation();
  const name = target?.name ?? t("surveysUi.answer.unknownTarget");
  const meta = targetMeta(target, t);
  const path = `ratings.${index}`;
  const key = `field-${path}`;
  const radio = `rate-${rating.targetId}`;
  const set = (k: keyof RatingDraft) => (v: number | null) => onChange({ ...rating, [k]: v });
  const targetProblem = fieldOf(error, `${path}.targetId`);
  return (
    <li>
      <fieldset className="survey-card" id={key}>
        <legend>
          <span className="survey-card-name">{name}</span>
          {meta ? <span className="survey-card-org"> ({meta})</span> : null}
        </legend>
        {targetProblem ? (
          <p className="field-problem" id={`${key}.targetId`}>
            {targetProblem}
          </p>
        ) : null}
        <div className="survey-card-grid">
          <Scale
            id={`${key}.knowing`}
            name={`${radio}-knowing`}
            legend={t("surveysUi.answer.knowing")}
            values={KNOWING_LEVELS}
            labelOf={(v) => t(`surveysUi.scale.knowing.${v}`)}
            value={rating.knowing}
            onChange={set("knowing")}
            error={fieldOf(error, `${path}.knowing`)}
          />
          <Scale
            id={`${key}.frequency`}
            name={`${radio}-frequency`}
            legend={t("surveysUi.answer.frequency")}
            values={FREQUENCY_LEVELS}
            labelOf={(v) => t(`surveysUi.scale.frequency.${v}`)}
            value={rating.frequency}
            onChange={set("frequency")}
            error={fieldOf(error, `${path}.frequency`)}
          />
          {TRUST_DIMENSIONS.map((d) => (
            <Scale
              key={d}
              id={`${key}.${d}`}
              name={`${radio}-${d}`}
              legend={t("surveysUi.answer.trustLegend", { dimension: t(`surveysUi.scale.trust.${d}.name`) })}
              description={t(`surveysUi.scale.trust.${d}.description`)}
              values={FIVE}
              value={rating[d]}
              onChange={set(d)}
              cantSay
              error={fieldOf(error, `${path}.${d}`)}
            />
          ))}
          <Scale
            id={`${key}.commitment`}
            name={`${radio}-commitment`}
            legend={t("surveysUi.answer.commitment")}
            description={t("surveysUi.answer.commitmentHint")}
            values={FIVE}
            value={rating.commitment}
            onChange={set("commitment")}
            cantSay
            error={fieldOf(error, `${path}.commitment`)}
          />
        </div>
        <button type="button" className="danger" onClick={onRemove}>
          {t("surveysUi.answer.remove")}
          <span className="visually-hidden">: {name}</span>
        </button>
      </fieldset>
    </li>
  );
}

/** Step 1's search: type a name or an organisation, then add from the list of buttons. */
function TargetSearch({
  targets,
  chosen,
  onAdd,
  announcement,
  onTyping,
  inputRef,
  level,
}: {
  targets: SurveyTarget[];
  chosen: Set<string>;
  onAdd: (t: SurveyTarget) => void;
  announcement: string;
  onTyping: () => void;
  inputRef: RefObject<HTMLInputElement | null>;
  level: SurveyRound["level"];
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const q = query.trim().toLocaleLowerCase();
  const matches = targets
    .filter((x) => !chosen.has(x.id))
    .filter((x) => !q || x.name.toLocaleLowerCase().includes(q) || (x.organisationName ?? "").toLocaleLowerCase().includes(q))
    .sort((a, b) => a.name.localeCompare(b.name));
  const shown = matches.slice(0, MAX_RESULTS);
  const summary =
    matches.length === 0
      ? t("surveysUi.answer.searchNone")
      : matches.length > shown.length
        ? t("surveysUi.answer.searchSome", { shown: formatNumber(shown.length), count: matches.length })
        : t("surveysUi.answer.searchCount", { count: matches.length });
  return (
    <div className="survey-search">
      <div className="field">
        <label htmlFor="survey-search">
          {level === "organisation" ? t("surveysUi.answer.searchOrganisations") : t("surveysUi.answer.searchPeople")}
        </label>
        <input
          id="survey-search"
          ref={inputRef}
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            onTyping();
          }}
          aria-describedby="survey-search-status"
        />
      </div>
      <p className="status" role="status" id="survey-search-status">
        {announcement ? `${announcement} ` : ""}
        {summary}
      </p>
      {shown.length > 0 ? (
        <ul className="plain survey-results">
          {shown.map((x) => {
            const meta = targetMeta(x, t);
            return (
              <li key={x.id}>
                <button type="button" onClick={() => onAdd(x)}>
                  {t("surveysUi.answer.add")}
                  <span className="visually-hidden">: </span> <span className="strong">{x.name}</span>
                </button>
                {meta ? <span className="meta"> {meta}</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** The answer form: whom one has worked with and how they are rated, then the network-level questions. */
function AnswerForm({
  round,
  targets,
  initial,
  onSaved,
}: {
  round: SurveyRound;
  targets: SurveyTarget[];
  initial: MyResponse | null;
  onSaved: (r: MyResponse) => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const time = useTime();
  const url = `/api/networks/${home.network.id}/surveys/${round.id}/response`;
  const [draft, setDraft] = useState(() => fromResponse(initial));
  const [version, setVersion] = useState<number | null>(initial?.version ?? null);
  const [status, setStatus] = useState<MyResponse["status"] | null>(initial?.status ?? null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ at: string; submitted: boolean } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const byId = new Map(targets.map((x) => [x.id, x]));
  const chosen = new Set(draft.ratings.map((r) => r.targetId));
  const nameOf = (id: string) => byId.get(id)?.name ?? t("surveysUi.answer.unknownTarget");
  const set =
    <K extends keyof AnswerDraft>(k: K) =>
    (v: AnswerDraft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));

  const add = (target: SurveyTarget) => {
    setDraft((d) => ({ ...d, ratings: [...d.ratings, emptyRating(target.id)] }));
    setAnnouncement(t("surveysUi.answer.added", { name: target.name }));
    search.current?.focus();
  };
  const remove = (targetId: string) => {
    setDraft((d) => ({ ...d, ratings: d.ratings.filter((r) => r.targetId !== targetId) }));
    setAnnouncement(t("surveysUi.answer.removed", { name: nameOf(targetId) }));
    search.current?.focus();
  };
  const changeRating = (r: RatingDraft) => setDraft((d) => ({ ...d, ratings: d.ratings.map((x) => (x.targetId === r.targetId ? r : x)) }));

  /**
   * Knowing and frequency must be chosen for every card before the answer can be saved;
   * the three questions on one's own commitment must be answered before it can be submitted.
   */
  const validate = (submit: boolean): Record<string, string> => {
    const fields: Record<string, string> = {};
    draft.ratings.forEach((r, i) => {
      const name = nameOf(r.targetId);
      if (r.knowing === null) fields[`ratings.${i}.knowing`] = t("surveysUi.answer.missingKnowing", { name });
      if (r.frequency === null) fields[`ratings.${i}.frequency`] = t("surveysUi.answer.missingFrequency", { name });
    });
    if (submit) {
      for (const item of SELF_COMMITMENT_ITEMS) {
        if (draft.selfCommitment[item] === null) {
          fields[`selfCommitment.${item}`] = t("surveysUi.answer.missingSelf", { item: t(`surveysUi.scale.self.${item}.name`) });
        }
      }
    }
    return fields;
  };

  const reloadStored = async (current: unknown) => {
    const stored =
      current && typeof current === "object" && "version" in current
        ? (current as MyResponse)
        : (await api<{ response: MyResponse | null }>("GET", url)).response;
    setDraft(fromResponse(stored));
    setVersion(stored?.version ?? null);
    setStatus(stored?.status ?? null);
    if (stored) onSaved(stored);
  };

  const save = async (submit: boolean) => {
    setError(null);
    setConflict(false);
    setSaved(null);
    const problems = validate(submit);
    if (Object.keys(problems).length > 0) {
      setError(new ApiError(400, "validation_failed", t("errors.validation_failed"), problems));
      return;
    }
    const body: ResponseInput = {
      version,
      submit,
      ratings: draft.ratings.map((r) => ({ ...r, knowing: r.knowing ?? 0, frequency: r.frequency ?? 0 })),
      selfCommitment: draft.selfCommitment,
      barriers: draft.barriers,
      barriersText: draft.barriersText.trim(),
      enablers: draft.enablers,
      enablersText: draft.enablersText.trim(),
      networkType: draft.networkType,
    };
    setBusy(true);
    try {
      const { response: r } = await api<{ response: MyResponse | null }>("PUT", url, body);
      if (!r) {
        await reloadStored(null);
        return;
      }
      setVersion(r.version);
      setStatus(r.status);
      setSaved({ at: r.updatedAt, submitted: r.status === "submitted" });
      onSaved(r);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        try {
          await reloadStored(err.current);
          setConflict(true);
        } catch (reloadErr) {
          setError(reloadErr);
        }
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  };

  const submitForm = (e: FormEvent) => {
    e.preventDefault();
    void save(true);
  };
  const closes = formatDay(round.closesOn);

  return (
    <form onSubmit={submitForm} noValidate className="survey-form">
      {conflict ? (
        <div className="conflict" role="alert">
          <p className="strong">{t("network.conflictTitle")}</p>
          <p>{t("surveysUi.answer.conflict")}</p>
        </div>
      ) : null}
      {status === "submitted" && !saved ? (
        <p className="notice">
          {initial?.submittedAt
            ? t("surveysUi.answer.alreadySubmitted", { date: formatDate(initial.submittedAt, true), closes })
            : t("surveysUi.answer.alreadySubmittedNoDate", { closes })}
        </p>
      ) : null}
      {status === "draft" && !saved ? <p className="notice">{t("surveysUi.answer.draftLoaded")}</p> : null}
      <FormError error={error} />

      <section aria-labelledby="survey-step1" className="panel">
        <h2 id="survey-step1">
          {round.level === "organisation" ? t("surveysUi.answer.step1Organisations") : t("surveysUi.answer.step1People")}
        </h2>
        <p>{round.level === "organisation" ? t("surveysUi.answer.step1HelpOrganisations") : t("surveysUi.answer.step1HelpPeople")}</p>
        <p className="hint">{t("surveysUi.answer.scaleExplained")}</p>
        {targets.length === 0 ? (
          <p>{t("surveysUi.answer.noTargets")}</p>
        ) : (
          <TargetSearch
            targets={targets}
            chosen={chosen}
            onAdd={add}
            announcement={announcement}
            onTyping={() => setAnnouncement("")}
            inputRef={search}
            level={round.level}
          />
        )}
        <h3>{t("surveysUi.answer.chosen", { count: draft.ratings.length })}</h3>
        {draft.ratings.length === 0 ? (
          <p className="hint">{t("surveysUi.answer.noneChosen")}</p>
        ) : (
          <ul className="plain survey-cards">
            {draft.ratings.map((r, i) => (
              <RatingCard
                key={r.targetId}
                index={i}
                rating={r}
                target={byId.get(r.targetId)}
                onChange={changeRating}
                onRemove={() => remove(r.targetId)}
                error={error}
              />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="survey-step2" className="panel">
        <h2 id="survey-step2">{t("surveysUi.answer.step2")}</h2>
        <p>{t("surveysUi.answer.step2Help")}</p>
        <h3>{t("surveysUi.answer.selfHeading")}</h3>
        <p className="hint">{t("surveysUi.answer.selfHint")}</p>
        <div className="survey-card-grid">
          {SELF_COMMITMENT_ITEMS.map((item) => (
            <Scale
              key={item}
              id={`field-selfCommitment.${item}`}
              name={`self-${item}`}
              legend={
                <>
                  <span className="strong">{t(`surveysUi.scale.self.${item}.name`)}</span>: {t(`surveysUi.scale.self.${item}.question`)}
                </>
              }
              values={FIVE}
              value={draft.selfCommitment[item]}
              onChange={(v) => set("selfCommitment")({ ...draft.selfCommitment, [item]: v })}
              error={fieldOf(error, `selfCommitment.${item}`)}
            />
          ))}
        </div>
        <h3>{t("surveysUi.answer.factorsHeading")}</h3>
        <FactorChoice
          kind="barriers"
          chosen={draft.barriers}
          text={draft.barriersText}
          onChosen={set("barriers")}
          onText={set("barriersText")}
          error={error}
        />
        <FactorChoice
          kind="enablers"
          chosen={draft.enablers}
          text={draft.enablersText}
          onChosen={set("enablers")}
          onText={set("enablersText")}
          error={error}
        />
        <h3>{t("surveysUi.answer.typeHeading")}</h3>
        <fieldset className={`radio-group${fieldOf(error, "networkType") ? " field-invalid" : ""}`} id="field-networkType">
          <legend>{t("surveysUi.answer.typeLegend")}</legend>
          {fieldOf(error, "networkType") ? <p className="field-problem">{fieldOf(error, "networkType")}</p> : null}
          {NETWORK_TYPES.map((type) => (
            <div key={type} className="radio-option">
              <input
                type="radio"
                id={`networkType-${type}`}
                name="networkType"
                checked={draft.networkType === type}
                onChange={() => set("networkType")(type)}
                aria-describedby={`networkType-${type}-desc`}
              />
              <label htmlFor={`networkType-${type}`}>
                {t(`networkType.${type}.name`)}
                <span className="hint survey-type-desc" id={`networkType-${type}-desc`}>
                  {t(`networkType.${type}.description`)}
                </span>
              </label>
            </div>
          ))}
          <div className="radio-option">
            <input
              type="radio"
              id="networkType-none"
              name="networkType"
              checked={draft.networkType === null}
              onChange={() => set("networkType")(null)}
            />
            <label htmlFor="networkType-none">{t("surveysUi.scale.cantSay")}</label>
          </div>
        </fieldset>
      </section>

      <div className="toolbar survey-actions">
        {status !== "submitted" ? (
          <button type="button" onClick={() => void save(false)} disabled={busy}>
            {t("surveysUi.answer.saveDraft")}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {status === "submitted" ? t("surveysUi.answer.saveChanges") : t("surveysUi.answer.submit")}
        </button>
      </div>
      <div role="status" className="survey-saved">
        {saved ? (
          saved.submitted ? (
            <div className="notice">
              <p className="strong">{t("surveysUi.answer.thanks")}</p>
              <p>{t("surveysUi.answer.thanksMore", { time: time(saved.at), closes })}</p>
            </div>
          ) : (
            <p>{t("surveysUi.answer.savedAt", { time: time(saved.at) })}</p>
          )
        ) : null}
      </div>
    </form>
  );
}

const scaleValue = (v: number | null, cantSay: string) => (v === null ? cantSay : `${formatNumber(v)} / 5`);

/** One's own answers without a form, for a round that has closed. */
function OwnAnswers({ response, targets }: { response: MyResponse; targets: SurveyTarget[] }) {
  const { t } = useTranslation();
  const byId = new Map(targets.map((x) => [x.id, x]));
  const cantSay = t("surveysUi.scale.cantSay");
  const factors = (fs: StructuralFactor[], text: string) =>
    [...fs.map((f) => t(`surveysUi.scale.factor.${f}`)), ...(text ? [text] : [])].join(", ") || t("surveysUi.answer.nothing");
  return (
    <section aria-labelledby="survey-own" className="panel">
      <h2 id="survey-own">{t("surveysUi.answer.ownHeading")}</h2>
      <p className="meta">
        {response.status === "submitted" && response.submittedAt
          ? t("surveysUi.answer.ownSubmitted", { date: formatDate(response.submittedAt, true) })
          : t("surveysUi.answer.ownDraft")}
      </p>
      {response.ratings.length === 0 ? (
        <p>{t("surveysUi.answer.noneChosen")}</p>
      ) : (
        <ul className="plain survey-cards">
          {response.ratings.map((r) => {
            const target = byId.get(r.targetId);
            const meta = targetMeta(target, t);
            return (
              <li key={r.targetId} className="card">
                <h3>
                  {target?.name ?? t("surveysUi.answer.unknownTarget")}
                  {meta ? <span className="meta"> ({meta})</span> : null}
                </h3>
                <dl className="facts">
                  <dt>{t("surveysUi.answer.knowing")}</dt>
                  <dd>{t(`surveysUi.scale.knowing.${r.knowing}`)}</dd>
                  <dt>{t("surveysUi.answer.frequency")}</dt>
                  <dd>{t(`surveysUi.scale.frequency.${r.frequency}`)}</dd>
                  {TRUST_DIMENSIONS.map((d) => (
                    <Fragment key={d}>
                      <dt>{t("surveysUi.answer.trustLegend", { dimension: t(`surveysUi.scale.trust.${d}.name`) })}</dt>
                      <dd>{scaleValue(r[d], cantSay)}</dd>
                    </Fragment>
                  ))}
                  <dt>{t("surveysUi.answer.commitment")}</dt>
                  <dd>{scaleValue(r.commitment, cantSay)}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t("surveysUi.answer.step2")}</h3>
      <dl className="facts">
        {SELF_COMMITMENT_ITEMS.map((item) => (
          <Fragment key={item}>
            <dt>{t(`surveysUi.scale.self.${item}.question`)}</dt>
            <dd>{scaleValue(response.selfCommitment[item], t("surveysUi.answer.notAnswered"))}</dd>
          </Fragment>
        ))}
        <dt>{t("surveysUi.answer.barriers")}</dt>
        <dd>{factors(response.barriers, response.barriersText)}</dd>
        <dt>{t("surveysUi.answer.enablers")}</dt>
        <dd>{factors(response.enablers, response.enablersText)}</dd>
        <dt>{t("surveysUi.answer.typeLegend")}</dt>
        <dd>{response.networkType ? t(`networkType.${response.networkType}.name`) : cantSay}</dd>
      </dl>
    </section>
  );
}

/** Why a round cannot be answered now, when it cannot. */
function NotAnswerable({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const message =
    round.myState === "not_invited"
      ? t("surveysUi.answer.notInvited")
      : round.status === "scheduled"
        ? t("surveysUi.answer.notYetOpen", { date: formatDay(round.opensOn) })
        : round.status === "closed"
          ? t("surveysUi.answer.closed", { date: formatDate(round.closedAt ?? `${round.closesOn}T12:00:00`) })
          : t("surveysUi.answer.cannotAnswer");
  return <p className="notice">{message}</p>;
}

/** Answering one round of the network health survey: whom one works with and how, then the network as a whole. */
export function SurveyAnswerPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { roundId = "" } = useParams();
  const networkId = home.network.id;
  const base = `/api/networks/${networkId}/surveys`;
  const list = useApi<RoundList>(base);
  const fromList = list.data?.items.find((r) => r.id === roundId);
  const single = useApi<SurveyRound>((list.data && !fromList) || list.error ? `${base}/${roundId}` : null);
  const round = fromList ?? single.data;
  const minGroupSize = list.data?.minGroupSize ?? null;
  const invited = Boolean(round && round.myState !== "not_invited");
  const targets = useApi<{ items: SurveyTarget[] }>(invited ? `${base}/${roundId}/targets` : null);
  const own = useApi<{ response: MyResponse | null }>(invited ? `${base}/${roundId}/response` : null);
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const answerable = Boolean(round && round.status === "open" && round.canAnswer && round.myState !== "not_invited");
  const response = own.data?.response ?? null;

  const deleteAnswers = async () => {
    if (!round || !window.confirm(t("surveysUi.answer.deleteConfirm"))) return;
    setDeleteError(null);
    setBusy(true);
    try {
      await api("DELETE", `${base}/${round.id}/response`);
      own.setData({ response: null });
      setFormKey((k) => k + 1);
      setMessage(t("surveysUi.answer.deleted"));
    } catch (err) {
      setDeleteError(err);
    } finally {
      setBusy(false);
    }
  };

  const loadError = round ? null : single.error;
  const title = round ? t("surveysUi.answer.title", { title: round.title }) : t("surveysUi.answer.titleLoading");

  return (
    <Page title={title}>
      <p>
        <Link to={`/networks/${networkId}/surveys`}>{t("surveysUi.answer.back")}</Link>
      </p>
      <FormError error={loadError} />
      {!round ? (
        loadError ? null : (
          <Loading />
        )
      ) : (
        <>
          <p className="meta">
            <span className={`badge survey-status-${round.status}`}>{t(`surveysUi.rounds.status.${round.status}`)}</span>{" "}
            <span className="badge quiet">{t(`surveysUi.rounds.level.${round.level}`)}</span>{" "}
            <time dateTime={round.opensOn}>{formatDay(round.opensOn)}</time> –{" "}
            <time dateTime={round.closesOn}>{formatDay(round.closesOn)}</time>
          </p>

          <section aria-labelledby="survey-privacy" className="panel">
            <h2 id="survey-privacy">{t("surveysUi.answer.privacyHeading")}</h2>
            <WhoSeesWhat round={round} minGroupSize={minGroupSize} />
            <p>{t("surveysUi.answer.rights", { date: formatDay(round.closesOn) })}</p>
            {answerable && response ? (
              <p>
                <button type="button" className="danger" onClick={() => void deleteAnswers()} disabled={busy}>
                  {t("surveysUi.answer.delete")}
                </button>
              </p>
            ) : null}
            <FormError error={deleteError} />
          </section>
          {message ? <Status>{message}</Status> : null}

          {!answerable ? (
            <>
              <NotAnswerable round={round} />
              {round.status === "closed" && invited ? (
                <>
                  <FormError error={own.error} />
                  {own.data ? (
                    own.data.response ? (
                      <OwnAnswers response={own.data.response} targets={targets.data?.items ?? []} />
                    ) : (
                      <p>{t("surveysUi.answer.noOwnAnswers")}</p>
                    )
                  ) : own.error ? null : (
                    <Loading />
                  )}
                </>
              ) : null}
            </>
          ) : (
            <>
              <FormError error={targets.error ?? own.error} />
              {targets.data && own.data ? (
                <AnswerForm
                  key={formKey}
                  round={round}
                  targets={targets.data.items}
                  initial={own.data.response}
                  onSaved={(r) => {
                    setMessage(null);
                    own.setData({ response: r });
                  }}
                />
              ) : targets.error || own.error ? null : (
                <Loading />
              )}
            </>
          )}
        </>
      )}
    </Page>
  );
}
