import { useTranslation } from "react-i18next";
import { TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import { Section } from "../../../components/Page.tsx";
import type { CycleReport } from "../types.ts";
import { MapChart } from "./MapChart.tsx";
import { ReportTable } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function SurveySection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const s = report.survey;
  const map = s?.map && s.map.groups.length > 0 ? s.map : null;
  const groupLabel = (id: number) => t("report.groupShort", { id });
  return (
    <Section id="report-survey" className="report-part" title={t("report.survey")}>
      {!s ? (
        <p>{t("report.noSurvey", { min: report.minGroupSize })}</p>
      ) : (
        <>
          <p>{t("report.surveyIntro", { title: s.title, count: s.respondents })}</p>
          <ReportTable caption={t("report.coreElements")} className="report-narrow-table">
            <tbody>
              <tr>
                <th scope="row">{t("report.knowing")}</th>
                <td className="num">{f.num(s.knowing)}</td>
              </tr>
              {TRUST_DIMENSIONS.map((d) => (
                <tr key={d}>
                  <th scope="row">{t(`surveys.health.dimension.${d}`)}</th>
                  <td className="num">{f.num(s.trust[d])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t("evaluation.source.average_trust")}</th>
                <td className="num">{f.num(s.averageTrust)}</td>
              </tr>
              <tr>
                <th scope="row">{t("report.commitment")}</th>
                <td className="num">{f.num(s.commitment)}</td>
              </tr>
              {s.graph ? (
                <tr>
                  <th scope="row">{t("evaluation.source.density")}</th>
                  <td className="num">{f.pct1(s.graph.density)}</td>
                </tr>
              ) : null}
            </tbody>
          </ReportTable>
          {map ? (
            <div className="report-map-part">
              <h3>{t("report.map")}</h3>
              <p>{t("report.mapSummary", { groups: map.groups.length, hidden: map.hiddenPeople })}</p>
              <div className="report-map-layout">
                <MapChart map={map} label={t("report.mapChart", { groups: map.groups.length })} />
                <div className="report-map-text">
                  <ReportTable
                    caption={t("report.mapTable")}
                    className="report-narrow-table"
                    columns={[
                      t("report.group"),
                      { label: t("report.people"), numeric: true },
                      { label: t("report.tiesWithin"), numeric: true },
                    ]}
                  >
                    {map.groups.map((g) => (
                      <tr key={g.id}>
                        <th scope="row">{groupLabel(g.id)}</th>
                        <td className="num">{g.size}</td>
                        <td className="num">{map.links.find((l) => l.source === g.id && l.target === g.id)?.ties ?? 0}</td>
                      </tr>
                    ))}
                  </ReportTable>
                  {map.links.some((l) => l.source !== l.target) ? (
                    <>
                      <h4>{t("report.tiesBetweenGroups")}</h4>
                      <ul className="report-ties">
                        {map.links
                          .filter((l) => l.source !== l.target)
                          .map((l) => (
                            <li key={`${l.source}-${l.target}`}>{t("report.tiesBetween", { a: l.source, b: l.target, count: l.ties })}</li>
                          ))}
                      </ul>
                    </>
                  ) : null}
                </div>
              </div>
            </div>
          ) : null}
        </>
      )}
    </Section>
  );
}
