import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../../components/Form.tsx";
import { Loading } from "../../../components/Page.tsx";
import { formatDay } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { ChangeForm } from "./ChangeForm.tsx";
import { HistoryList } from "./HistoryList.tsx";
import { CHANGES, type Change, type Goal, type PromiseItem } from "./types.ts";
import { usePromiseHistory } from "./usePromiseHistory.ts";

function StateBadges({ promise }: { promise: PromiseItem }) {
  const { t } = useTranslation();
  return (
    <p className="meta">
      <span className="badge quiet">{t(`promises.state.${promise.state}`)}</span>
      {promise.overdue ? (
        <>
          {" "}
          <span className="badge warn">{t("promises.overdue")}</span>
        </>
      ) : null}
    </p>
  );
}

/** One promise: what, by when, by and to whom; its owner's actions and its history. */
export function PromiseCard({
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
  const { history, setHistory, historyError, loadHistory } = usePromiseHistory(home.network.id, promise.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const goal = promise.goalId ? goals.find((g) => g.id === promise.goalId) : undefined;
  const toWhom = promise.to.kind === "network" ? t("promises.toNetwork") : (promise.to.name ?? t("promises.formerMember"));
  const promiser = promise.promiser?.name ?? t("promises.formerMember");
  return (
    <li className="card" id={anchor ? `promise-${promise.id}` : undefined} tabIndex={anchor ? -1 : undefined}>
      <h3 ref={heading} tabIndex={-1} className="prose">
        {promise.text}
      </h3>
      <StateBadges promise={promise} />
      <dl className="facts">
        <dt>{t("promises.dueOn")}</dt>
        <dd>
          <time dateTime={promise.dueOn}>{formatDay(promise.dueOn)}</time>
          {promise.renegotiations > 0 ? ` (${t("promises.renegotiations", { count: promise.renegotiations })})` : ""}
        </dd>
        {promise.closedOn ? (
          <>
            <dt>{t("promises.closedOn")}</dt>
            <dd>
              <time dateTime={promise.closedOn}>{formatDay(promise.closedOn)}</time>
            </dd>
          </>
        ) : null}
        <dt>{t("promises.promiser")}</dt>
        <dd>{promise.onBehalfOf ? t("promises.onBehalfOf", { name: promiser, organisation: promise.onBehalfOf.name }) : promiser}</dd>
        <dt>{t("promises.to")}</dt>
        <dd>{toWhom}</dd>
        {goal ? (
          <>
            <dt>{t("promises.goal")}</dt>
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
              {t(`promises.action.${c}`)}
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
            onChanged(t(`promises.change.${action}.done`, { text: d.text }));
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
          {t("promises.history.show")}
          <span className="visually-hidden">: {promise.text}</span>
        </summary>
        <FormError error={historyError} />
        {history ? <HistoryList history={history} /> : historyError ? null : <Loading />}
      </details>
    </li>
  );
}

export function PromiseList({
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
