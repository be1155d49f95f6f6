import { Fragment, type RefObject, useId } from "react";
import { useTranslation } from "react-i18next";
import { BROKERAGE_ROLES } from "../../../../../src/domain/sna/groups.ts";
import { TRUST_DIMENSIONS } from "../../../../../src/domain/surveys.ts";
import { isKnownKind, type MapGraph } from "../mapGraph.ts";
import type { MapNode } from "../types.ts";

/** The chosen node: its figures, the trust it received and its ties, each a way to the neighbour. */
export function NodePanel({
  node,
  graph,
  minGroupSize,
  headingRef,
  label,
  onJump,
  number,
}: {
  node: MapNode;
  graph: MapGraph;
  minGroupSize: number;
  headingRef: RefObject<HTMLHeadingElement | null>;
  label: (id: string) => string;
  onJump: (id: string) => void;
  number: (n: number, digits?: number) => string;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const byName = (a: string, b: string) => label(a).localeCompare(label(b), i18n.language);
  const real = (edge: string) => graph.getEdgeAttribute(edge, "status") !== "gone";
  const outgoing = graph.hasNode(node.id)
    ? graph
        .outEdges(node.id)
        .filter(real)
        .map((e) => graph.target(e))
        .sort(byName)
    : [];
  const incoming = graph.hasNode(node.id)
    ? graph
        .inEdges(node.id)
        .filter(real)
        .map((e) => graph.source(e))
        .sort(byName)
    : [];
  // The ego network: the node's contacts either way and the ties among them (docs/analysis.md, section 2).
  const contacts = new Set([...outgoing, ...incoming]);
  const tiesAmong = graph.hasNode(node.id)
    ? graph.filterEdges((e, _a, s, t) => real(e) && s !== node.id && t !== node.id && contacts.has(s) && contacts.has(t)).length
    : 0;
  const possibleAmong = contacts.size * (contacts.size - 1);
  const received = node.received;
  const roles = node.brokerage;
  const brokerage = roles
    ? BROKERAGE_ROLES.filter((r) => roles[r] > 0)
        .map((r) => `${t(`surveys.roles.${r}`)} ${number(roles[r])}`)
        .join(", ")
    : "";
  const trustValue = (v: number | null) =>
    v !== null ? number(v, 2) : received.raters < minGroupSize ? t("surveys.map.hiddenRaters", { min: minGroupSize }) : "–";
  const list = (ids: string[], heading: string, key: string) => (
    <>
      <h3 id={`${id}-${key}`}>{heading}</h3>
      {ids.length ? (
        <ul className="map-neighbours" aria-labelledby={`${id}-${key}`}>
          {ids.map((n) => (
            <li key={n}>
              <button type="button" className="link-button" onClick={() => onJump(n)}>
                {label(n)}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("surveys.map.none")}</p>
      )}
    </>
  );
  return (
    <section className="panel" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`} ref={headingRef} tabIndex={-1}>
        {node.label}
      </h2>
      <dl className="facts">
        {node.organisationName ? (
          <>
            <dt>{t("surveys.map.organisation")}</dt>
            <dd>{node.organisationName}</dd>
          </>
        ) : null}
        <dt>{t("surveys.map.kind")}</dt>
        <dd>{isKnownKind(node.kind) ? t(`orgKinds.${node.kind}`) : t("surveys.map.kindUnknown")}</dd>
        <dt>{t("surveys.map.inDegree")}</dt>
        <dd>{number(node.inDegree)}</dd>
        <dt>{t("surveys.map.outDegree")}</dt>
        <dd>{number(node.outDegree)}</dd>
        <dt>{t("surveys.map.community")}</dt>
        <dd>{number(node.community + 1)}</dd>
        <dt>{t("surveys.map.broker")}</dt>
        <dd>{node.broker ? t("surveys.map.yes") : t("surveys.map.no")}</dd>
        <dt>{t("surveys.ego.size")}</dt>
        <dd>{number(contacts.size)}</dd>
        <dt>{t("surveys.ego.density")}</dt>
        <dd>
          {possibleAmong === 0
            ? "–"
            : t("surveys.map.tiesAmong", { count: tiesAmong, share: number((100 * tiesAmong) / possibleAmong, 0) })}
        </dd>
        {brokerage ? (
          <>
            <dt>{t("surveys.map.brokerage")}</dt>
            <dd>{brokerage}</dd>
          </>
        ) : null}
      </dl>
      {/* Centralities mean little without their definitions: they stay one step away, with what they are. */}
      <details>
        <summary>{t("surveys.health.showTechnical")}</summary>
        <p className="hint">{t("surveys.health.technicalHint")}</p>
        <dl className="facts">
          <dt>{t("surveys.map.centrality.betweenness")}</dt>
          <dd>{number(node.betweenness)}</dd>
          <dt>{t("surveys.map.centrality.closeness")}</dt>
          <dd>{number(node.closeness)}</dd>
          <dt>{t("surveys.map.centrality.eigenvector")}</dt>
          <dd>{node.eigenvector === null ? "–" : number(node.eigenvector)}</dd>
          <dt>{t("surveys.map.centrality.pagerank")}</dt>
          <dd>{number(node.pagerank)}</dd>
          {(["constraint", "effectiveSize", "coreNumber", "clustering"] as const).map((k) => (
            <Fragment key={k}>
              <dt>{t(`surveys.map.${k}`)}</dt>
              <dd>{node[k] === null ? "–" : number(node[k], 2)}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
      <h3>{t("surveys.map.receivedTitle")}</h3>
      <p className="hint">{t("surveys.map.raters", { count: received.raters })}</p>
      <dl className="facts">
        {TRUST_DIMENSIONS.map((d) => (
          <Fragment key={d}>
            <dt>{t(`surveys.map.dimension.${d}`)}</dt>
            <dd>{trustValue(received[d])}</dd>
          </Fragment>
        ))}
        <dt>{t("surveys.map.dimension.commitment")}</dt>
        <dd>{trustValue(received.commitment)}</dd>
      </dl>
      {list(outgoing, t("surveys.map.outgoing", { n: outgoing.length }), "out")}
      {list(incoming, t("surveys.map.incoming", { n: incoming.length }), "in")}
    </section>
  );
}
