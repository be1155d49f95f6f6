import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useConfirm } from "../../../components/ConfirmButton.tsx";
import { DataTable } from "../../../components/DataTable.tsx";
import { FormError } from "../../../components/Form.tsx";
import { formatDay } from "../../../i18n.ts";
import type { Indicator, Measurement } from "../types.ts";
import type { PageContext } from "./context.ts";
import { valueText } from "./format.ts";

/** The recorded values (a table) or answers in words (a list) of an indicator, each deletable by a coordinator or whoever recorded it. */
export function MeasurementList({
  ctx,
  indicator,
  onChanged,
}: {
  ctx: PageContext;
  indicator: Indicator;
  onChanged: (ind: Indicator) => void;
}) {
  const { t } = useTranslation();
  const ask = useConfirm();
  const [error, setError] = useState<unknown>(null);
  const headingId = `meas-${indicator.id}-heading`;
  const canDelete = (m: Measurement) => ctx.coordinator || (ctx.canEdit && m.createdBy !== null && m.createdBy === ctx.myName);
  const list = [...indicator.measurements].reverse();
  const who = (m: Measurement) => m.createdBy ?? t("evaluation.measurement.bySolmu");
  const sourceOf = (m: Measurement) => (m.computed ? t("evaluation.measurement.solmu") : m.source || t("common.notSet"));

  const remove = async (m: Measurement) => {
    if (!(await ask({ question: t("evaluation.measurement.confirmDelete", { date: formatDay(m.measuredOn) }), danger: true }))) return;
    setError(null);
    try {
      const ind = await ok(
        client.DELETE("/api/networks/{networkId}/indicators/{indicatorId}/measurements/{measurementId}", {
          params: { path: { networkId: ctx.networkId, indicatorId: indicator.id, measurementId: m.id } },
        }),
      );
      onChanged(ind);
      ctx.announce(t("evaluation.measurement.deleted", { date: formatDay(m.measuredOn) }), headingId);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 403 ? new ApiError(403, err.code, t("evaluation.measurement.forbidden")) : err);
    }
  };
  const deleteButton = (m: Measurement) =>
    canDelete(m) ? (
      <button type="button" className="danger ev-small" onClick={() => void remove(m)}>
        {t("evaluation.measurement.delete")}
        <span className="visually-hidden">: {t("evaluation.measurement.deleteWhich", { date: formatDay(m.measuredOn) })}</span>
      </button>
    ) : null;

  return (
    <div className="ev-measurements">
      <h5 id={headingId} tabIndex={-1}>
        {indicator.kind === "qualitative" ? t("evaluation.measurement.answersHeading") : t("evaluation.measurement.heading")}
      </h5>
      <FormError error={error} />
      {list.length === 0 ? (
        <p className="meta">
          {indicator.kind === "qualitative" ? t("evaluation.measurement.noAnswers") : t("evaluation.measurement.none")}
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
        <DataTable
          caption={t("evaluation.measurement.caption", { name: indicator.name })}
          captionHidden
          className="ev-table"
          columns={[
            t("evaluation.measurement.date"),
            t("evaluation.measurement.value"),
            t("evaluation.measurement.source"),
            t("evaluation.measurement.recordedBy"),
            { label: t("common.actions"), hidden: true },
          ]}
        >
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
        </DataTable>
      )}
    </div>
  );
}
