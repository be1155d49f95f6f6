import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/DataTable.tsx";
import { Section } from "../../../components/Page.tsx";
import type { RoundAnalysis } from "../types.ts";
import { useFormats } from "./format.ts";

const COLUMNS = ["group", "size", "external", "internal", "index"] as const;

/** Whether ties stay inside organisations, kinds of organisation and communities or reach across them (E-I index). */
export function Homophily({ analysis }: { analysis: RoundAnalysis }) {
  const { t } = useTranslation();
  const f = useFormats();
  const index = (x: number | null) => (x === null ? "–" : f.two(x));
  if (analysis.homophily.length === 0) return null;
  const individual = analysis.nodes.length > 0;
  return (
    <Section id="homophily-heading" title={t("surveys.health.homophilyTitle")}>
      <p className="hint">{t("surveys.health.homophilyIntro")}</p>
      {analysis.homophily.map((h) => {
        const by = t(`surveys.health.homophilyBy.${h.by}`);
        return (
          <div key={h.by}>
            <h3>{by}</h3>
            {h.network.index === null ? (
              <p>{t("surveys.health.homophilyNone")}</p>
            ) : (
              <p>
                {t("surveys.health.homophilyNetwork", {
                  index: index(h.network.index),
                  expected: index(h.network.expected),
                  external: f.int(h.network.external),
                  internal: f.int(h.network.internal),
                })}
              </p>
            )}
            {h.groups.length > 0 ? (
              <DataTable
                caption={t("surveys.health.homophilyCaption", { by: by.toLowerCase() })}
                className="compact"
                columns={COLUMNS.map((c) => ({ key: c, label: t(`surveys.health.homophilyCol.${c}`), numeric: c !== "group" }))}
              >
                {[...h.groups]
                  .sort((a, b) => b.size - a.size)
                  .map((g) => (
                    <tr key={g.name}>
                      <th scope="row">{groupName(h.by, g.name, t)}</th>
                      <td className="num">{f.int(g.size)}</td>
                      <td className="num">{f.int(g.external)}</td>
                      <td className="num">{f.int(g.internal)}</td>
                      <td className="num">{index(g.index)}</td>
                    </tr>
                  ))}
              </DataTable>
            ) : null}
            {!individual ? <p className="hint">{t("surveys.health.homophilyHiddenGroups", { min: analysis.minGroupSize })}</p> : null}
          </div>
        );
      })}
    </Section>
  );
}

/** A group's name for people: kinds are translated, communities numbered as elsewhere on the page. */
function groupName(by: string, name: string, t: (key: string, o?: Record<string, unknown>) => string) {
  if (by === "kind") return t(`orgKinds.${name}`);
  if (by === "community") return t("surveys.health.communityName", { n: name });
  return name;
}
