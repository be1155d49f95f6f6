import { useTranslation } from "react-i18next";
import { DataTable } from "../../../components/DataTable.tsx";
import { type BoardContext, placement, type Session } from "./board.ts";
import { SessionCard } from "./SessionCard.tsx";
import { useDrop } from "./useDrop.ts";

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
      {session ? <SessionCard session={session} ctx={ctx} /> : <span className="meta">{t("meetings.board.free")}</span>}
    </td>
  );
}

/** Rows are time slots, columns are spaces; each cell holds at most one session. */
export function BoardGrid({ ctx }: { ctx: BoardContext }) {
  const { t } = useTranslation();
  const { board } = ctx;
  const at = new Map<string, Session>();
  for (const s of board.sessions) if (placement(board, s).placed) at.set(`${s.slotId}|${s.spaceId}`, s);
  return (
    <DataTable
      caption={t("meetings.board.caption")}
      className="board-grid"
      frameClassName="board-wrap"
      columns={[
        { key: "slot", label: t("meetings.board.slotHeader") },
        ...board.spaces.map((space) => ({ key: space.id, label: space.name })),
      ]}
    >
      {board.slots.map((slot) => (
        <tr key={slot.id}>
          <th scope="row">{slot.label}</th>
          {board.spaces.map((space) => (
            <BoardCell key={space.id} ctx={ctx} slotId={slot.id} spaceId={space.id} session={at.get(`${slot.id}|${space.id}`)} />
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
