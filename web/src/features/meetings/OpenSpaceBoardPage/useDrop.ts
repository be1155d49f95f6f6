import { type DragEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { type BoardContext, DRAG_TYPE, isBoard, moveSession, useMovedMessage } from "./board.ts";

/** Drag and drop onto a cell or the unplaced list, for those who may place sessions; the selects do the same by keyboard. */
export function useDrop(ctx: BoardContext, slotId: string | null, spaceId: string | null) {
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
            ctx.alert(t("meetings.board.staleMove", { topic: session.topic }));
          } else ctx.alert(err instanceof ApiError ? err.message : t("errors.network"));
        }
      },
    },
  };
}
