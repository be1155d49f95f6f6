import type { FormEvent, ReactNode } from "react";
import type { Body } from "../../../api/client.ts";
import type { Poll } from "../words.ts";

export type VoteBody = Body<"/api/networks/{networkId}/polls/{pollId}/vote", "put">;

/** What every kind's vote form gets: the poll, the last save's error, and the save to call with the form's own problems. */
export interface VoteFormProps {
  poll: Poll;
  error: unknown;
  busy: boolean;
  submitLabel: string;
  onSubmit: (body: VoteBody, problems: Record<string, string>) => void;
}

/** The frame of every kind's vote form: its fields, then the one button that sends the vote. */
export function VoteFrame({
  busy,
  submitLabel,
  onSubmit,
  children,
}: Pick<VoteFormProps, "busy" | "submitLabel"> & {
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  return (
    <form onSubmit={onSubmit} noValidate>
      {children}
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
