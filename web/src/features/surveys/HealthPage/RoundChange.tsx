import { type FormEvent, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DIRECTIONS, NETWORK_CHANGE_FIGURES, type NetworkChangeFigure } from "../../../../../src/domain/surveyChange.ts";
import { TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import { client, ok, type Schemas } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Section } from "../../../components/Page.tsx";
import { formatDay } from "../../../i18n.ts";
import type { RoundAnalysis, SurveyRound } from "../types.ts";
import { Delta } from "./Delta.tsx";
import { useFormats } from "./format.ts";
import { type Column, SortableTable } from "./SortableTable.tsx";

type Change = Schemas["SurveyChangeValue"];
type RoundChangeData = Schemas["SurveyRoundChange"];
type NodeChange = Schemas["SurveyNodeChange"];
type OrganisationChange = Schemas["SurveyOrganisationChange"];

/** Rounds this one can be compared with: earlier, closed, released and at the same level; the latest first. */
export function comparableRounds(rounds: SurveyRound[], round: SurveyRound, minGroupSize: number): SurveyRound[] {
  return rounds
    .filter(
      (r) =>
        r.id !== round.id &&
        r.level === round.level &&
        r.status === "closed" &&
        r.respondedCount >= minGroupSize &&
        r.opensOn <= round.opensOn,
    )
    .sort((a, b) => b.opensOn.localeCompare(a.opensOn) || b.closesOn.localeCompare(a.closesOn));
}

// Shares (0–1) are shown as percentages, counts as whole numbers.
const SHARES: NetworkChangeFigure[] = ["density", "reciprocity", "averageClustering", "betweennessCentralization"];

/** "Change since <round>" on the health dashboard (coordinators): what moved since an earlier comparable round. */
export function RoundChange({ networkId, analysis }: { networkId: string; analysis: RoundAnalysis }) {
  const { t } = useTranslation();
  const round = analysis.round;
  const min = analysis.minGroupSize;
  const list = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys", { params: { path: { networkId } } })),
    `rounds:${networkId}`,
  );
  const candidates = useMemo(() => comparableRounds(list.data?.items ?? [], round, min), [list.data, round, min]);
  const [applied, setApplied] = useState<string | null>(null);
  const compare = candidates.find((r) => r.id === applied) ?? candidates[0] ?? null;
  const [choice, setChoice] = useState<string>("");
  const change = useLoad(
    () =>
      ok(
        client.GET("/api/networks/{networkId}/surveys/{roundId}/change", {
          params: { path: { networkId, roundId: round.id }, query: { compare: compare?.id ?? "" } },
        }),
      ),
    compare ? `change:${networkId}:${round.id}:${compare.id}` : null,
  );
  // Two rounds opened on the same day run in the order they were made, so either may come first.
  const shows = (c: RoundChangeData, other: SurveyRound) =>
    [c.from.roundId, c.to.roundId].includes(other.id) && [c.from.roundId, c.to.roundId].includes(round.id);
  const data = change.data && compare && shows(change.data, compare) ? change.data : null;
  const go = (e: FormEvent) => {
    e.preventDefault();
    setApplied(choice || compare?.id || null);
  };

  if (list.error) return <FormError error={list.error} />;
  if (!list.data) return <Loading />;
  return (
    <Section
      id="change-heading"
      title={compare ? t("surveys.change.title", { title: compare.title }) : t("surveys.change.titleNone")}
      className="round-change"
    >
      <p className="hint">{t("surveys.change.intro", { min })}</p>
      {compare ? (
        <form className="round-picker" onSubmit={go}>
          <label htmlFor="change-round">{t("surveys.change.compareWith")}</label>
          <select id="change-round" value={choice || compare.id} onChange={(e) => setChoice(e.target.value)}>
            {candidates.map((r) => (
              <option key={r.id} value={r.id}>
                {t("surveys.health.roundOption", { title: r.title, closes: formatDay(r.closesOn) })}
              </option>
            ))}
          </select>
          <button type="submit">{t("surveys.change.show")}</button>
        </form>
      ) : (
        <p>{t("surveys.change.none", { min })}</p>
      )}
      {change.error ? <FormError error={change.error} /> : null}
      {compare && !data && !change.error ? <Loading /> : null}
      {data ? <ChangeBody data={data} networkId={networkId} /> : null}
    </Section>
  );
}

