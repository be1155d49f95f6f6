import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField } from "../../../components/Form.tsx";
import { renameFields } from "../meetingUtil.ts";
import { type BoardContext, isBoard, moveSession, type Session, useMovedMessage } from "./board.ts";

/** Slot and space selects with a Move button: the keyboard way to place a session (drag and drop is the other). */
export function PlaceForm({ session, ctx }: { session: Session; ctx: BoardContext }) {
  const { t } = useTranslation();
  const movedMessage = useMovedMessage();
  const { board } = ctx;
  // Null follows the board; a choice the user has made stays until it is sent.
  const [draft, setDraft] = useState<{ slot: string; space: string } | null>(null);
  const { busy, error, save } = useSave();
  const slot = draft?.slot ?? session.slotId ?? "";
  const space = draft?.space ?? session.spaceId ?? "";
  const slotName = `place-slot-${session.id}`;
  const spaceName = `place-space-${session.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(() => moveSession(ctx, session, slot || null, space || null), {
      saved: (b) => {
        setDraft(null);
        ctx.alert(null);
        ctx.apply(b, movedMessage(b, session, slot || null, space || null));
      },
      failed: (err) => {
        if (err instanceof ApiError && err.status === 409 && err.code !== "space_taken") {
          // Someone changed the session first: show the board as it is now and let the user decide again.
          if (isBoard(err.current)) ctx.apply(err.current);
          ctx.alert(t("meetings.board.staleMove", { topic: session.topic }));
          return null;
        }
        return renameFields(err, (f) => (f === "slotId" ? slotName : f === "spaceId" ? spaceName : f));
      },
    });
  };
  return (
    <details className="board-disclosure">
      <summary>
        {t("meetings.board.place.summary")}
        <span className="visually-hidden">: {session.topic}</span>
      </summary>
      <form className="place-form" onSubmit={submit} noValidate>
        <FormError error={error} />
        <SelectField
          name={slotName}
          label={t("meetings.board.place.slot")}
          value={slot}
          onChange={(e) => setDraft({ slot: e.target.value, space })}
          options={[
            { value: "", label: t("meetings.board.place.notPlaced") },
            ...board.slots.map((s) => ({ value: s.id, label: s.label })),
          ]}
          error={error}
        />
        <SelectField
          name={spaceName}
          label={t("meetings.board.place.space")}
          value={space}
          onChange={(e) => setDraft({ slot, space: e.target.value })}
          options={[
            { value: "", label: t("meetings.board.place.notPlaced") },
            ...board.spaces.map((s) => ({ value: s.id, label: s.name })),
          ]}
          error={error}
        />
        <button type="submit" id={`move-${session.id}`} aria-disabled={busy || undefined}>
          {t("meetings.board.place.move")}
          <span className="visually-hidden">: {session.topic}</span>
        </button>
      </form>
    </details>
  );
}
