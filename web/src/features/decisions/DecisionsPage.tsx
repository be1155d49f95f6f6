import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DECISION_RULES, type DecisionRule } from "../../../../src/domain/agreement.ts";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../components/Page.tsx";
import { useHashTarget } from "../../components/useHashTarget.ts";
import { formatDay } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

type Decision = Schemas["Decision"];

/** Today in the user's own time zone, as YYYY-MM-DD for a date input. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const emptyDraft = () => ({ decidedOn: today(), title: "", body: "", rule: "" as DecisionRule | "", participants: "" });

function RecordForm({ networkId, onRecorded }: { networkId: string; onRecorded: (d: Decision) => Promise<void> }) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  const { draft, setDraft, field } = useDraft(emptyDraft, { error });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      async () => {
        const d = await ok(
          client.POST("/api/networks/{networkId}/decisions", {
            params: { path: { networkId } },
            // Without a rule the save stops at the problem below.
            body: { ...draft, rule: draft.rule as DecisionRule },
          }),
        );
        setDraft(emptyDraft());
        await onRecorded(d);
      },
      { problems: draft.rule ? {} : { rule: t("decisions.chooseRule") } },
    );
  };

  return (
    <Section id="record-heading" className="panel" title={t("decisions.recordHeading")}>
      <p className="hint">{t("decisions.recordHelp")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField {...field("decidedOn")} type="date" label={t("decisions.column.date")} required />
        <TextField {...field("title")} label={t("decisions.column.title")} hint={t("decisions.titleHint")} required maxLength={200} />
        <TextArea {...field("body")} label={t("decisions.column.text")} required />
        <SelectField
          {...field("rule")}
          label={t("decisions.column.rule")}
          required
          options={[
            { value: "", label: t("decisions.chooseRuleOption") },
            ...DECISION_RULES.map((r) => ({ value: r, label: t(`decisions.rule.${r}`) })),
          ]}
        />
        <TextArea {...field("participants")} label={t("decisions.column.participants")} hint={t("decisions.participantsHint")} rows={2} />
        <button type="submit" className="primary" disabled={busy}>
          {t("decisions.record")}
        </button>
      </form>
    </Section>
  );
}

export function DecisionsPage() {
  const { t } = useTranslation();
  const ask = useConfirm();
  const { home, reload: reloadHome, networkId } = useNetwork();
  const [params, setParams] = useSearchParams();
  const applied = params.get("q")?.trim() ?? "";
  const [query, setQuery] = useState(applied);
  // Back and forward move between searches: show the search that is applied.
  useEffect(() => setQuery(applied), [applied]);
  const search = applied ? `?q=${encodeURIComponent(applied)}` : "";
  const {
    data,
    error: loadError,
    reload,
  } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/decisions", { params: { path: { networkId }, query: { q: applied || undefined } } })),
    `decisions:${networkId}:${applied}`,
  );
  const [error, setError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const canRecord = home.role !== "observer";

  // After a search the eye should land on what was found, below the form for recording a decision.
  const [showFound, setShowFound] = useState(false);
  const find = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const q = query.trim();
    setParams(q ? { q } : {});
    setShowFound(true);
  };
  useEffect(() => {
    if (!showFound || !data) return;
    setShowFound(false);
    const heading = document.getElementById("decisions-heading");
    heading?.setAttribute("tabindex", "-1");
    heading?.focus();
  }, [showFound, data]);

  const recorded = async (d: Decision) => {
    setMessage(t("decisions.recorded", { title: d.title }));
    await reload();
    void reloadHome();
  };

  const remove = async (d: Decision) => {
    if (!(await ask({ question: t("decisions.confirmDelete", { title: d.title }), danger: true }))) return;
    setError(null);
    try {
      await ok(client.DELETE("/api/networks/{networkId}/decisions/{decisionId}", { params: { path: { networkId, decisionId: d.id } } }));
      setMessage(t("decisions.deleted", { title: d.title }));
      await reload();
      void reloadHome();
    } catch (err) {
      setError(err);
    }
  };

  // The server lists the newest first; keep that order for equal dates and sort defensively by date.
  useHashTarget(Boolean(data), "decision-");
  const items = data ? [...data.items].sort((a, b) => b.decidedOn.localeCompare(a.decidedOn)) : null;

  return (
    <Page title={t("decisions.title")}>
      <p>{t("decisions.intro")}</p>

      <search>
        <form className="filters" onSubmit={find} noValidate>
          <TextField
            name="q"
            type="search"
            label={t("decisions.searchLabel")}
            hint={t("decisions.searchHint")}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <button type="submit" className="primary">
            {t("decisions.search")}
          </button>
        </form>
      </search>

      <div className="toolbar">
        <a className="button" href={`/api/networks/${networkId}/decisions/export${search}`} download>
          {applied ? t("decisions.exportFound") : t("decisions.exportAll")}
        </a>
        <a className="button" href={`/api/networks/${networkId}/decisions/export${search ? `${search}&` : "?"}format=xlsx`} download>
          {applied ? t("decisions.exportFoundXlsx") : t("decisions.exportAllXlsx")}
        </a>
        {applied ? (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setQuery("");
              setMessage(null);
              setParams({});
            }}
          >
            {t("decisions.clearSearch")}
          </button>
        ) : null}
      </div>

      {canRecord ? <RecordForm networkId={networkId} onRecorded={recorded} /> : null}

      <Section id="decisions-heading" title={applied ? t("decisions.foundHeading", { query: applied }) : t("decisions.listHeading")}>
        <FormError error={loadError ?? error} />
        {message ? <Status>{message}</Status> : null}
        {!items ? (
          <Loading />
        ) : (
          <>
            <Status>
              {items.length > 0
                ? t("decisions.found", { count: items.length })
                : applied
                  ? t("decisions.noneFound", { query: applied })
                  : t("decisions.none")}
            </Status>
            {items.length > 0 ? (
              <ul className="cards">
                {items.map((d) => (
                  <li key={d.id} className="card" id={`decision-${d.id}`}>
                    <h3>{d.title}</h3>
                    <p className="meta">
                      <time dateTime={d.decidedOn}>{formatDay(d.decidedOn)}</time>
                    </p>
                    <p className="prose">{d.body}</p>
                    <dl className="facts">
                      <dt>{t("decisions.column.rule")}</dt>
                      <dd>{t(`decisions.rule.${d.rule}`)}</dd>
                      <dt>{t("decisions.column.participants")}</dt>
                      <dd className="prose">{d.participants || t("common.notSet")}</dd>
                    </dl>
                    {d.pollId ? (
                      <p>
                        <Link to={`/networks/${networkId}/polls/${d.pollId}`}>
                          {t("polls.seePoll")}
                          <span className="visually-hidden"> {d.title}</span>
                        </Link>
                      </p>
                    ) : null}
                    {d.canDelete ? (
                      <button type="button" className="danger" onClick={() => void remove(d)}>
                        {t("decisions.delete")}
                        <span className="visually-hidden"> {d.title}</span>
                      </button>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </Section>
    </Page>
  );
}
