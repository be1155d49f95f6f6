import { useTranslation } from "react-i18next";
import { VALUE_ITEMS } from "../../../../../src/domain/resources.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import { Section } from "../../../components/Page.tsx";
import { formatNumber } from "../../../i18n.ts";
import { BarList } from "../charts.tsx";
import type { RoundAnalysis, RoundResults } from "../types.ts";
import { figureText, useFormats } from "./format.ts";

/**
 * What the organisations bring and how valuable partners are (issue #20 point 6): the value items for everyone, how many
 * organisations bring each resource and what each brings; coordinators also see the value each organisation receives.
 */
export function Resources({ results, analysis }: { results: RoundResults; analysis: RoundAnalysis | null }) {
  const { t } = useTranslation();
  const f = useFormats();
  const r = results.resources;
  if (!r) return null;
  const resource = (code: string) => t(`resourceKinds.${code}`);
  const valued = (analysis?.organisations ?? []).filter((o) => o.value);
  const mean = (v: number | null) => (v === null ? t("surveys.health.noValue") : f.one(v));
  return (
    <Section id="resources-heading" title={t("surveys.health.resources.title")}>
      <p>{t("surveys.health.resources.intro", { min: formatNumber(results.minGroupSize) })}</p>
      <DataTable
        caption={t("surveys.health.resources.valuesCaption")}
        columns={[t("surveys.health.resources.item"), t("surveys.health.resources.mean"), t("surveys.health.resources.raters")]}
      >
        {VALUE_ITEMS.map((item) => (
          <tr key={item}>
            <th scope="row">{t(`surveys.scale.valueItem.${item}.name`)}</th>
            <td>{figureText(t, r.values[item], f.one)}</td>
            <td>{f.int(r.values[item].raters)}</td>
          </tr>
        ))}
      </DataTable>
      <h3>{t("surveys.health.resources.coverageCaption")}</h3>
      <BarList items={r.coverage.map((c) => ({ key: c.resource, label: resource(c.resource), count: c.organisations }))} />
      {r.organisations.length > 0 ? (
        <>
          <DataTable
            caption={t("surveys.health.resources.byOrganisationCaption")}
            columns={[
              t("surveys.health.resources.organisation"),
              t("surveys.health.resources.respondents"),
              t("surveys.health.resources.brings"),
            ]}
          >
            {r.organisations.map((o) => (
              <tr key={o.organisationId}>
                <th scope="row">{o.name}</th>
                <td>{f.int(o.respondents)}</td>
                <td>
                  {o.resources
                    .map((x) =>
                      x.count === null
                        ? resource(x.resource)
                        : t("surveys.health.resources.named", { resource: resource(x.resource), count: x.count }),
                    )
                    .join(", ") || t("surveys.health.resources.nobody")}
                </td>
              </tr>
            ))}
          </DataTable>
          {results.round.level === "person" ? (
            <p className="hint">{t("surveys.health.resources.countsHidden", { min: formatNumber(results.minGroupSize) })}</p>
          ) : null}
        </>
      ) : null}
      {valued.length > 0 ? (
        <DataTable
          caption={t("surveys.health.resources.receivedCaption")}
          columns={[
            t("surveys.health.resources.organisation"),
            ...VALUE_ITEMS.map((item) => t(`surveys.scale.valueItem.${item}.name`)),
            t("surveys.health.resources.raters"),
          ]}
        >
          {valued.map((o) => (
            <tr key={o.id}>
              <th scope="row">{o.name}</th>
              {VALUE_ITEMS.map((item) => (
                <td key={item}>{mean(o.value?.[item] ?? null)}</td>
              ))}
              <td>{f.int(o.value?.raters ?? 0)}</td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </Section>
  );
}
