import { type FormEvent, useState } from "react";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextField } from "../../../components/Form.tsx";
import type { Board } from "../types.ts";
import type { BoardContext } from "./board.ts";

/** What can be added to the board, and the field each one sends. */
const FIELD = { sessions: "topic", slots: "label", spaces: "name" } as const;
type Part = keyof typeof FIELD;

/** Adds a session, a time slot or a space; the answer is the board as it is now. */
function addToBoard(ctx: BoardContext, part: Part, value: string): Promise<Board> {
  const params = { path: { networkId: ctx.networkId, meetingId: ctx.meetingId } };
  if (part === "sessions")
    return ok(client.POST("/api/networks/{networkId}/meetings/{meetingId}/board/sessions", { params, body: { topic: value } }));
  if (part === "slots")
    return ok(client.POST("/api/networks/{networkId}/meetings/{meetingId}/board/slots", { params, body: { label: value } }));
  return ok(client.POST("/api/networks/{networkId}/meetings/{meetingId}/board/spaces", { params, body: { name: value } }));
}

/** A one-field form that adds something to the board and shows the board it returns. */
export function AddForm({
  ctx,
  path,
  label,
  hint,
  submitLabel,
  maxLength,
  done,
}: {
  ctx: BoardContext;
  path: Part;
  label: string;
  hint: string;
  submitLabel: string;
  maxLength: number;
  done: (value: string) => string;
}) {
  const [value, setValue] = useState("");
  const { busy, error, save } = useSave(path);
  const prefix = `${path}-`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const sent = value;
    void save(() => addToBoard(ctx, path, sent), {
      saved: (b) => {
        // Keep anything typed while the request was on its way.
        setValue((v) => (v === sent ? "" : v));
        ctx.apply(b, done(sent.trim()));
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField
        name={`${prefix}${FIELD[path]}`}
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
