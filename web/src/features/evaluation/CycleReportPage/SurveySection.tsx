import { useTranslation } from "react-i18next";
import { TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import type { CycleReport } from "../types.ts";
import { MapChart } from "./MapChart.tsx";
import { TableFrame } from "./pieces.tsx";
import { useFormats } from "./useFormats.ts";

export function SurveySection({ report }: { report: CycleReport }) {
  const { t } = useTranslation();
  const f = useFormats();
  const s = report.survey;
  const map = s?.map && s.map.groups.length > 0 ? s.map : null;
  const groupLabel = (id: number) => t("report.groupShort", { id });
  return (
    <section className="report-part" aria-labelledby="report-survey">
      <h2 id="report-survey">{t("report.survey")}</h2>
      {!s ? (
        <p>{t("report.noSurvey", { min: report.minGroupSize })}</p>
      ) : (
        <>
          <p>{t("report.surveyIntro", { title: s.title, count: s.respondents })}</p>
          <TableFrame caption={t("report.coreElements")} className="report-narrow-table">
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
          </TableFrame>
          {map ? (
            <div className="report-map-part">
              <h3>{t("report.map")}</h3>
              <p>{t("report.mapSummary", { groups: map.groups.length, hidden: map.hiddenPeople })}</p>
              <div className="report-map-layout">
                <MapChart map={map} label={t("report.mapChart", { groups: map.groups.length })} />
                <div className="report-map-text">
                  <TableFrame caption={t("report.mapTable")} className="report-narrow-table">
                    <thead>
                      <tr>
                        <th scope="col">{t("report.group")}</th>
                        <th scope="col" className="num">
                          {t("report.people")}
                        </th>
                        <th scope="col" className="num">
                          {t("report.tiesWithin")}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {map.groups.map((g) => (
                        <tr key={g.id}>
                          <th scope="row">{groupLabel(g.id)}</th>
                          <td className="num">{g.size}</td>
                          <td className="num">{map.links.find((l) => l.source === g.id && l.target === g.id)?.ties ?? 0}</td>
                        </tr>
                      ))}
                    </tbody>
                  </TableFrame>
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
    </section>
  );
}
