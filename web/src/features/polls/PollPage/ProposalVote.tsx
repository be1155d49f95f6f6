import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CONSENT_CHOICES, PROPOSAL_CHOICES } from "../../../../../src/domain/polls.ts";
import { ApiError } from "../../../api/client.ts";
import { TextArea } from "../../../components/Form.tsx";
import { ChoiceGroup } from "../ChoiceGroup.tsx";
import { type VoteFormProps, VoteFrame } from "./voteForm.tsx";

/** A proposal (agree, abstain, disagree, block) or a consent question (consent, objection), with a reason. */
export function ProposalVote({ poll, error, busy, submitLabel, onSubmit }: VoteFormProps) {
  const { t } = useTranslation();
  const mine = poll.myVote && (poll.myVote.kind === "proposal" || poll.myVote.kind === "consent") ? poll.myVote : null;
  const [choice, setChoice] = useState<string>(mine?.choice ?? "");
  const [reason, setReason] = useState(mine?.reason ?? "");
  const choices: readonly string[] = poll.kind === "consent" ? CONSENT_CHOICES : PROPOSAL_CHOICES;
  // A block stops a proposal and an objection a consent decision: the others need to know why.
  const needsReason = choice === "block" || choice === "objection";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!choice) problems.choice = t("polls.vote.chooseOne");
    if (needsReason && !reason.trim()) problems.reason = t("polls.voteError.reason_required");
    onSubmit({ choice, reason }, problems);
  };
  return (
    <VoteFrame busy={busy} submitLabel={submitLabel} onSubmit={submit}>
      <ChoiceGroup
        name="choice"
        legend={t("polls.vote.yourChoice")}
        choices={choices.map((c) => ({ value: c, label: t(`polls.choice.${c}`), description: t(`polls.choiceDescription.${c}`) }))}
        value={choice}
        onChange={setChoice}
        error={error instanceof ApiError ? error.fields.choice : undefined}
      />
      <TextArea
        name="reason"
        label={needsReason ? t("polls.vote.reasonRequired") : t("polls.vote.reason")}
        hint={needsReason ? t("polls.vote.reasonRequiredHint") : t("polls.vote.reasonHint")}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error}
        required={needsReason}
        maxLength={4000}
        rows={3}
      />
    </VoteFrame>
  );
}
