import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ACTIVITY_MODES, type ActivityMode } from "../../../../src/domain/meetings.ts";
import { ApiError, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { Loaded, Page, Section } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { formatDate, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./board.css";
import { intlLocale } from "../../../../src/domain/format.ts";
import { ChartImage } from "../../components/ChartImage.tsx";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import type { ActivityList } from "./types.ts";

/** A mode as a badge; the colour repeats the text and is never the only cue. */
function ActivityModeBadge({ mode }: { mode: ActivityMode }) {
  const { t } = useTranslation();
  return <span className={`badge activity-mode activity-${mode}`}>{t(`meetings.activities.mode.${mode}`)}</span>;
}

/** Side by side against together as one two-part bar, with the same numbers in words beside it. */
function BalanceBar({ balance }: { balance: ActivityList["balance"] }) {
  const { t, i18n } = useTranslation();
  const total = balance.sideBySide + balance.together;
  if (total === 0) return <p>{t("meetings.activities.balance.none")}</p>;
  const side = (balance.sideBySide / total) * 100;
  const summary = t("meetings.activities.balance.summary", {
    sideBySide: formatNumber(balance.sideBySide),
    together: formatNumber(balance.together),
  });
  const percent = new Intl.NumberFormat(intlLocale(i18n.language), { style: "percent", maximumFractionDigits: 0 }).format(
    balance.together / total,
  );
  return (
    <>
      <p className="strong">{summary}</p>
      <ChartImage title={summary} className="balance-bar" width="100%" height="28" viewBox="0 0 100 10" preserveAspectRatio="none">
        <rect x="0" y="0" width={side} height="10" fill="#b35900" />
        <rect x={side} y="0" width={100 - side} height="10" fill="#0b5c55" />
        {side > 0 && side < 100 ? (
          <line x1={side} y1="0" x2={side} y2="10" stroke="#fff" strokeWidth="2" vectorEffect="non-scaling-stroke" />
        ) : null}
      </ChartImage>
      <ul className="balance-legend">
        {ACTIVITY_MODES.map((mode) => (
          <li key={mode}>
            <span className={`swatch swatch-${mode}`} aria-hidden="true" />
            {t(`meetings.activities.mode.${mode}`)}: {formatNumber(mode === "together" ? balance.together : balance.sideBySide)}
          </li>
        ))}
      </ul>
      <p className="meta">{t("meetings.activities.balance.togetherShare", { percent })}</p>
    </>
  );
}

const emptyActivity = { title: "", description: "", mode: "" as ActivityMode | "" };

/** Records an activity or project, marked as done side by side or together. */
function ActivityForm({ networkId, onAdded }: { networkId: string; onAdded: (list: ActivityList, title: string) => void }) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  const { draft, setDraft, set, field } = useDraft(emptyActivity, { error });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Ask for the way of working before the server does, in plain words.
    const missing: Record<string, string> = {};
    if (!draft.title.trim()) missing.title = t("validation.required");
    if (!draft.mode) missing.mode = t("meetings.activities.form.modeRequired");
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/activities", {
            params: { path: { networkId } },
            // Without a mode the save stops at the problems above.
            body: { ...draft, mode: draft.mode as ActivityMode },
          }),
        ),
      {
        problems: missing,
        saved: (list) => {
          setDraft(emptyActivity);
          onAdded(list, draft.title.trim());
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField
        {...field("title")}
        label={t("meetings.activities.form.title")}
        hint={t("meetings.activities.form.titleHint")}
        required
        maxLength={200}
      />
      <TextArea {...field("description")} label={t("meetings.activities.form.description")} maxLength={2000} rows={3} />
      <RadioGroup
        name="mode"
        legend={t("meetings.activities.form.mode")}
        options={ACTIVITY_MODES.map((m) => ({ value: m, label: t(`meetings.activities.form.modeOption.${m}`) }))}
        value={draft.mode || undefined}
        onChange={(v) => set("mode", v as ActivityMode)}
        error={error instanceof ApiError ? error.fields.mode : undefined}
      />
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {t("meetings.activities.form.submit")}
      </button>
    </form>
  );
}

/**
 * The network's activities and projects in the current cycle, each done side by side (every organisation on its
 * own, sharing information) or together (joint work), and the balance between the two.
 */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const ask = useConfirm();
  const { home, networkId } = useNetwork();
  const { data, error, reload, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/activities", { params: { path: { networkId } } })),
    `activities:${networkId}`,
  );
  const [message, setMessage] = useState<string | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const canAdd = home.role !== "observer";

  const remove = async (item: ActivityList["items"][number]) => {
    if (!(await ask({ question: t("meetings.activities.confirmDelete", { title: item.title }), danger: true }))) return;
    setDeleteError(null);
    try {
      await ok(
        client.DELETE("/api/networks/{networkId}/activities/{activityId}", { params: { path: { networkId, activityId: item.id } } }),
      );
      await reload();
      setMessage(t("meetings.activities.deleted", { title: item.title }));
      // The button is gone with its activity: keep the keyboard user in the list.
      listHeading.current?.focus();
    } catch (err) {
      setDeleteError(err);
    }
  };

  return (
    <Page title={t("meetings.activities.title")}>
      <p>{t("meetings.activities.intro")}</p>
      <dl className="facts activity-modes">
        <dt>{t("meetings.activities.mode.side_by_side")}</dt>
        <dd>{t("meetings.activities.explain.side_by_side")}</dd>
        <dt>{t("meetings.activities.mode.together")}</dt>
        <dd>{t("meetings.activities.explain.together")}</dd>
      </dl>
      <p className="hint">{t("meetings.activities.explain.both")}</p>
      <p className="status" role="status">
        {message}
      </p>
      <Loaded data={data} error={error}>
        {(data) => (
          <>
            <Section id="balance-heading" className="panel" title={t("meetings.activities.balance.heading")}>
              {data.cycleId ? null : <p className="hint">{t("meetings.activities.noCycle")}</p>}
              <BalanceBar balance={data.balance} />
            </Section>

            <section aria-labelledby="activities-heading" className="panel">
              <h2 id="activities-heading" ref={listHeading} tabIndex={-1}>
                {t("meetings.activities.list.heading")}
              </h2>
              <FormError error={deleteError} />
              {data.items.length === 0 ? (
                <p>{t("meetings.activities.list.none")}</p>
              ) : (
                <ul className="cards">
                  {data.items.map((a) => (
                    <li key={a.id} className="card">
                      <h3>{a.title}</h3>
                      <p>
                        <ActivityModeBadge mode={a.mode} />
                      </p>
                      {a.description ? <p className="prose">{a.description}</p> : null}
                      <p className="meta">
                        {t("meetings.activities.list.recorded", { date: formatDate(a.createdAt) })}
                        {a.meetingId ? (
                          <>
                            {" · "}
                            <Link to={`/networks/${networkId}/meetings/${a.meetingId}`}>{t("meetings.activities.list.meeting")}</Link>
                          </>
                        ) : null}
                      </p>
                      {a.canDelete ? (
                        <p>
                          <button type="button" className="danger" onClick={() => void remove(a)}>
                            {t("meetings.activities.list.delete")}
                            <span className="visually-hidden">: {a.title}</span>
                          </button>
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            {canAdd ? (
              <Section id="add-activity-heading" className="panel" title={t("meetings.activities.form.heading")}>
                <ActivityForm
                  networkId={networkId}
                  onAdded={(list, title) => {
                    setData(list);
                    setMessage(t("meetings.activities.form.done", { title }));
                  }}
                />
              </Section>
            ) : null}
          </>
        )}
      </Loaded>
    </Page>
  );
}
