import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import type { EgoAnswer } from "../types.ts";
import "./ego.css";

type Ego = NonNullable<EgoAnswer["ego"]>;

/** Above this many contacts the drawing names nobody (the table does), so that labels never pile up. */
const LABELLED_UP_TO = 14;
const SIZE = 360;
const CENTRE = SIZE / 2;
const RADIUS = 130;
/** Room on either side for the names of the contacts on the left and right of the circle. */
const PAD = 120;

/** A node's ego network: its figures, a drawing with the centre in the middle, and the same as a table. */
export function EgoNetworkView({ answer, own }: { answer: EgoAnswer; own: boolean }) {
  const { t, i18n } = useTranslation();
  const ego = answer.ego;
  if (!ego) return <p>{t(`surveys.ego.${answer.reason ?? "notReleased"}`)}</p>;
  const number = (n: number, digits = 2) => new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: digits }).format(n);
  const pct = (n: number) => new Intl.NumberFormat(intlLocale(i18n.language), { style: "percent", maximumFractionDigits: 0 }).format(n);
  const figures: Array<[string, string]> = [
    ["size", number(ego.size, 0)],
    ["density", ego.size < 2 ? "–" : pct(ego.density)],
    ["constraint", ego.constraint === null ? "–" : number(ego.constraint)],
    ["effectiveSize", ego.effectiveSize === null ? "–" : number(ego.effectiveSize, 1)],
    ["groups", ego.groups.length > 0 ? `${number(ego.groups.length, 0)}: ${ego.groups.join(", ")}` : "–"],
  ];
  const way = (a: Ego["alters"][number]) =>
    a.named && a.namedBy
      ? t("surveys.ego.both")
      : a.named
        ? t(own ? "surveys.ego.named" : "surveys.ego.namedOf")
        : t(own ? "surveys.ego.namedBy" : "surveys.ego.namedByOf");
  return (
    <div className="ego">
      <dl className="ego-figures">
        {figures.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`surveys.ego.${key}`)}</dt>
            <dd>
              <span className="strong">{value}</span> <span className="hint">{t(`surveys.ego.${key}Help`)}</span>
            </dd>
          </div>
        ))}
      </dl>
      {ego.size === 0 ? <p>{t("surveys.ego.noContacts")}</p> : <EgoDrawing ego={ego} />}
      {ego.size > 0 ? (
        <DataTable
          caption={`${t("surveys.ego.contacts")} (${t("surveys.ego.tiesAmong", { count: ego.ties.length })})`}
          className="compact"
          columns={[t("surveys.ego.contacts"), t("surveys.map.organisation"), t("surveys.ego.way")]}
        >
          {[...ego.alters]
            .sort((a, b) => a.label.localeCompare(b.label, i18n.language))
            .map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.label}</th>
                <td>{a.organisationName ?? "–"}</td>
                <td>{way(a)}</td>
              </tr>
            ))}
        </DataTable>
      ) : null}
    </div>
  );
}

/** The centre with its contacts on a circle; ties to the centre drawn strong, ties among the contacts light. */
function EgoDrawing({ ego }: { ego: Ego }) {
  const { t } = useTranslation();
  const at = new Map<string, { x: number; y: number }>();
  ego.alters.forEach((a, i) => {
    const angle = (2 * Math.PI * i) / ego.alters.length - Math.PI / 2;
    at.set(a.id, { x: CENTRE + RADIUS * Math.cos(angle), y: CENTRE + RADIUS * Math.sin(angle) });
  });
  const labelled = ego.alters.length <= LABELLED_UP_TO;
  return (
    <svg
      className="ego-drawing"
      viewBox={`${-PAD} 0 ${SIZE + 2 * PAD} ${SIZE}`}
      role="img"
      aria-label={t("surveys.ego.picture", { name: ego.node.label, count: ego.size })}
    >
      {ego.ties.map((tie) => {
        const a = at.get(tie.source);
        const b = at.get(tie.target);
        return a && b ? <line key={`${tie.source}-${tie.target}`} className="among" x1={a.x} y1={a.y} x2={b.x} y2={b.y} /> : null;
      })}
      {ego.alters.map((a) => {
        const p = at.get(a.id) as { x: number; y: number };
        return (
          <line key={`c-${a.id}`} className={a.named && a.namedBy ? "spoke both" : "spoke"} x1={CENTRE} y1={CENTRE} x2={p.x} y2={p.y} />
        );
      })}
      {ego.alters.map((a) => {
        const p = at.get(a.id) as { x: number; y: number };
        const right = p.x >= CENTRE;
        return (
          <g key={`n-${a.id}`}>
            <circle className="alter" cx={p.x} cy={p.y} r={6}>
              <title>{a.label}</title>
            </circle>
            {labelled ? (
              <text x={p.x + (right ? 9 : -9)} y={p.y + 4} textAnchor={right ? "start" : "end"}>
                {a.label.length > 22 ? `${a.label.slice(0, 21)}…` : a.label}
              </text>
            ) : null}
          </g>
        );
      })}
      <circle className="centre" cx={CENTRE} cy={CENTRE} r={10}>
        <title>{ego.node.label}</title>
      </circle>
    </svg>
  );
}