function ChangeBody({ data, networkId }: { data: RoundChangeData; networkId: string }) {
  const { t } = useTranslation();
  const f = useFormats();
  const figureFormat = (k: NetworkChangeFigure) => (SHARES.includes(k) ? f.pct1 : f.int);
  const exportUrl = (format: "csv" | "xlsx") =>
    `/api/networks/${networkId}/surveys/${data.to.roundId}/change/export?compare=${encodeURIComponent(data.from.roundId)}&format=${format}`;
  const counts = data.counts;
  return (
    <>
      <p className="meta">
        {t("surveys.change.fromTo", {
          from: data.from.title,
          fromDay: formatDay(data.from.closesOn),
          to: data.to.title,
          toDay: formatDay(data.to.closesOn),
        })}
      </p>
      {data.tiesVisibility === "groups" ? <p className="notice">{t("surveys.change.groups", { min: data.minGroupSize })}</p> : null}
      {!data.tiesComparable ? <p className="notice">{t("surveys.change.notComparable")}</p> : null}
      {counts ? (
        <>
          <h3>{t("surveys.change.tiesTitle")}</h3>
          <dl className="change-counts">
            {(["new", "lost", "kept"] as const).map((k) => (
              <div key={k}>
                <dt>{t(`surveys.change.count.${k}`)}</dt>
                <dd>{f.int(counts[k])}</dd>
              </div>
            ))}
            {(["knowing", "frequency"] as const).flatMap((m) =>
              DIRECTIONS.filter((d) => d !== "unchanged").map((d) => (
                <div key={`${m}-${d}`}>
                  <dt>{t(`surveys.change.count.${m}.${d}`)}</dt>
                  <dd>{f.int(counts[m][d])}</dd>
                </div>
              )),
            )}
          </dl>
          <p className="hint">{t("surveys.change.countsHint")}</p>
        </>
      ) : null}
      <h3>{t("surveys.change.networkTitle")}</h3>
      <DataTable
        caption={t("surveys.change.networkCaption")}
        className="compact"
        columns={[
          t("surveys.change.col.figure"),
          { label: data.from.title, numeric: true },
          { label: data.to.title, numeric: true },
          { label: t("surveys.change.col.change"), numeric: true },
        ]}
      >
        {NETWORK_CHANGE_FIGURES.map((k) => (
          <FigureRow key={k} label={t(`surveys.change.figure.${k}`)} c={data.network[k]} format={figureFormat(k)} since={data.from.title} />
        ))}
        {TRUST_DIMENSIONS.map((d) => (
          <FigureRow key={d} label={t(`surveys.map.dimension.${d}`)} c={data.trust[d]} format={f.one} since={data.from.title} released />
        ))}
      </DataTable>
      {data.nodes.length > 0 ? <NodeTable data={data} /> : null}
      {data.organisations.length > 0 ? <OrganisationTable data={data} /> : null}
      <h3>{t("surveys.change.downloadTitle")}</h3>
      <ul className="map-exports">
        <li>
          <a href={exportUrl("csv")} download>
            {t("surveys.change.downloadCsv")}
          </a>
        </li>
        <li>
          <a href={exportUrl("xlsx")} download>
            {t("surveys.change.downloadXlsx")}
          </a>
        </li>
      </ul>
    </>
  );
}

/** One figure in both rounds; a trust value the round did not release says so rather than a bare dash. */
function FigureRow({
  label,
  c,
  format,
  since,
  released = false,
}: {
  label: string;
  c: Change;
  format: (n: number) => string;
  since: string;
  released?: boolean;
}) {
  const { t } = useTranslation();
  const missing = released ? t("surveys.change.notReleasedShort") : "–";
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{c.before === null ? missing : format(c.before)}</td>
      <td className="num">{c.after === null ? missing : format(c.after)}</td>
      <td className="num">{c.change === null ? "–" : <Delta diff={c.change} format={format} round={since} better="neither" />}</td>
    </tr>
  );
}

