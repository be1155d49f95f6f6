import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { ChartImage } from "../../../components/ChartImage.tsx";
import { DataTable } from "../../../components/DataTable.tsx";
import { Section } from "../../../components/Page.tsx";
import { formatNumber } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { Rate, Rates } from "./types.ts";

function usePercent() {
  const { i18n } = useTranslation();
  return (rate: number) => new Intl.NumberFormat(intlLocale(i18n.language), { style: "percent", maximumFractionDigits: 0 }).format(rate);
}

function RateBar({ rate, label }: { rate: number; label: string }) {
  const width = Math.max(0, Math.min(100, Math.round(rate * 100)));
  return (
    <ChartImage title={label} width="100%" height="20" viewBox="0 0 100 10" preserveAspectRatio="none">
      <rect x="0" y="0" width="100" height="10" fill="#eef4f3" stroke="#4a555c" strokeWidth="0.5" vectorEffect="non-scaling-stroke" />
      <rect x="0" y="0" width={width} height="10" fill="#0b5c55" />
    </ChartImage>
  );
}

function RateCounts({ rate }: { rate: Rate }) {
  const { t } = useTranslation();
  return (
    <ul className="plain">
      <li>{t("promises.rates.total", { count: rate.total })}</li>
      <li>{t("promises.rates.keptOnTime", { count: rate.keptOnTime })}</li>
      <li>{t("promises.rates.keptLate", { count: rate.keptLate })}</li>
      <li>{t("promises.rates.renegotiated", { count: rate.renegotiated })}</li>
      <li>{t("promises.rates.notKept", { count: rate.notKept })}</li>
      <li>
        {t("promises.rates.open", { count: rate.open })}
        {rate.overdue > 0 ? ` ${t("promises.rates.openOverdue", { count: rate.overdue })}` : ""}
      </li>
    </ul>
  );
}

function RateTable({ caption, nameHeader, rows }: { caption: string; nameHeader: string; rows: Rates["people"] }) {
  const { t } = useTranslation();
  const percent = usePercent();
  return (
    <DataTable
      caption={caption}
      captionHidden
      columns={[
        nameHeader,
        t("promises.rates.col.rate"),
        t("promises.rates.col.total"),
        t("promises.rates.col.keptOnTime"),
        t("promises.rates.col.keptLate"),
        t("promises.rates.col.renegotiated"),
        t("promises.rates.col.notKept"),
        t("promises.rates.col.open"),
      ]}
    >
      {rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">{r.name}</th>
          <td>{r.rate.rate === null ? t("promises.rates.noRate") : percent(r.rate.rate)}</td>
          <td>{formatNumber(r.rate.total)}</td>
          <td>{formatNumber(r.rate.keptOnTime)}</td>
          <td>{formatNumber(r.rate.keptLate)}</td>
          <td>{formatNumber(r.rate.renegotiated)}</td>
          <td>{formatNumber(r.rate.notKept)}</td>
          <td>
            {formatNumber(r.rate.open)}
            {r.rate.overdue > 0 ? ` ${t("promises.rates.openOverdue", { count: r.rate.overdue })}` : ""}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

function FactorList({ items }: { items: Rates["factors"]["barriers"] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p>{t("promises.rates.noFactors")}</p>;
  return (
    <ul>
      {[...items]
        .sort((a, b) => b.count - a.count)
        .map((f) => (
          <li key={f.factor}>{t("promises.rates.factorCount", { factor: t(`promises.factor.${f.factor}`), count: f.count })}</li>
        ))}
    </ul>
  );
}

/** The keeping rates of the cycle: the network's, each organisation's and person's, and the factors named. */
export function RatesPanel({ rates }: { rates: Rates }) {
  const { t } = useTranslation();
  const { coordinator } = useNetwork();
  const percent = usePercent();
  const n = rates.network;
  return (
    <Section id="rates-heading" className="panel" title={t("promises.rates.heading")}>
      <p className="hint">{t("promises.rates.help")}</p>
      {n.rate === null ? (
        <p>{t("promises.rates.noneYet")}</p>
      ) : (
        <>
          <p className="strong">{t("promises.rates.network", { percent: percent(n.rate) })}</p>
          <RateBar rate={n.rate} label={t("promises.rates.barLabel", { percent: percent(n.rate) })} />
        </>
      )}
      <RateCounts rate={n} />
      <h3>{t("promises.rates.organisations")}</h3>
      {rates.organisations.length === 0 ? (
        <p>{t("promises.rates.noOrganisations")}</p>
      ) : (
        <RateTable
          caption={t("promises.rates.organisations")}
          nameHeader={t("promises.rates.col.organisation")}
          rows={rates.organisations}
        />
      )}
      <h3>{coordinator ? t("promises.rates.people") : t("promises.rates.own")}</h3>
      {rates.people.length === 0 ? (
        <p>{t("promises.rates.noPeople")}</p>
      ) : (
        <RateTable
          caption={coordinator ? t("promises.rates.people") : t("promises.rates.own")}
          nameHeader={t("promises.rates.col.person")}
          rows={rates.people}
        />
      )}
      <h3>{t("promises.rates.factorsHeading")}</h3>
      <p className="hint">{t("promises.rates.factorsHelp")}</p>
      <h4>{t("promises.rates.barriers")}</h4>
      <FactorList items={rates.factors.barriers} />
      <h4>{t("promises.rates.enablers")}</h4>
      <FactorList items={rates.factors.enablers} />
    </Section>
  );
}
