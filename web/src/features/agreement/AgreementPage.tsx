import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./agreement.css";

export interface AgreementSection {
  id: string;
  /** 1–15 for the framework's questions; null for a free section. */
  question: number | null;
  title: string;
  body: string;
  version: number;
  updatedAt: string;
  updatedByName: string | null;
  commentCount: number;
}

export type VersionStatus = "proposed" | "approved" | "superseded";
export type Decision = "accepted" | "changes_requested";

export interface OrganisationDecision {
  id: string;
  name: string;
  decision: Decision | null;
  comment: string;
  decidedByName: string | null;
  decidedAt: string | null;
}

export interface AgreementVersion {
  id: string;
  number: number;
  status: VersionStatus;
  proposedAt: string;
  approvedAt: string | null;
  sections: { question: number | null; title: string; body: string }[];
  organisations: OrganisationDecision[];
  approved: boolean;
  canDecide: boolean;
}

interface VersionSummary {
  id: string;
  number: number;
  status: VersionStatus;
  proposedAt: string;
  approvedAt: string | null;
}

interface Agreement {
  sections: AgreementSection[];
  latest: AgreementVersion | null;
  versions: VersionSummary[];
  canPropose: boolean;
}

interface SectionHistoryData {
  revisions: {
    version: number;
    title: string;
    body: string;
    authorName: string | null;
    createdAt: string;
    diff: { kind: "same" | "added" | "removed"; text: string }[];
  }[];
  comments: { id: string; body: string; authorName: string | null; createdAt: string }[];
}

type T = ReturnType<typeof useTranslation>["t"];

/** A section's heading: "N. question" for the framework's questions, the title for free sections. */
export const sectionHeading = (t: T, s: { question: number | null; title: string }) =>
  s.question ? `${s.question}. ${t(`agreement.question.${s.question}`)}` : s.title;

/** A short name for a section, for the hidden context of its buttons ("3", or a free section's title). */
const sectionRef = (s: { question: number | null; title: string }) => (s.question ? String(s.question) : s.title);

export const versionPath = (networkId: string, versionId: string) => `/networks/${networkId}/agreement/versions/${versionId}`;
export const markdownUrl = (networkId: string, versionId: string) => `/api/networks/${networkId}/agreement/versions/${versionId}/markdown`;

/** The server names fields as in its API ("body"); several forms share this page, so their fields are renamed to stay unique. */
function renameFields(err: unknown, names: Record<string, string>): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [names[k] ?? k, v]));
  return new ApiError(err.status, err.code, err.message, fields, err.current);
}

const focusField = (name: string) => document.getElementById(`field-${name}`)?.focus();

/** One organisation's decision as text, with a badge that repeats it (never colour alone). */
export function DecisionText({ o }: { o: OrganisationDecision }) {
  const { t } = useTranslation();
  const label =
    o.decision === "accepted"
      ? t("agreementUi.decisions.accepted")
      : o.decision === "changes_requested"
        ? t("agreementUi.decisions.changesRequested")
        : t("agreementUi.decisions.pending");
  const badge = o.decision === "accepted" ? "badge" : o.decision === "changes_requested" ? "badge warn" : "badge quiet";
  return (
    <>
      <strong>{o.name}</strong>
      <span className="visually-hidden">: </span> <span className={badge}>{label}</span>
      {o.decision && o.decidedAt ? (
        <span className="meta agreement-decided">
          {" "}
          {t("agreementUi.decisions.by", { name: o.decidedByName ?? t("agreementUi.unknownPerson"), date: formatDate(o.decidedAt) })}
        </span>
      ) : null}
      {o.comment ? <blockquote className="agreement-quote prose">{o.comment}</blockquote> : null}
    </>
  );
}

/** How the version stands, as text: proposed, approved or superseded. */
export const statusText = (t: T, status: VersionStatus) =>
  status === "approved"
    ? t("agreementUi.status.approved")
    : status === "superseded"
      ? t("agreementUi.status.superseded")
      : t("agreementUi.status.proposed");

