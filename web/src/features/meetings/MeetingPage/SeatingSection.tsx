import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextField } from "../../../components/Form.tsx";
import { Section } from "../../../components/Page.tsx";
import { formatNumber } from "../../../i18n.ts";
import { fieldProblem, formatClock } from "../meetingUtil.ts";
import type { Meeting } from "../types.ts";

type Seating = NonNullable<Meeting["seating"]>;

// Host selects are offered for at most this many tables; more tables simply have no host.
const MAX_HOST_SELECTS = 30;
const PREFIX = "seating-";

/**
 * Prints only the table cards: the class on <body> switches on the print rules in meetings.css
 * that hide everything else in <main>, and is taken off again once the print dialog closes.
 */
function printTableCards() {
  const body = document.body;
  const done = () => {
    body.classList.remove("print-seating");
    window.removeEventListener("afterprint", done);
  };
  body.classList.add("print-seating");
  window.addEventListener("afterprint", done);
  window.print();
}

function SeatingForm({ networkId, meeting, onPlanned }: { networkId: string; meeting: Meeting; onPlanned: (m: Meeting) => void }) {
  const { t, i18n } = useTranslation();
  const people = meeting.participants.filter((p) => p.rsvp !== "no");
  const cafe = meeting.agenda.find((b) => b.method === "learning_cafe");
  const [tables, setTables] = useState(
    String(meeting.seating?.tables ?? Math.max(1, Math.min(people.length, Math.round(people.length / 5)))),
  );
  const [rounds, setRounds] = useState(String(meeting.seating?.rounds ?? 3));
  // Either the number of tables or the most people at one table; the other follows from the number of people.
  const [by, setBy] = useState<"tables" | "tableSize">("tables");
  const [hosts, setHosts] = useState<string[]>(() => {
    const s = meeting.seating;
    return s ? s.hosts.map((h) => s.people[h]?.id ?? "") : [];
  });
  const [blockId, setBlockId] = useState(meeting.seating?.blockId ?? cafe?.id ?? "");
  const { busy, error, save } = useSave("seating");
  const hostProblem = fieldProblem(error, `${PREFIX}hostIds`);
  const entered = Number.parseInt(tables, 10) || 0;
  const tableCount = Math.max(
    0,
    Math.min(MAX_HOST_SELECTS, by === "tables" ? entered : entered > 0 ? Math.ceil(people.length / entered) : 0),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/meetings/{meetingId}/seating", {
            params: { path: { networkId, meetingId: meeting.id } },
            body: {
              ...(by === "tables" ? { tables: entered } : { tableSize: entered }),
              rounds: Number.parseInt(rounds, 10) || 0,
              // Tables are interchangeable, so the hosts chosen sit at the first tables in the order given.
              hostIds: hosts.slice(0, tableCount).filter(Boolean),
              blockId: blockId || null,
            },
          }),
        ),
      { saved: onPlanned },
    );
  };
  const blockLabel = (b: Meeting["agenda"][number]) => `${formatClock(meeting.start, b.startMinute, i18n.language)} ${b.title}`;
  return (
    <form onSubmit={submit} noValidate aria-labelledby="seating-form-heading" className="no-print">
      <h3 id="seating-form-heading">{meeting.seating ? t("meetings.seating.replanHeading") : t("meetings.seating.planHeading")}</h3>
      <p className="hint meeting-help">{t("meetings.seating.formHelp", { count: people.length })}</p>
      <FormError error={error} />
      <SelectField
        name={`${PREFIX}by`}
        label={t("meetings.seating.by")}
        value={by}
        onChange={(e) => setBy(e.target.value === "tableSize" ? "tableSize" : "tables")}
        options={[
          { value: "tables", label: t("meetings.seating.byTables") },
          { value: "tableSize", label: t("meetings.seating.bySize") },
        ]}
      />
      <div className="agenda-times">
        <TextField
          name={`${PREFIX}tables`}
          type="number"
          inputMode="numeric"
          min={1}
          label={by === "tables" ? t("meetings.seating.tables") : t("meetings.seating.tableSize")}
          value={tables}
          onChange={(e) => setTables(e.target.value)}
          error={error}
        />
        <TextField
          name={`${PREFIX}rounds`}
          type="number"
          inputMode="numeric"
          min={1}
          max={10}
          label={t("meetings.seating.rounds")}
          value={rounds}
          onChange={(e) => setRounds(e.target.value)}
          error={error}
        />
      </div>
      <SelectField
        name={`${PREFIX}blockId`}
        label={t("meetings.seating.block")}
        value={blockId}
        onChange={(e) => setBlockId(e.target.value)}
        options={[
          { value: "", label: t("meetings.seating.noBlock") },
          ...meeting.agenda.map((b) => ({ value: b.id, label: blockLabel(b) })),
        ]}
        error={error}
      />
      {tableCount > 0 && people.length > 0 ? (
        <fieldset className={`checkbox-list${hostProblem ? " field-invalid" : ""}`} id={`field-${PREFIX}hostIds`}>
          <legend>{t("meetings.seating.hosts")}</legend>
          <p className="hint meeting-help">{t("meetings.seating.hostsHint")}</p>
          {hostProblem ? <p className="field-problem">{hostProblem}</p> : null}
          <div className="seating-hosts">
            {Array.from({ length: tableCount }, (_, i) => (
              <SelectField
                // biome-ignore lint/suspicious/noArrayIndexKey: one select per table number
                key={i}
                name={`${PREFIX}host-${i}`}
                label={t("meetings.seating.hostOf", { table: i + 1 })}
                value={hosts[i] ?? ""}
                onChange={(e) => {
                  const v = e.target.value;
                  setHosts((hs) => {
                    const next = [...hs];
                    next[i] = v;
                    return next;
                  });
                }}
                options={[{ value: "", label: t("meetings.seating.noHost") }, ...people.map((p) => ({ value: p.id, label: p.name }))]}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {t("meetings.seating.submit")}
      </button>
    </form>
  );
}

/** Who sits where, round by round: one card per table and round, which also prints as table cards. */
function SeatingPlan({ meeting, seating }: { meeting: Meeting; seating: Seating }) {
  const { t } = useTranslation();
  const pct = seating.upperBound > 0 ? Math.round((seating.newPairs / seating.upperBound) * 100) : 100;
  const block = seating.blockId ? meeting.agenda.find((b) => b.id === seating.blockId) : undefined;
  const tables = Array.from({ length: seating.tables }, (_, i) => i);
  return (
    <>
      <div className="no-print">
        <p className="strong">
          {t("meetings.seating.result", {
            newPairs: formatNumber(seating.newPairs),
            upperBound: formatNumber(seating.upperBound),
            pct: formatNumber(pct),
          })}
        </p>
        <p className="hint meeting-help">{t("meetings.seating.resultHelp")}</p>
        {block ? <p>{t("meetings.seating.forBlock", { block: block.title })}</p> : null}
        <div className="toolbar">
          <button type="button" onClick={printTableCards}>
            {t("meetings.seating.print")}
          </button>
        </div>
      </div>
      <div className="seating-print">
        {seating.assignment.map((round, r) => (
          <section
            // biome-ignore lint/suspicious/noArrayIndexKey: rounds are numbered, never reordered
            key={r}
            aria-labelledby={`seating-round-${r}`}
            className="seating-round"
          >
            <h3 id={`seating-round-${r}`}>{t("meetings.seating.round", { n: r + 1, of: seating.rounds })}</h3>
            <ul className="seating-tables">
              {tables.map((tb) => {
                const host = seating.hosts[tb] ?? -1;
                const seated = round.map((table, p) => (table === tb ? p : -1)).filter((p) => p >= 0);
                // The host first, then the others by name.
                seated.sort((a, b) =>
                  a === host ? -1 : b === host ? 1 : (seating.people[a]?.name ?? "").localeCompare(seating.people[b]?.name ?? ""),
                );
                return (
                  <li key={tb} className="table-card">
                    <p className="print-only table-card-meeting">
                      {meeting.title} · {t("meetings.seating.round", { n: r + 1, of: seating.rounds })}
                    </p>
                    <h4>{t("meetings.seating.table", { n: tb + 1 })}</h4>
                    {seated.length === 0 ? (
                      <p>{t("meetings.seating.emptyTable")}</p>
                    ) : (
                      <ul className="plain">
                        {seated.map((p) => {
                          const person = seating.people[p];
                          if (!person) return null;
                          return (
                            <li key={person.id}>
                              <span className="strong">{person.name}</span>
                              {person.organisationName ? <span className="meta"> · {person.organisationName}</span> : null}
                              {p === host ? (
                                <>
                                  {" "}
                                  <span className="badge">{t("meetings.seating.host")}</span>
                                </>
                              ) : null}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

/** Learning-café seating: planners let the planner seat people so that they meet new faces; everyone sees the plan. */
export function SeatingSection({ networkId, meeting, onChange }: { networkId: string; meeting: Meeting; onChange: (m: Meeting) => void }) {
  const { t } = useTranslation();
  return (
    <Section id="seating-heading" className="panel seating-section" title={t("meetings.seating.heading")}>
      <p className="hint meeting-help no-print">{t("meetings.seating.help")}</p>
      {meeting.seating ? <SeatingPlan meeting={meeting} seating={meeting.seating} /> : <p>{t("meetings.seating.none")}</p>}
      {meeting.canPlan ? <SeatingForm networkId={networkId} meeting={meeting} onPlanned={onChange} /> : null}
    </Section>
  );
}
