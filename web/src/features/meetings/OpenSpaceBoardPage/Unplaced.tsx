import { useTranslation } from "react-i18next";
import { type BoardContext, placement } from "./board.ts";
import { SessionCard } from "./SessionCard.tsx";
import { useDrop } from "./useDrop.ts";

/** Sessions not (yet) in a slot and a space; dropping a session here takes it off the grid. */
export function Unplaced({ ctx }: { ctx: BoardContext }) {
  const { t } = useTranslation();
  const { board } = ctx;
  const { over, handlers } = useDrop(ctx, null, null);
  const unplaced = board.sessions.filter((s) => !placement(board, s).placed);
  return (
    <section aria-labelledby="unplaced-heading" className={`panel unplaced${over ? " drop-over" : ""}`} {...handlers}>
      <h2 id="unplaced-heading">{t("meetings.board.unplaced.heading")}</h2>
      {unplaced.length === 0 ? (
        <p>{t("meetings.board.unplaced.none")}</p>
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