function DecisionForm({ version, onDecided }: { version: AgreementVersion; onDecided: (a: Agreement) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [decision, setDecision] = useState<Decision | "">("");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    if (!decision) {
      setError(new ApiError(400, "invalid", t("agreementUi.decision.choose")));
      document.getElementById("field-decision")?.focus();
      return;
    }
    setError(null);
    setBusy(true);
    try {
      const a = await api<Agreement>("PUT", `/api/networks/${home.network.id}/agreement/versions/${version.id}/decision`, {
        decision,
        comment,
      });
      setSaved(true);
      onDecided(a);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="agreement-decision" onSubmit={submit} noValidate>
      <h3>{t("agreementUi.decision.heading", { number: version.number })}</h3>
      <FormError error={error} />
      <fieldset>
        <legend>{t("agreementUi.decision.legend")}</legend>
        <div className="agreement-radio">
          <input
            type="radio"
            id="field-decision"
            name="decision"
            value="accepted"
            checked={decision === "accepted"}
            onChange={() => setDecision("accepted")}
          />
          <label htmlFor="field-decision">{t("agreementUi.decision.accept")}</label>
        </div>
        <div className="agreement-radio">
          <input
            type="radio"
            id="field-decision-changes"
            name="decision"
            value="changes_requested"
            checked={decision === "changes_requested"}
            onChange={() => setDecision("changes_requested")}
          />
          <label htmlFor="field-decision-changes">{t("agreementUi.decision.changes")}</label>
        </div>
      </fieldset>
      <TextArea
        name="comment"
        label={t("agreementUi.decision.comment")}
        hint={t("agreementUi.decision.commentHint")}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={error}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t("agreementUi.decision.submit")}
      </button>
      {saved ? <Status>{t("agreementUi.decision.saved")}</Status> : null}
    </form>
  );
}

/** Links to a version's printable view and its Markdown file. */
function VersionLinks({ networkId, version }: { networkId: string; version: { id: string; number: number } }) {
  const { t } = useTranslation();
  return (
    <ul className="agreement-links">
      <li>
        <Link to={versionPath(networkId, version.id)}>{t("agreementUi.links.printable", { number: version.number })}</Link>
      </li>
      <li>
        <a href={markdownUrl(networkId, version.id)} download={`pelisaannot-${version.number}.md`}>
          {t("agreementUi.links.markdown", { number: version.number })}
        </a>
      </li>
    </ul>
  );
}

