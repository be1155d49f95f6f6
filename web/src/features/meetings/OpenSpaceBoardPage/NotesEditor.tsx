import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea } from "../../../components/Form.tsx";
import { renameFields } from "../meetingUtil.ts";
import type { Board } from "../types.ts";
import { type BoardContext, type Session, sessionPath } from "./board.ts";

/**
 * A session's notes. The draft follows the board until the user types; a save that meets someone else's
 * newer notes (409) shows theirs beside the user's text so that the two can be merged and saved again.
 */
export function NotesEditor({ session, ctx }: { session: Session; ctx: BoardContext }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  // The notes and version the draft was started from.
  const [base, setBase] = useState<{ notes: string; version: number } | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const { busy, error, setError, save } = useSave();
  const name = `notes-${session.id}`;
  const text = draft ?? session.notes;
  const put = (version: number, notes: string) =>
    ok(
      client.PUT("/api/networks/{networkId}/meetings/{meetingId}/board/sessions/{sessionId}/notes", {
        params: sessionPath(ctx, session),
        body: { version, notes },
      }),
    );
  const saved = (b: Board) => {
    setDraft(null);
    setBase(null);
    setTheirs(null);
    setError(null);
    ctx.apply(b, t("meetings.board.notes.saved", { topic: session.topic }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const started = base ?? { notes: session.notes, version: session.version };
    // A move or a rename also raises the version; only other notes are a real conflict.
    const version = started.notes === session.notes ? session.version : started.version;
    void save(() => put(version, text), {
      saved,
      failed: async (err) => {
        const current =
          err instanceof ApiError && err.status === 409 ? (err.current as { notes?: unknown; version?: unknown } | undefined) : undefined;
        if (!current || typeof current.notes !== "string" || typeof current.version !== "number")
          return renameFields(err, (f) => (f === "notes" ? name : `${name}-${f}`));
        try {
          if (current.notes === started.notes || current.notes === text) {
            saved(await put(current.version, text));
            return null;
          }
          setTheirs(current.notes);
          setBase({ notes: current.notes, version: current.version });
          setDraft(text);
          return err;
        } catch (again) {
          return again;
        }
      },
    });
  };
  const discard = () => {
    setDraft(null);
    setBase(null);
    setTheirs(null);
    setError(null);
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      {theirs !== null ? (
        <div className="conflict">
          <p>{t("meetings.board.notes.conflictHelp")}</p>
          <TextArea name={`${name}-theirs`} label={t("meetings.board.notes.theirs")} value={theirs} readOnly rows={5} />
        </div>
      ) : null}
      <TextArea
        name={name}
        label={theirs !== null ? t("meetings.board.notes.yours") : t("meetings.board.notes.label")}
        hint={t("meetings.board.notes.hint")}
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
          {theirs !== null ? t("meetings.board.notes.saveAgain") : t("common.save")}
          <span className="visually-hidden">: {t("meetings.board.notes.summary", { topic: session.topic })}</span>
        </button>
        {draft !== null ? (
          <button type="button" onClick={discard}>
            {t("meetings.board.notes.discard")}
          </button>
        ) : null}
      </div>
    </form>
  );
}
