import { type DragEvent, type FormEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError, api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, SelectField, TextArea, TextField } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import "./board.css";
import { formatWhen, prefixed, renameFields } from "./meetingUtil.ts";
import type { Board, Meeting } from "./types.ts";

type Session = Board["sessions"][number];
type LiveState = "connecting" | "live" | "reconnecting";

/** Changes come in bursts (a move and a join): one fetch after the burst is enough. */
const DEBOUNCE_MS = 150;
/** EventSource retries by itself unless the server refused the stream; then we try again after this. */
const RETRY_MS = 5000;
const DRAG_TYPE = "application/x-solmu-session";

/** What the parts of the board need: the API, and a way to show a new board with a message. */
interface BoardContext {
  board: Board;
  url: string;
  /** Shows a board that a change of ours returned, with an optional polite message. */
  apply: (board: Board, message?: string) => void;
  /** An alert above the board, e.g. when a move was refused. */
  alert: (message: string | null) => void;
}

const isBoard = (v: unknown): v is Board => typeof v === "object" && v !== null && Array.isArray((v as Board).sessions);

/** Where a session sits: both a slot and a space that are on the board, or nowhere. */
function placement(board: Board, s: Session) {
  const slot = board.slots.find((x) => x.id === s.slotId) ?? null;
  const space = board.spaces.find((x) => x.id === s.spaceId) ?? null;
  return { slot, space, placed: Boolean(slot && space) };
}

/** A move to a slot and a space (or off the board); a refusal comes back as an ApiError. */
async function moveSession(ctx: BoardContext, session: Session, slotId: string | null, spaceId: string | null): Promise<Board> {
  return api<Board>("PATCH", `${ctx.url}/sessions/${session.id}`, { version: session.version, slotId, spaceId });
}

function useMovedMessage() {
  const { t } = useTranslation();
  return (board: Board, session: Session, slotId: string | null, spaceId: string | null) => {
    const slot = board.slots.find((x) => x.id === slotId);
    const space = board.spaces.find((x) => x.id === spaceId);
    return slot && space
      ? t("meetingsUi.board.moved", { topic: session.topic, slot: slot.label, space: space.name })
      : t("meetingsUi.board.movedOff", { topic: session.topic });
  };
}

/** The live connection's state, for everyone: sighted users see it, screen readers hear changes politely. */
function LiveIndicator({ state }: { state: LiveState }) {
  const { t } = useTranslation();
  return (
    <p className={`live-indicator live-${state}`} role="status">
      {t(`meetingsUi.board.live.${state}`)}
    </p>
  );
}