function ProposeBox({ onProposed }: { onProposed: (a: Agreement) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const propose = async () => {
    setError(null);
    setDone(null);
    setBusy(true);
    try {
      const a = await api<Agreement>("POST", `/api/networks/${home.network.id}/agreement/versions`);
      setDone(a.latest?.number ?? null);
      onProposed(a);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="agreement-propose">
      <h3>{t("agreementUi.propose.heading")}</h3>
      <p className="hint">{t("agreementUi.propose.help")}</p>
      <FormError error={error} />
      <button type="button" className="primary" disabled={busy} onClick={() => void propose()}>
        {t("agreementUi.propose.button")}
      </button>
      {done !== null ? <Status>{t("agreementUi.propose.done", { number: done })}</Status> : null}
    </div>
  );
}

/** Where the latest version stands: status, each organisation's decision, the decision form and links. */
function LatestPanel({ data, onChange }: { data: Agreement; onChange: (a: Agreement) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const networkId = home.network.id;
  const latest = data.latest;
  const approved = data.versions.find((v) => v.status === "approved");
  const acceptedCount = latest?.organisations.filter((o) => o.decision === "accepted").length ?? 0;
  return (
    <section className="panel agreement-latest" aria-labelledby="agreement-latest-heading">
      <h2 id="agreement-latest-heading">{t("agreementUi.latest.heading")}</h2>
      {!latest ? (
        <p>{t("agreementUi.latest.none")}</p>
      ) : (
        <>
          <dl className="facts">
            <dt>{t("agreement.version")}</dt>
            <dd>{latest.number}</dd>
            <dt>{t("agreementUi.latest.status")}</dt>
            <dd>{statusText(t, latest.status)}</dd>
            <dt>{t("agreementUi.latest.proposedAt")}</dt>
            <dd>{formatDate(latest.proposedAt)}</dd>
            {latest.approvedAt ? (
              <>
                <dt>{t("agreementUi.latest.approvedAt")}</dt>
                <dd>{formatDate(latest.approvedAt)}</dd>
              </>
            ) : null}
          </dl>
          <h3>{t("agreementUi.decisions.heading")}</h3>
          {latest.organisations.length === 0 ? (
            <p>{t("agreementUi.decisions.noOrganisations")}</p>
          ) : (
            <>
              <p>{t("agreementUi.decisions.summary", { accepted: acceptedCount, count: latest.organisations.length })}</p>
              <ul className="plain agreement-decisions">
                {latest.organisations.map((o) => (
                  <li key={o.id}>
                    <DecisionText o={o} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {latest.canDecide ? <DecisionForm key={latest.id} version={latest} onDecided={onChange} /> : null}
          <VersionLinks networkId={networkId} version={latest} />
        </>
      )}
      {approved && approved.id !== latest?.id ? (
        <div className="agreement-current">
          <h3>{t("agreementUi.latest.currentHeading")}</h3>
          <p>
            {t("agreementUi.latest.current", { number: approved.number, date: formatDate(approved.approvedAt ?? approved.proposedAt) })}
          </p>
          <VersionLinks networkId={networkId} version={approved} />
        </div>
      ) : null}
      {data.canPropose ? <ProposeBox onProposed={onChange} /> : null}
    </section>
  );
}

/** Observers read only what the network approved. */
function ObserverPanel({ data }: { data: Agreement }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const approved = data.versions.find((v) => v.status === "approved");
  return (
    <section className="panel agreement-latest" aria-labelledby="agreement-approved-heading">
      <h2 id="agreement-approved-heading">{t("agreementUi.latest.currentHeading")}</h2>
      {approved ? (
        <>
          <p>
            {t("agreementUi.latest.current", { number: approved.number, date: formatDate(approved.approvedAt ?? approved.proposedAt) })}
          </p>
          <VersionLinks networkId={home.network.id} version={approved} />
        </>
      ) : (
        <p>{t("agreementUi.latest.noneApproved")}</p>
      )}
    </section>
  );
}

function VersionList({ versions, observer }: { versions: VersionSummary[]; observer: boolean }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  return (
    <section className="agreement-versions" aria-labelledby="agreement-versions-heading">
      <h2 id="agreement-versions-heading">{t("agreementUi.versions.heading")}</h2>
      {versions.length === 0 ? (
        <p>{t("agreementUi.versions.none")}</p>
      ) : (
        <ol className="plain">
          {versions.map((v) => {
            const name = t("agreementUi.versions.item", { number: v.number });
            const readable = !observer || v.status === "approved";
            return (
              <li key={v.id}>
                {readable ? <Link to={versionPath(home.network.id, v.id)}>{name}</Link> : <span>{name}</span>}
                {" – "}
                {statusText(t, v.status)}
                {", "}
                {v.approvedAt
                  ? t("agreementUi.versions.approvedOn", { date: formatDate(v.approvedAt) })
                  : t("agreementUi.versions.proposedOn", { date: formatDate(v.proposedAt) })}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/**
 * Edits one section. The save names the version it started from; when someone
 * else saved in between (409), their text is shown beside yours, and the next
 * save is based on their version, so nobody's work is lost.
 */
function SectionEditor({
  section,
  onSaved,
  onConflict,
  onCancel,
}: {
  section: AgreementSection;
  onSaved: (s: AgreementSection) => void;
  /** Someone else saved first: the page shows their stored text from now on. */
  onConflict: (current: AgreementSection) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const free = section.question === null;
  const bodyName = `body-${section.id}`;
  const titleName = `title-${section.id}`;
  const [draft, setDraft] = useState({ title: section.title, body: section.body });
  const [version, setVersion] = useState(section.version);
  const [conflict, setConflict] = useState<AgreementSection | null>(null);
  const [resolved, setResolved] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    focusField(bodyName);
  }, [bodyName]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setResolved(null);
    setBusy(true);
    try {
      const saved = await api<AgreementSection>("PUT", `/api/networks/${home.network.id}/agreement/sections/${section.id}`, {
        version,
        title: free ? draft.title : "",
        body: draft.body,
      });
      onSaved(saved);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.current) {
        const current = err.current as AgreementSection;
        setConflict(current);
        setVersion(current.version);
        onConflict(current);
      } else {
        setError(renameFields(err, { body: bodyName, title: titleName }));
      }
    } finally {
      setBusy(false);
    }
  };
  const takeTheirs = () => {
    if (!conflict) return;
    setDraft({ title: conflict.title, body: conflict.body });
    setConflict(null);
    setResolved(t("agreementUi.conflict.usedTheirs"));
    focusField(bodyName);
  };
  const keepMine = () => {
    setConflict(null);
    setResolved(t("agreementUi.conflict.keptMine"));
    focusField(bodyName);
  };
  return (
    <form className="agreement-editor" onSubmit={submit} noValidate>
      {conflict ? (
        <div className="conflict" role="alert">
          <h3>{t("agreementUi.conflict.title")}</h3>
          <p>{t("agreementUi.conflict.help", { name: conflict.updatedByName ?? t("agreementUi.unknownPerson") })}</p>
        </div>
      ) : null}
      <FormError error={error} />
      <div className={conflict ? "agreement-compare" : undefined}>
        <div>
          {free ? (
            <TextField
              name={titleName}
              label={t("agreementUi.editor.title")}
              required
              value={draft.title}
              onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
              error={error}
            />
          ) : null}
          <TextArea
            name={bodyName}
            label={conflict ? t("agreementUi.conflict.yours") : t("agreementUi.editor.body")}
            hint={t("agreementUi.editor.bodyHint")}
            rows={10}
            value={draft.body}
            onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
            error={error}
          />
        </div>
        {conflict ? (
          <section className="agreement-theirs" aria-labelledby={`theirs-${section.id}`}>
            <h3 id={`theirs-${section.id}`}>{t("agreementUi.conflict.theirs")}</h3>
            <p className="meta">
              {t("agreementUi.conflict.savedBy", {
                name: conflict.updatedByName ?? t("agreementUi.unknownPerson"),
                date: formatDate(conflict.updatedAt, true),
              })}
            </p>
            {free ? (
              <p>
                <strong>{t("agreementUi.editor.title")}:</strong> {conflict.title}
              </p>
            ) : null}
            <div className="prose agreement-text">{conflict.body}</div>
            <div className="agreement-actions">
              <button type="button" onClick={takeTheirs}>
                {t("agreementUi.conflict.useTheirs")}
              </button>
              <button type="button" onClick={keepMine}>
                {t("agreementUi.conflict.keepMine")}
              </button>
            </div>
          </section>
        ) : null}
      </div>
      {resolved ? <Status>{resolved}</Status> : null}
      <div className="agreement-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t("common.save")}
          <span className="visually-hidden"> {t("agreementUi.section.ref", { name: sectionRef(section) })}</span>
        </button>
        <button type="button" onClick={onCancel}>
          {t("agreementUi.editor.cancel")}
        </button>
      </div>
    </form>
  );
}

/** A section's revisions (each with what changed) and its comments, loaded when the disclosure opens. */
function SectionHistory({ section, onCommented }: { section: AgreementSection; onCommented: (count: number) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [open, setOpen] = useState(false);
  const sectionUrl = `/api/networks/${home.network.id}/agreement/sections/${section.id}`;
  const { data, error: loadError, setData, reload } = useApi<SectionHistoryData>(open ? `${sectionUrl}/history` : null);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState(false);
  const commentName = `comment-${section.id}`;
  const ref = sectionRef(section);
  // A new save adds a revision: fetch again if the history is open.
  const seenVersion = useRef(section.version);
  useEffect(() => {
    if (seenVersion.current === section.version) return;
    seenVersion.current = section.version;
    if (open) void reload();
  }, [section.version, open, reload]);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setAdded(false);
    try {
      const h = await api<SectionHistoryData>("POST", `${sectionUrl}/comments`, { body: comment });
      setData(h);
      setComment("");
      setAdded(true);
      onCommented(h.comments.length);
    } catch (err) {
      setError(renameFields(err, { body: commentName }));
    }
  };
  return (
    <details className="agreement-history" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t("agreementUi.history.summary", { count: section.commentCount })}
        <span className="visually-hidden">, {t("agreementUi.section.ref", { name: ref })}</span>
      </summary>
      <FormError error={loadError} />
      {!data ? (
        open ? (
          <Loading />
        ) : null
      ) : (
        <>
          <h3>{t("agreementUi.history.changes")}</h3>
          {data.revisions.length === 0 ? (
            <p>{t("agreementUi.history.noChanges")}</p>
          ) : (
            <>
              <p className="hint">{t("agreementUi.history.legend")}</p>
              <ol className="plain agreement-revisions">
                {data.revisions.map((r) => (
                  <li key={r.version}>
                    <p className="meta">
                      {t("agreementUi.history.revision", {
                        version: r.version,
                        name: r.authorName ?? t("agreementUi.unknownPerson"),
                        date: formatDate(r.createdAt, true),
                      })}
                    </p>
                    {section.question === null && r.title ? (
                      <p>
                        <strong>{t("agreementUi.editor.title")}:</strong> {r.title}
                      </p>
                    ) : null}
                    <p className="agreement-diff">
                      {r.diff.map((part, i) => {
                        // The parts of a diff have no identity of their own and never move, so their position is their key.
                        const key = i;
                        return part.kind === "added" ? (
                          <ins key={key}>
                            <span className="visually-hidden">{t("agreementUi.history.addedStart")} </span>
                            {part.text}
                            <span className="visually-hidden"> {t("agreementUi.history.addedEnd")}</span>
                          </ins>
                        ) : part.kind === "removed" ? (
                          <del key={key}>
                            <span className="visually-hidden">{t("agreementUi.history.removedStart")} </span>
                            {part.text}
                            <span className="visually-hidden"> {t("agreementUi.history.removedEnd")}</span>
                          </del>
                        ) : (
                          <span key={key}>{part.text}</span>
                        );
                      })}
                    </p>
                  </li>
                ))}
              </ol>
            </>
          )}
          <h3>{t("agreementUi.comments.heading")}</h3>
          {data.comments.length === 0 ? (
            <p>{t("agreementUi.comments.none")}</p>
          ) : (
            <ul className="plain agreement-comments">
              {data.comments.map((c) => (
                <li key={c.id}>
                  <p className="meta">
                    {t("agreementUi.comments.meta", {
                      name: c.authorName ?? t("agreementUi.unknownPerson"),
                      date: formatDate(c.createdAt, true),
                    })}
                  </p>
                  <p className="prose">{c.body}</p>
                </li>
              ))}
            </ul>
          )}
          <form onSubmit={send} noValidate>
            <FormError error={error} />
            <TextArea
              name={commentName}
              label={t("agreementUi.comments.label", { name: ref })}
              rows={3}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              error={error}
            />
            <button type="submit">
              {t("agreementUi.comments.send")}
              <span className="visually-hidden"> {t("agreementUi.comments.sendWhich", { name: ref })}</span>
            </button>
            {added ? <Status>{t("agreementUi.comments.added")}</Status> : null}
          </form>
        </>
      )}
    </details>
  );
}

function SectionView({
  section,
  canEdit,
  canDelete,
  onChanged,
  onDeleted,
}: {
  section: AgreementSection;
  canEdit: boolean;
  canDelete: boolean;
  onChanged: (s: AgreementSection) => void;
  onDeleted: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    // Back from the editor: return focus to the button that opened it.
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const headingId = `section-heading-${section.id}`;
  const ref = sectionRef(section);
  const remove = async () => {
    setError(null);
    try {
      await api("DELETE", `/api/networks/${home.network.id}/agreement/sections/${section.id}`);
      onDeleted(section.id);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section id={`section-${section.id}`} className="agreement-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{sectionHeading(t, section)}</h2>
      {section.body.trim() ? (
        <div className="prose agreement-text">{section.body}</div>
      ) : (
        <p className="agreement-empty">{t("agreementUi.section.empty")}</p>
      )}
      {section.updatedByName ? (
        <p className="meta">
          {t("agreementUi.section.lastEdited", { name: section.updatedByName, date: formatDate(section.updatedAt, true) })}
        </p>
      ) : null}
      {saved && !editing ? <Status>{t("common.saved")}</Status> : null}
      <FormError error={error} />
      {editing ? (
        <SectionEditor
          section={section}
          onCancel={() => setEditing(false)}
          onConflict={(current) => onChanged({ ...section, ...current, commentCount: section.commentCount })}
          onSaved={(s) => {
            onChanged(s);
            setSaved(true);
            setEditing(false);
          }}
        />
      ) : canEdit ? (
        <div className="agreement-actions">
          <button
            type="button"
            ref={editButton}
            onClick={() => {
              setSaved(false);
              setConfirming(false);
              setEditing(true);
            }}
          >
            {t("agreementUi.section.edit")}
            <span className="visually-hidden"> {t("agreementUi.section.which", { name: ref })}</span>
          </button>
          {canDelete && !confirming ? (
            <button type="button" className="danger" onClick={() => setConfirming(true)}>
              {t("agreementUi.section.delete")}
              <span className="visually-hidden"> {t("agreementUi.section.ref", { name: ref })}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {confirming && !editing ? (
        <div className="notice agreement-confirm">
          <p>{t("agreementUi.section.confirmDelete", { name: section.title })}</p>
          <div className="agreement-actions">
            <button type="button" className="danger" onClick={() => void remove()}>
              {t("agreementUi.section.confirmDeleteButton")}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t("agreementUi.editor.cancel")}
            </button>
          </div>
        </div>
      ) : null}
      {canEdit ? <SectionHistory section={section} onCommented={(count) => onChanged({ ...section, commentCount: count })} /> : null}
    </section>
  );
}

function AddSectionForm({ onAdded }: { onAdded: (s: AgreementSection) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [draft, setDraft] = useState({ title: "", body: "" });
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setAdded(null);
    setBusy(true);
    try {
      const s = await api<AgreementSection>("POST", `/api/networks/${home.network.id}/agreement/sections`, draft);
      onAdded(s);
      setDraft({ title: "", body: "" });
      setAdded(s.title);
    } catch (err) {
      setError(renameFields(err, { title: "new-section-title", body: "new-section-body" }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel agreement-add" aria-labelledby="agreement-add-heading">
      <h2 id="agreement-add-heading" tabIndex={-1}>
        {t("agreementUi.add.heading")}
      </h2>
      <p className="hint">{t("agreementUi.add.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField
          name="new-section-title"
          label={t("agreementUi.editor.title")}
          required
          value={draft.title}
          onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))}
          error={error}
        />
        <TextArea
          name="new-section-body"
          label={t("agreementUi.editor.body")}
          hint={t("agreementUi.editor.bodyHint")}
          rows={6}
          value={draft.body}
          onChange={(e) => setDraft((d) => ({ ...d, body: e.target.value }))}
          error={error}
        />
        <button type="submit" disabled={busy}>
          {t("agreementUi.add.submit")}
        </button>
        {added !== null ? <Status>{t("agreementUi.add.done", { name: added })}</Status> : null}
      </form>
    </section>
  );
}

/** A table of contents: with 15+ sections, a way to jump to one and to see which are still unwritten. */
function Contents({ sections }: { sections: AgreementSection[] }) {
  const { t } = useTranslation();
  return (
    <nav className="agreement-toc" aria-labelledby="agreement-toc-heading">
      <h2 id="agreement-toc-heading">{t("agreementUi.contents")}</h2>
      <ol className="plain">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#section-${s.id}`}>{sectionHeading(t, s)}</a>
            {s.body.trim() ? null : <span className="badge quiet">{t("agreementUi.section.emptyBadge")}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The network's agreement (pelisäännöt), written together: one section per
 * question of the framework plus free sections, each with its history and
 * comments, and the approval of the latest proposed version.
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { data, error, setData } = useApi<Agreement>(`/api/networks/${home.network.id}/agreement`);
  const [notice, setNotice] = useState<string | null>(null);
  const observer = home.role === "observer";
  const coordinator = home.role === "coordinator";
  const update = (f: (a: Agreement) => Agreement) => setData((a) => (a ? f(a) : a));
  const replaceSection = (s: AgreementSection) => update((a) => ({ ...a, sections: a.sections.map((x) => (x.id === s.id ? s : x)) }));
  return (
    <Page title={t("agreement.title")}>
      <p className="agreement-intro">{observer ? t("agreementUi.introObserver") : t("agreementUi.intro")}</p>
      <FormError error={error} />
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          {observer ? <ObserverPanel data={data} /> : <LatestPanel data={data} onChange={(a) => setData(a)} />}
          {data.sections.length > 0 ? <Contents sections={data.sections} /> : null}
          {notice ? <Status>{notice}</Status> : null}
          <div id="field-sections" className="agreement-sections" tabIndex={-1}>
            {data.sections.map((s) => (
              <SectionView
                key={s.id}
                section={s}
                canEdit={!observer}
                canDelete={coordinator && s.question === null}
                onChanged={replaceSection}
                onDeleted={(id) => {
                  update((a) => ({ ...a, sections: a.sections.filter((x) => x.id !== id) }));
                  setNotice(t("agreementUi.section.deleted", { name: s.title }));
                  document.getElementById("agreement-add-heading")?.focus();
                }}
              />
            ))}
          </div>
          {observer ? null : (
            <AddSectionForm
              onAdded={(s) => {
                setNotice(null);
                update((a) => ({ ...a, sections: [...a.sections, s] }));
              }}
            />
          )}
          <VersionList versions={data.versions} observer={observer} />
        </>
      )}
    </Page>
  );
}
