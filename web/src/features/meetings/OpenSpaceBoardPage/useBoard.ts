import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import type { Board } from "../types.ts";
import type { BoardContext, LiveState } from "./board.ts";

/** Changes come in bursts (a move and a join): one fetch after the burst is enough. */
const DEBOUNCE_MS = 150;
/** EventSource retries by itself unless the server refused the stream; then we try again after this. */
const RETRY_MS = 5000;

/**
 * The board as it is now: loaded once, then again whenever the server-sent events say that someone changed
 * it. A change of ours shows the board it returned with a polite message; focus stays where it was.
 */
export function useBoard(networkId: string, meetingId: string) {
  const { t } = useTranslation();
  const boardUrl = `/api/networks/${networkId}/meetings/${meetingId}/board`;
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
        const b = await ok(
          client.GET("/api/networks/{networkId}/meetings/{meetingId}/board", { params: { path: { networkId, meetingId } } }),
        );
        if (gen !== generation.current) return;
        const before = shown.current;
        setLoadError(null);
        if (before && JSON.stringify(before) === JSON.stringify(b)) return;
        show(b);
        if (before && announce) say(t("meetings.board.updated"));
      } catch (err) {
        if (gen === generation.current && !shown.current) setLoadError(err);
      }
    },
    [networkId, meetingId, show, say, t],
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

  const ctx: BoardContext | null = board
    ? {
        board,
        networkId,
        meetingId,
        apply: (b, msg) => {
          generation.current++;
          show(b);
          if (msg) say(msg);
        },
        alert: setProblem,
      }
    : null;

  return { ctx, loadError, live, message, problem };
}
