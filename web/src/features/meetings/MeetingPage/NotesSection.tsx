import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { ConflictNote, FormError, TextArea } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { formatClock } from "../meetingUtil.ts";
import type { AgendaBlock } from "../types.ts";
import type { SectionProps } from "./section.ts";

/** One block's notes; a stale save shows the stored notes next to yours, to merge and save again. */
function NotesEditor({ networkId, meeting, block, onChange }: SectionProps & { block: AgendaBlock }) {
  const { t } = useTranslation();
  const [notes, setNotes] = useState(block.notes);
  const [version, setVersion] = useState(block.notesVersion);
  const [theirs, setTheirs] = useState<string | null>(null);
  const name = `notes-${block.id}`;
  const { busy, error, save, saved } = useSave(name);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/meetings/{meetingId}/blocks/{blockId}/notes", {
            params: { path: { networkId, meetingId: meeting.id, blockId: block.id } },
            body: { version, notes },
          }),
        ),
      {
        saved: (m) => {
          const stored = m.agenda.find((b) => b.id === block.id);
          if (stored) setVersion(stored.notesVersion);
          setTheirs(null);
          onChange(m);
        },
        failed: (err) => {
          if (err instanceof ApiError && err.status === 409 && err.current) {
            const current = err.current as Pick<AgendaBlock, "notes" | "notesVersion">;
            setTheirs(current.notes);
            setVersion(current.notesVersion);
          }
          return err;
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      {theirs !== null ? (
        <ConflictNote message={t("meetings.notes.conflict")}>
          <p className="strong">{t("meetings.notes.theirs")}</p>
          <p className="prose notes-theirs">{theirs || t("meetings.notes.emptyTheirs")}</p>
          <div className="toolbar">
            <button type="button" onClick={() => setNotes((mine) => (mine.trim() ? `${theirs}\n\n${mine}` : theirs))}>
              {t("meetings.notes.combine")}
            </button>
            <button type="button" onClick={() => setNotes(theirs)}>
              {t("meetings.notes.useTheirs")}
            </button>
          </div>
        </ConflictNote>
      ) : null}
      {theirs === null ? <FormError error={error} /> : null}
      <TextArea
        // The save hook names the server's errors `<prefix>-<field>`; the input takes that name so its own message shows.
        name={`${name}-notes`}
        label={theirs !== null ? t("meetings.notes.yours") : t("meetings.notes.label", { block: block.title })}
        rows={5}
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={error}
      />
      <button type="submit" disabled={busy}>
        {t("meetings.notes.save")}
        <span className="visually-hidden">: {block.title}</span>
      </button>
      {saved ? <Status>{t("meetings.notes.saved", { block: block.title })}</Status> : null}
    </form>
  );
}

/** Each agenda block's notes: written by those who take part, read by everyone in the network. */
export function NotesSection({ networkId, meeting, onChange }: SectionProps) {
  const { t, i18n } = useTranslation();
  const blocks = [...meeting.agenda].sort((a, b) => a.startMinute - b.startMinute);
  return (
    <Section id="notes-heading" className="panel" title={t("meetings.notes.heading")}>
      <p className="hint meeting-help">{meeting.canWriteNotes ? t("meetings.notes.helpWrite") : t("meetings.notes.helpRead")}</p>
      {blocks.length === 0 ? <p>{t("meetings.notes.noBlocks")}</p> : null}
      {blocks.map((b) => (
        <div key={b.id} className="notes-block">
          <h3>
            {formatClock(meeting.start, b.startMinute, i18n.language)} {b.title}
          </h3>
          {meeting.canWriteNotes ? (
            <NotesEditor networkId={networkId} meeting={meeting} block={b} onChange={onChange} />
          ) : b.notes ? (
            <p className="prose">{b.notes}</p>
          ) : (
            <p className="meta">{t("meetings.notes.none")}</p>
          )}
        </div>
      ))}
    </Section>
  );
}