/** "before → after", or the one side there is. */
function useFromTo() {
  const { t } = useTranslation();
  return useCallback(
    (c: Change, format: (n: number) => string) =>
      c.before !== null && c.after !== null
        ? t("surveys.change.value", { before: format(c.before), after: format(c.after) })
        : c.after !== null
          ? format(c.after)
          : c.before !== null
            ? format(c.before)
            : "–",
    [t],
  );
}

function NodeTable({ data }: { data: RoundChangeData }) {
  const { t } = useTranslation();
  const f = useFormats();
  const fromTo = useFromTo();
  const columns = useMemo<Column<NodeChange>[]>(() => {
    const figure = (key: "inDegree" | "outDegree" | "betweenness", format: (n: number) => string): Column<NodeChange> => ({
      key,
      label: t(`surveys.health.col.${key}`),
      value: (n) => n[key].change,
      render: (n) => fromTo(n[key], format),
      numeric: true,
    });
    const broker = (n: NodeChange) =>
      n.broker.change === "unchanged" ? (n.broker.after ? "kept" : "none") : n.broker.change === null ? "none" : n.broker.change;
    return [
      { key: "name", label: t("surveys.health.col.name"), value: (n) => n.label, render: (n) => n.label },
      {
        key: "organisation",
        label: t("surveys.health.col.organisation"),
        value: (n) => n.organisationName,
        render: (n) => n.organisationName ?? "–",
      },
      {
        key: "presence",
        label: t("surveys.change.col.presence"),
        value: (n) => t(`surveys.change.nodePresence.${n.presence}`),
        render: (n) => t(`surveys.change.nodePresence.${n.presence}`),
      },
      figure("inDegree", f.int),
      figure("outDegree", f.int),
      figure("betweenness", f.pct1),
      {
        key: "broker",
        label: t("surveys.change.col.brokerChange"),
        value: (n) => t(`surveys.change.brokerChange.${broker(n)}`),
        render: (n) => t(`surveys.change.brokerChange.${broker(n)}`),
      },
    ];
  }, [t, f, fromTo]);
  return (
    <>
      <h3>{t(`surveys.change.nodesTitle.${data.level}`)}</h3>
      <p className="hint">{t("surveys.change.nodesHint")}</p>
      <SortableTable caption={t(`surveys.change.nodesCaption.${data.level}`)} columns={columns} rows={data.nodes} rowKey={(n) => n.id} />
    </>
  );
}

function OrganisationTable({ data }: { data: RoundChangeData }) {
  const { t } = useTranslation();
  const f = useFormats();
  const fromTo = useFromTo();
  const columns = useMemo<Column<OrganisationChange>[]>(
    () => [
      { key: "name", label: t("surveys.health.col.name"), value: (o) => o.name, render: (o) => o.name },
      {
        key: "presence",
        label: t("surveys.change.col.presence"),
        value: (o) => t(`surveys.change.nodePresence.${o.presence}`),
        render: (o) => t(`surveys.change.nodePresence.${o.presence}`),
      },
      ...(
        [
          ["nodes", f.int],
          ["meanDegree", f.one],
          ["meanBetweenness", f.pct1],
        ] as const
      ).map(([key, format]) => ({
        key,
        label: t(`surveys.health.col.${key}`),
        value: (o: OrganisationChange) => o[key].change,
        render: (o: OrganisationChange) => fromTo(o[key], format),
        numeric: true,
      })),
      ...TRUST_DIMENSIONS.map((d) => ({
        key: d,
        label: t(`surveys.map.dimension.${d}`),
        value: (o: OrganisationChange) => o.trust[d].change,
        render: (o: OrganisationChange) => fromTo(o.trust[d], f.one),
        numeric: true,
      })),
    ],
    [t, f, fromTo],
  );
  return (
    <>
      <h3>{t("surveys.change.organisationsTitle")}</h3>
      <p className="hint">{t("surveys.change.organisationsHint", { min: data.minGroupSize })}</p>
      <SortableTable caption={t("surveys.change.organisationsCaption")} columns={columns} rows={data.organisations} rowKey={(o) => o.id} />
    </>
  );
}