/** Slot and space selects with a Move button: the keyboard way to place a session (drag and drop is the other). */
function PlaceForm({ session, ctx }: { session: Session; ctx: BoardContext }) {
  const { t } = useTranslation();
  const movedMessage = useMovedMessage();
  const { board } = ctx;
  // Null follows the board; a choice the user has made stays until it is sent.
  const [draft, setDraft] = useState<{ slot: string; space: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const slot = draft?.slot ?? session.slotId ?? "";
  const space = draft?.space ?? session.spaceId ?? "";
  const slotName = `place-slot-${session.id}`;
  const spaceName = `place-space-${session.id}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const b = await moveSession(ctx, session, slot || null, space || null);
      setDraft(null);
      ctx.alert(null);
      ctx.apply(b, movedMessage(b, session, slot || null, space || null));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.code !== "space_taken") {
        // Someone changed the session first: show the board as it is now and let the user decide again.
        if (isBoard(err.current)) ctx.apply(err.current);
        ctx.alert(t("meetingsUi.board.staleMove", { topic: session.topic }));
      } else {
        setError(renameFields(err, (f) => (f === "slotId" ? slotName : f === "spaceId" ? spaceName : f)));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="board-disclosure">
      <summary>
        {t("meetingsUi.board.place.summary")}
        <span className="visually-hidden">: {session.topic}</span>
      </summary>
      <form className="place-form" onSubmit={submit} noValidate>
        <FormError error={error} />
        <SelectField
          name={slotName}
          label={t("meetingsUi.board.place.slot")}
          value={slot}
          onChange={(e) => setDraft({ slot: e.target.value, space })}
          options={[
            { value: "", label: t("meetingsUi.board.place.notPlaced") },
            ...board.slots.map((s) => ({ value: s.id, label: s.label })),
          ]}
          error={error}
        />
        <SelectField
          name={spaceName}
          label={t("meetingsUi.board.place.space")}
          value={space}
          onChange={(e) => setDraft({ slot, space: e.target.value })}
          options={[
            { value: "", label: t("meetingsUi.board.place.notPlaced") },
            ...board.spaces.map((s) => ({ value: s.id, label: s.name })),
          ]}
          error={error}
        />
        <button type="submit" id={`move-${session.id}`} aria-disabled={busy || undefined}>
          {t("meetingsUi.board.place.move")}
          <span className="visually-hidden">: {session.topic}</span>
        </button>
      </form>
    </details>
  );
}

/**
 * A session's notes. The draft follows the board until the user types; a save that meets someone else's
 * newer notes (409) shows theirs beside the user's text so that the two can be merged and saved again.
 */
function NotesEditor({ session, ctx }: { session: Session; ctx: BoardContext }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  // The notes and version the draft was started from.
  const [base, setBase] = useState<{ notes: string; version: number } | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const name = `notes-${session.id}`;
  const text = draft ?? session.notes;
  const put = (version: number, notes: string) => api<Board>("PUT", `${ctx.url}/sessions/${session.id}/notes`, { version, notes });
  const saved = (b: Board) => {
    setDraft(null);
    setBase(null);
    setTheirs(null);
    setError(null);
    ctx.apply(b, t("meetingsUi.board.notes.saved", { topic: session.topic }));
  };
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const started = base ?? { notes: session.notes, version: session.version };
    // A move or a rename also raises the version; only other notes are a real conflict.
    const version = started.notes === session.notes ? session.version : started.version;
    try {
      saved(await put(version, text));
    } catch (err) {
      const current =
        err instanceof ApiError && err.status === 409 ? (err.current as { notes?: unknown; version?: unknown } | undefined) : undefined;
      if (current && typeof current.notes === "string" && typeof current.version === "number") {
        try {
          if (current.notes === started.notes || current.notes === text) saved(await put(current.version, text));
          else {
            setTheirs(current.notes);
            setBase({ notes: current.notes, version: current.version });
            setDraft(text);
            setError(err);
          }
        } catch (again) {
          setError(again);
        }
      } else {
        setError(renameFields(err, (f) => (f === "notes" ? name : `${name}-${f}`)));
      }
    } finally {
      setBusy(false);
    }
  };
  const discard = () => {
    setDraft(null);
    setBase(null);
    setTheirs(null);
    setError(null);
  };
  return (
    <form onSubmit={save} noValidate>
      <FormError error={error} />
      {theirs !== null ? (
        <div className="conflict">
          <p>{t("meetingsUi.board.notes.conflictHelp")}</p>
          <TextArea name={`${name}-theirs`} label={t("meetingsUi.board.notes.theirs")} value={theirs} readOnly rows={5} />
        </div>
      ) : null}
      <TextArea
        name={name}
        label={theirs !== null ? t("meetingsUi.board.notes.yours") : t("meetingsUi.board.notes.label")}
        hint={t("meetingsUi.board.notes.hint")}
        value={text}
        rows={5}
        maxLength={20000}
        onChange={(e) => {
          if (draft === null) setBase({ notes: session.notes, version: session.version });
          setDraft(e.target.value);
        }}
        error={error}
      />
      <div className="toolbar">
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {theirs !== null ? t("meetingsUi.board.notes.saveAgain") : t("common.save")}
          <span className="visually-hidden">: {t("meetingsUi.board.notes.summary", { topic: session.topic })}</span>
        </button>
        {draft !== null ? (
          <button type="button" onClick={discard}>
            {t("meetingsUi.board.notes.discard")}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** One proposed session: its topic, convener, who is there, and what the viewer may do with it. */
function SessionCard({ session, ctx }: { session: Session; ctx: BoardContext }) {
  const { t } = useTranslation();
  const { board } = ctx;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const here = board.me !== null && session.people.some((p) => p.id === board.me);
  const { slot, space, placed } = placement(board, session);
  const presence = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const b = await api<Board>("PUT", `${ctx.url}/sessions/${session.id}/presence`, { present: !here });
      ctx.apply(b, t(here ? "meetingsUi.board.left" : "meetingsUi.board.joined", { topic: session.topic }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const dragStart = (e: DragEvent) => {
    e.dataTransfer.setData(DRAG_TYPE, session.id);
    e.dataTransfer.setData("text/plain", session.topic);
    e.dataTransfer.effectAllowed = "move";
  };
  return (
    <article className={`session-card${here ? " is-here" : ""}`} data-session={session.id} aria-labelledby={`session-${session.id}`}>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dragging is a pointer shortcut; the "Place…" selects do the same by keyboard */}
      <div className={`session-head${session.canEdit ? " can-drag" : ""}`} draggable={session.canEdit || undefined} onDragStart={dragStart}>
        <h3 id={`session-${session.id}`} tabIndex={-1}>
          {session.topic}
        </h3>
      </div>
      {here ? (
        <p>
          <span className="badge">{t("meetingsUi.board.youAreHere")}</span>
        </p>
      ) : null}
      <p className="meta">
        {session.convener ? t("meetingsUi.board.convener", { name: session.convener.name }) : t("meetingsUi.board.noConvener")}
      </p>
      {!placed && (slot || space) ? (
        <p className="meta">
          {slot
            ? t("meetingsUi.board.partlyPlacedSlot", { slot: slot.label })
            : t("meetingsUi.board.partlyPlacedSpace", { space: space?.name })}
        </p>
      ) : null}
      <p className="meta">{t("meetingsUi.board.peopleCount", { count: session.people.length })}</p>
      {session.people.length > 0 ? (
        <ul className="people-list" aria-label={t("meetingsUi.board.peopleList", { topic: session.topic })}>
          {session.people.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      ) : null}
      {board.canTakePart && board.me ? (
        <div className="session-actions">
          <button
            type="button"
            id={`presence-${session.id}`}
            className={here ? undefined : "primary"}
            aria-disabled={busy || undefined}
            onClick={() => void presence()}
          >
            {here ? t("meetingsUi.board.leave") : t("meetingsUi.board.join")}
            <span className="visually-hidden">: {session.topic}</span>
          </button>
        </div>
      ) : null}
      <FormError error={error} />
      {session.canEdit ? <PlaceForm session={session} ctx={ctx} /> : null}
      <details className="board-disclosure">
        <summary>
          {session.notes ? t("meetingsUi.board.notes.title") : t("meetingsUi.board.notes.titleEmpty")}
          <span className="visually-hidden">: {session.topic}</span>
        </summary>
        {board.canTakePart ? (
          <NotesEditor session={session} ctx={ctx} />
        ) : session.notes ? (
          <p className="prose">{session.notes}</p>
        ) : (
          <p className="meta">{t("meetingsUi.board.notes.none")}</p>
        )}
      </details>
    </article>
  );
}

/** Drag and drop onto a cell or the unplaced list, for those who may place sessions; the selects do the same by keyboard. */
function useDrop(ctx: BoardContext, slotId: string | null, spaceId: string | null) {
  const movedMessage = useMovedMessage();
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const accepts = (e: DragEvent) => e.dataTransfer.types.includes(DRAG_TYPE);
  return {
    over,
    handlers: {
      onDragOver: (e: DragEvent) => {
        if (!accepts(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = "move";
        setOver(true);
      },
      onDragLeave: () => setOver(false),
      onDrop: async (e: DragEvent) => {
        setOver(false);
        if (!accepts(e)) return;
        e.preventDefault();
        const session = ctx.board.sessions.find((s) => s.id === e.dataTransfer.getData(DRAG_TYPE));
        if (!session || (session.slotId === slotId && session.spaceId === spaceId)) return;
        try {
          const b = await moveSession(ctx, session, slotId, spaceId);
          ctx.alert(null);
          ctx.apply(b, movedMessage(b, session, slotId, spaceId));
        } catch (err) {
          if (err instanceof ApiError && err.status === 409 && err.code !== "space_taken") {
            if (isBoard(err.current)) ctx.apply(err.current);
            ctx.alert(t("meetingsUi.board.staleMove", { topic: session.topic }));
          } else ctx.alert(err instanceof ApiError ? err.message : t("errors.network"));
        }
      },
    },
  };
}

function BoardCell({
  ctx,
  slotId,
  spaceId,
  session,
}: {
  ctx: BoardContext;
  slotId: string;
  spaceId: string;
  session: Session | undefined;
}) {
  const { t } = useTranslation();
  const { over, handlers } = useDrop(ctx, slotId, spaceId);
  return (
    <td className={`board-cell${session ? "" : " is-free"}${over ? " drop-over" : ""}`} {...handlers}>
      {session ? <SessionCard session={session} ctx={ctx} /> : <span className="meta">{t("meetingsUi.board.free")}</span>}
    </td>
  );
}

/** Rows are time slots, columns are spaces; each cell holds at most one session. */
function BoardGrid({ ctx }: { ctx: BoardContext }) {
  const { t } = useTranslation();
  const { board } = ctx;
  const at = new Map<string, Session>();
  for (const s of board.sessions) if (placement(board, s).placed) at.set(`${s.slotId}|${s.spaceId}`, s);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap board-wrap" aria-labelledby="board-caption" tabIndex={0}>
      <table className="board-grid">
        <caption id="board-caption">{t("meetingsUi.board.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("meetingsUi.board.slotHeader")}</th>
            {board.spaces.map((space) => (
              <th scope="col" key={space.id}>
                {space.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.slots.map((slot) => (
            <tr key={slot.id}>
              <th scope="row">{slot.label}</th>
              {board.spaces.map((space) => (
                <BoardCell key={space.id} ctx={ctx} slotId={slot.id} spaceId={space.id} session={at.get(`${slot.id}|${space.id}`)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Unplaced({ ctx }: { ctx: BoardContext }) {
  const { t } = useTranslation();
  const { board } = ctx;
  const { over, handlers } = useDrop(ctx, null, null);
  const unplaced = board.sessions.filter((s) => !placement(board, s).placed);
  return (
    <section aria-labelledby="unplaced-heading" className={`panel unplaced${over ? " drop-over" : ""}`} {...handlers}>
      <h2 id="unplaced-heading">{t("meetingsUi.board.unplaced.heading")}</h2>
      {unplaced.length === 0 ? (
        <p>{t("meetingsUi.board.unplaced.none")}</p>
      ) : (
        <ul className="cards session-list">
          {unplaced.map((s) => (
            <li key={s.id}>
              <SessionCard session={s} ctx={ctx} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A one-field form that adds something to the board and shows the board it returns. */
function AddForm({
  ctx,
  path,
  field,
  label,
  hint,
  submitLabel,
  maxLength,
  done,
}: {
  ctx: BoardContext;
  path: string;
  field: string;
  label: string;
  hint: string;
  submitLabel: string;
  maxLength: number;
  done: (value: string) => string;
}) {
  const [value, setValue] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `${path}-`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    const sent = value;
    try {
      const b = await api<Board>("POST", `${ctx.url}/${path}`, { [field]: sent });
      // Keep anything typed while the request was on its way.
      setValue((v) => (v === sent ? "" : v));
      ctx.apply(b, done(sent.trim()));
    } catch (err) {
      setError(prefixed(err, prefix));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField
        name={`${prefix}${field}`}
        label={label}
        hint={hint}
        required
        maxLength={maxLength}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={error}
      />
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {submitLabel}
      </button>
    </form>
  );
}

/**
 * An open-space meeting's board (hosting, one of the three ways of learning together): participants propose
 * sessions, the board places them in time slots and spaces, people move freely between them (the law of two feet)
 * and each session's notes are written on the board. Changes by others arrive live over server-sent events.
 */
export function OpenSpaceBoardPage() {
  const { t, i18n } = useTranslation();
  const { home } = useNetwork();
  const { meetingId = "" } = useParams();
  const networkId = home.network.id;
  const meetingUrl = `/api/networks/${networkId}/meetings/${meetingId}`;
  const boardUrl = `${meetingUrl}/board`;
  const meeting = useApi<Meeting>(meetingUrl);
  const [board, setBoard] = useState<Board | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [live, setLive] = useState<LiveState>("connecting");
  const [message, setMessage] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const shown = useRef<Board | null>(null);
  // Every fetch and every change of ours takes a new number; an answer to an older fetch is dropped.
  const generation = useRef(0);
  const focusBefore = useRef<{ id: string | null; session: string | null } | null>(null);
  const messageTimer = useRef<number | undefined>(undefined);

  const say = useCallback((m: string) => {
    // Emptied first so that the same words twice are announced twice.
    setMessage("");
    window.clearTimeout(messageTimer.current);
    messageTimer.current = window.setTimeout(() => setMessage(m), 50);
  }, []);
  useEffect(() => () => window.clearTimeout(messageTimer.current), []);

  const show = useCallback((b: Board) => {
    const active =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    focusBefore.current = active
      ? { id: active.id || null, session: active.closest("[data-session]")?.getAttribute("data-session") ?? null }
      : null;
    shown.current = b;
    setBoard(b);
  }, []);

  // A session that moved to another cell is drawn anew: put focus back where it was, or on the session's heading.
  useLayoutEffect(() => {
    const before = focusBefore.current;
    focusBefore.current = null;
    if (!before || !board) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const el = before.id ? document.getElementById(before.id) : null;
    el?.focus();
    if (el && document.activeElement === el) return;
    if (before.session) document.getElementById(`session-${before.session}`)?.focus();
  }, [board]);

  const fetchBoard = useCallback(
    async (announce: boolean) => {
      const gen = ++generation.current;
      try {
        const b = await api<Board>("GET", boardUrl);
        if (gen !== generation.current) return;
        const before = shown.current;
        setLoadError(null);
        if (before && JSON.stringify(before) === JSON.stringify(b)) return;
        show(b);
        if (before && announce) say(t("meetingsUi.board.updated"));
      } catch (err) {
        if (gen === generation.current && !shown.current) setLoadError(err);
      }
    },
    [boardUrl, show, say, t],
  );
  const fetchRef = useRef(fetchBoard);
  useEffect(() => {
    fetchRef.current = fetchBoard;
  }, [fetchBoard]);

  useEffect(() => {
    let source: EventSource | null = null;
    let debounce: number | undefined;
    let retry: number | undefined;
    let stopped = false;
    const refresh = () => {
      window.clearTimeout(debounce);
      debounce = window.setTimeout(() => void fetchRef.current(true), DEBOUNCE_MS);
    };
    const connect = () => {
      if (stopped || typeof EventSource === "undefined") return;
      const es = new EventSource(`${boardUrl}/live`);
      source = es;
      es.addEventListener("ready", () => {
        setLive("live");
        refresh();
      });
      es.addEventListener("changed", refresh);
      es.addEventListener("error", () => {
        setLive("reconnecting");
        if (es.readyState === EventSource.CLOSED && !stopped) {
          es.close();
          retry = window.setTimeout(connect, RETRY_MS);
        }
      });
    };
    setLive("connecting");
    void fetchRef.current(false);
    connect();
    return () => {
      stopped = true;
      window.clearTimeout(debounce);
      window.clearTimeout(retry);
      source?.close();
    };
  }, [boardUrl]);

  const m = meeting.data;
  const title = m ? t("meetingsUi.board.title", { title: m.title }) : t("meetingsUi.board.titleLoading");
  const ctx: BoardContext | null = board
    ? {
        board,
        url: boardUrl,
        apply: (b, msg) => {
          generation.current++;
          show(b);
          if (msg) say(msg);
        },
        alert: setProblem,
      }
    : null;

  return (
    <Page title={title} actions={<LiveIndicator state={live} />}>
      <p>
        <Link to={`/networks/${networkId}/meetings/${meetingId}`}>{t("meetingsUi.board.back")}</Link>
      </p>
      {m ? (
        <p className="meta">
          <time dateTime={m.start}>{formatWhen(m.start, m.end, i18n.language)}</time>
          {m.place ? ` · ${m.place}` : ""}
        </p>
      ) : null}
      <FormError error={meeting.error} />
      <p>{t("meetingsUi.board.intro")}</p>
      <p className="hint">{t("meetingsUi.board.twoFeet")}</p>
      <p className="status board-status" role="status">
        {message}
      </p>
      {!ctx ? (
        loadError ? (
          <FormError error={loadError} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          {ctx.board.canTakePart ? (
            <section aria-labelledby="propose-heading" className="panel">
              <h2 id="propose-heading">{t("meetingsUi.board.propose.heading")}</h2>
              <AddForm
                ctx={ctx}
                path="sessions"
                field="topic"
                label={t("meetingsUi.board.propose.topic")}
                hint={t("meetingsUi.board.propose.hint")}
                submitLabel={t("meetingsUi.board.propose.submit")}
                maxLength={200}
                done={(topic) => t("meetingsUi.board.propose.done", { topic })}
              />
            </section>
          ) : null}

          <section aria-labelledby="board-heading">
            <h2 id="board-heading">{t("meetingsUi.board.heading")}</h2>
            {problem ? (
              <div className="form-error" role="alert">
                <p>{problem}</p>
              </div>
            ) : null}
            {ctx.board.sessions.some((s) => s.canEdit) ? <p className="hint">{t("meetingsUi.board.dragHint")}</p> : null}
            {ctx.board.slots.length > 0 && ctx.board.spaces.length > 0 ? (
              <BoardGrid ctx={ctx} />
            ) : (
              <>
                <p>{ctx.board.canArrange ? t("meetingsUi.board.emptyArrange") : t("meetingsUi.board.empty")}</p>
                {ctx.board.slots.length > 0 ? (
                  <p className="meta">{t("meetingsUi.board.slotsSoFar", { list: ctx.board.slots.map((s) => s.label).join(", ") })}</p>
                ) : null}
                {ctx.board.spaces.length > 0 ? (
                  <p className="meta">{t("meetingsUi.board.spacesSoFar", { list: ctx.board.spaces.map((s) => s.name).join(", ") })}</p>
                ) : null}
              </>
            )}
          </section>

          <Unplaced ctx={ctx} />

          {ctx.board.canArrange ? (
            <section aria-labelledby="arrange-heading" className="panel">
              <h2 id="arrange-heading">{t("meetingsUi.board.arrange.heading")}</h2>
              <div className="arrange-forms">
                <div>
                  <h3>{t("meetingsUi.board.arrange.slotHeading")}</h3>
                  <AddForm
                    ctx={ctx}
                    path="slots"
                    field="label"
                    label={t("meetingsUi.board.arrange.slotLabel")}
                    hint={t("meetingsUi.board.arrange.slotHint")}
                    submitLabel={t("meetingsUi.board.arrange.slotSubmit")}
                    maxLength={100}
                    done={(label) => t("meetingsUi.board.arrange.slotDone", { label })}
                  />
                </div>
                <div>
                  <h3>{t("meetingsUi.board.arrange.spaceHeading")}</h3>
                  <AddForm
                    ctx={ctx}
                    path="spaces"
                    field="name"
                    label={t("meetingsUi.board.arrange.spaceName")}
                    hint={t("meetingsUi.board.arrange.spaceHint")}
                    submitLabel={t("meetingsUi.board.arrange.spaceSubmit")}
                    maxLength={100}
                    done={(name) => t("meetingsUi.board.arrange.spaceDone", { name })}
                  />
                </div>
              </div>
            </section>
          ) : null}
        </>
      )}
    </Page>
  );
}
