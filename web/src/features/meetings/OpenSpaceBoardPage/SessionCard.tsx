import type { DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { type BoardContext, DRAG_TYPE, placement, type Session, sessionPath } from "./board.ts";
import { NotesEditor } from "./NotesEditor.tsx";
import { PlaceForm } from "./PlaceForm.tsx";

/** One proposed session: its topic, convener, who is there, and what the viewer may do with it. */
export function SessionCard({ session, ctx }: { session: Session; ctx: BoardContext }) {
  const { t } = useTranslation();
  const { board } = ctx;
  const { busy, error, save } = useSave();
  const here = board.me !== null && session.people.some((p) => p.id === board.me);
  const { slot, space, placed } = placement(board, session);
  const presence = () =>
    save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}/presence", {
            params: sessionPath(ctx, session),
            body: { present: !here },
          }),
        ),
      { saved: (b) => ctx.apply(b, t(here ? "meetings.board.left" : "meetings.board.joined", { topic: session.topic })) },
    );
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
          <span className="badge">{t("meetings.board.youAreHere")}</span>
        </p>
      ) : null}
      <p className="meta">
        {session.convener ? t("meetings.board.convener", { name: session.convener.name }) : t("meetings.board.noConvener")}
      </p>
      {!placed && (slot || space) ? (
        <p className="meta">
          {slot
            ? t("meetings.board.partlyPlacedSlot", { slot: slot.label })
            : t("meetings.board.partlyPlacedSpace", { space: space?.name })}
        </p>
      ) : null}
      <p className="meta">{t("meetings.board.peopleCount", { count: session.people.length })}</p>
      {session.people.length > 0 ? (
        <ul className="people-list" aria-label={t("meetings.board.peopleList", { topic: session.topic })}>
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
            {here ? t("meetings.board.leave") : t("meetings.board.join")}
            <span className="visually-hidden">: {session.topic}</span>
          </button>
        </div>
      ) : null}
      <FormError error={error} />
      {session.canEdit ? <PlaceForm session={session} ctx={ctx} /> : null}
      <details className="board-disclosure">
        <summary>
          {session.notes ? t("meetings.board.notes.title") : t("meetings.board.notes.titleEmpty")}
          <span className="visually-hidden">: {session.topic}</span>
        </summary>
        {board.canTakePart ? (
          <NotesEditor session={session} ctx={ctx} />
        ) : session.notes ? (
          <p className="prose">{session.notes}</p>
        ) : (
          <p className="meta">{t("meetings.board.notes.none")}</p>
        )}
      </details>
    </article>
  );
}
