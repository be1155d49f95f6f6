import type { TFunction } from "i18next";
import { type Change, NETWORK_CHANGE_FIGURES } from "../domain/surveyChange.ts";
import { TRUST_DIMENSIONS } from "../domain/surveys.ts";
import type { Cell, Table } from "../domain/table.ts";
import type { RoundChange } from "./surveyChange.ts";

/**
 * The change between two rounds as tables for a spreadsheet, headed in the user's language and naming
 * each round by its title: exactly what the change's answer holds, so no more under group structure.
 */
export function changeTables(c: RoundChange, t: TFunction): Table[] {
  const inRound = (name: string, title: string) => t("surveys.change.export.inRound", { name, title });
  const trio = (name: string) => [inRound(name, c.from.title), inRound(name, c.to.title), t("surveys.change.export.changeOf", { name })];
  const values = (v: Change): Cell[] => [v.before, v.after, v.change];
  const dimension = (d: string) => t(`surveys.map.dimension.${d}`);

  const network: Table = {
    name: t("surveys.change.export.networkSheet"),
    headers: [t("surveys.change.export.figure"), c.from.title, c.to.title, t("surveys.change.export.change")],
    rows: [
      ...NETWORK_CHANGE_FIGURES.map((k) => [t(`surveys.change.figure.${k}`), ...values(c.network[k])]),
      ...TRUST_DIMENSIONS.map((d) => [dimension(d), ...values(c.trust[d])]),
    ],
  };
  const tables = [network];
  if (c.counts) {
    const counts = c.counts;
    tables.push({
      name: t("surveys.change.export.countsSheet"),
      headers: [t("surveys.change.export.what"), t("surveys.change.export.count")],
      rows: [
        [t("surveys.change.count.new"), counts.new],
        [t("surveys.change.count.lost"), counts.lost],
        [t("surveys.change.count.kept"), counts.kept],
        ...(["knowing", "frequency"] as const).flatMap((m) =>
          (["strengthened", "weakened", "unchanged"] as const).map((d): Cell[] => [t(`surveys.change.count.${m}.${d}`), counts[m][d]]),
        ),
      ],
    });
  }
  if (c.ties.length > 0) {
    tables.push({
      name: t("surveys.change.export.tiesSheet"),
      headers: [
        t("surveys.change.export.source"),
        t("surveys.change.export.target"),
        t("surveys.change.export.presence"),
        ...trio(dimension("knowing")),
        t("surveys.change.export.direction", { name: dimension("knowing") }),
        ...trio(dimension("frequency")),
        t("surveys.change.export.direction", { name: dimension("frequency") }),
      ],
      rows: c.ties.map((e) => [
        e.sourceLabel,
        e.targetLabel,
        t(`surveys.change.tiePresence.${e.presence}`),
        ...values(e.knowing),
        e.knowingDirection ? t(`surveys.change.direction.${e.knowingDirection}`) : null,
        ...values(e.frequency),
        e.frequencyDirection ? t(`surveys.change.direction.${e.frequencyDirection}`) : null,
      ]),
    });
  }
  if (c.nodes.length > 0) {
    const col = (k: string) => t(`surveys.health.col.${k}`);
    tables.push({
      name: t(`surveys.change.export.nodesSheet.${c.level}`),
      headers: [
        col("name"),
        col("organisation"),
        t("surveys.change.export.presence"),
        ...trio(col("inDegree")),
        ...trio(col("outDegree")),
        ...trio(col("betweenness")),
        ...trio(col("constraint")),
        inRound(col("broker"), c.from.title),
        inRound(col("broker"), c.to.title),
      ],
      rows: c.nodes.map((n) => [
        n.label,
        n.organisationName,
        t(`surveys.change.nodePresence.${n.presence}`),
        ...values(n.inDegree),
        ...values(n.outDegree),
        ...values(n.betweenness),
        ...values(n.constraint),
        n.broker.before,
        n.broker.after,
      ]),
    });
  }
  if (c.organisations.length > 0) {
    tables.push({
      name: t("surveys.change.export.organisationsSheet"),
      headers: [
        t("surveys.health.col.name"),
        t("surveys.health.col.kind"),
        t("surveys.change.export.presence"),
        ...trio(t("surveys.health.col.nodes")),
        ...trio(t("surveys.health.col.meanDegree")),
        ...trio(t("surveys.health.col.meanBetweenness")),
        ...TRUST_DIMENSIONS.flatMap((d) => trio(dimension(d))),
      ],
      rows: c.organisations.map((o) => [
        o.name,
        t(`orgKinds.${o.kind}`),
        t(`surveys.change.nodePresence.${o.presence}`),
        ...values(o.nodes),
        ...values(o.meanDegree),
        ...values(o.meanBetweenness),
        ...TRUST_DIMENSIONS.flatMap((d) => values(o.trust[d])),
      ]),
    });
  }
  return tables;
}
