// What the parts of the open-space board share: its context, where a session sits, and a move.
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import type { Board } from "../types.ts";

export type Session = Board["sessions"][number];
export type LiveState = "connecting" | "live" | "reconnecting";

export const DRAG_TYPE = "application/x-solmu-session";

/** What the parts of the board need: the board and its meeting, and a way to show a new board with a message. */
export interface BoardContext {
  board: Board;
  networkId: string;
  meetingId: string;
  /** Shows a board that a change of ours returned, with an optional polite message. */
  apply: (board: Board, message?: string) => void;
  /** An alert above the board, e.g. when a move was refused. */
  alert: (message: string | null) => void;
}

export const isBoard = (v: unknown): v is Board => typeof v === "object" && v !== null && Array.isArray((v as Board).sessions);

/** The path parameters of one session's routes. */
export const sessionPath = (ctx: BoardContext, session: Session) => ({
  path: { networkId: ctx.networkId, meetingId: ctx.meetingId, sessionId: session.id },
});

/** Where a session sits: both a slot and a space that are on the board, or nowhere. */
export function placement(board: Board, s: Session) {
  const slot = board.slots.find((x) => x.id === s.slotId) ?? null;
  const space = board.spaces.find((x) => x.id === s.spaceId) ?? null;
  return { slot, space, placed: Boolean(slot && space) };
}

/** A move to a slot and a space (or off the board); a refusal comes back as an ApiError. */
export async function moveSession(ctx: BoardContext, session: Session, slotId: string | null, spaceId: string | null): Promise<Board> {
  return ok(
    client.PATCH("/api/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}", {
      params: sessionPath(ctx, session),
      body: { version: session.version, slotId, spaceId },
    }),
  );
}

export function useMovedMessage() {
  const { t } = useTranslation();
  return (board: Board, session: Session, slotId: string | null, spaceId: string | null) => {
    const slot = board.slots.find((x) => x.id === slotId);
    const space = board.spaces.find((x) => x.id === spaceId);
    return slot && space
      ? t("meetings.board.moved", { topic: session.topic, slot: slot.label, space: space.name })
      : t("meetings.board.movedOff", { topic: session.topic });
  };
}
