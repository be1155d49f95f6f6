import { useTranslation } from "react-i18next";
import { POLL_AUDIENCES, type PollAudience } from "../../../../../src/domain/polls.ts";
import { ApiError } from "../../../api/client.ts";
import { FormError, TextField } from "../../../components/Form.tsx";
import { MemberChecklist, useAllMembers } from "../../../components/MemberChecklist.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { CheckField, ChoiceGroup } from "../ChoiceGroup.tsx";
import type { PollDraft } from "./draft.ts";

/** Who may vote (everyone, one vote per organisation, or chosen people), the quorum and how open the votes are. */
export function VoterFields({
  draft,
  set,
  agreedQuorum,
  error,
}: {
  draft: PollDraft;
  set: <K extends keyof PollDraft>(key: K, value: PollDraft[K]) => void;
  /** The quorum the agreement states for this kind of decision, used when the form leaves it empty. */
  agreedQuorum: number | null;
  error: unknown;
}) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const group = draft.audience === "group";
  const { members, error: membersError } = useAllMembers(networkId, group);
  const problem = (name: string) => (error instanceof ApiError ? error.fields[name] : undefined);
  return (
    <>
      <ChoiceGroup
        name="audience"
        legend={t("polls.form.audience")}
        choices={POLL_AUDIENCES.map((a) => ({
          value: a,
          label: t(`polls.audience.${a}.name`),
          description: t(`polls.audience.${a}.description`),
        }))}
        value={draft.audience}
        onChange={(v) => set("audience", v as PollAudience)}
        error={problem("audience")}
      />
      {group ? (
        <>
          <FormError error={membersError} />
          <MemberChecklist
            networkId={networkId}
            legend={t("polls.form.chosenVoters")}
            chosen={draft.audienceIds}
            onChange={(ids) => set("audienceIds", ids)}
            field="audienceIds"
            error={error}
            // Observers follow the network but do not vote.
            members={members?.filter((m) => m.role !== "observer") ?? null}
          />
        </>
      ) : null}
      <TextField
        name="quorum"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        label={t("polls.form.quorum")}
        hint={agreedQuorum === null ? t("polls.form.quorumHintNone") : t("polls.form.quorumHintAgreed", { percent: agreedQuorum })}
        value={draft.quorum}
        onChange={(e) => set("quorum", e.target.value)}
        error={error}
      />
      <fieldset className="radio-group">
        <legend>{t("polls.form.openness")}</legend>
        <CheckField
          name="anonymous"
          label={t("polls.form.anonymous")}
          hint={t("polls.form.anonymousHint")}
          checked={draft.anonymous}
          onChange={(on) => set("anonymous", on)}
        />
        <CheckField
          name="hideResultsUntilClosed"
          label={t("polls.form.hideResults")}
          hint={draft.anonymous ? t("polls.form.hideResultsAnonymous") : t("polls.form.hideResultsHint")}
          checked={draft.hideResultsUntilClosed || draft.anonymous}
          disabled={draft.anonymous}
          onChange={(on) => set("hideResultsUntilClosed", on)}
        />
        <CheckField
          name="allowChange"
          label={t("polls.form.allowChange")}
          hint={t("polls.form.allowChangeHint")}
          checked={draft.allowChange}
          onChange={(on) => set("allowChange", on)}
        />
      </fieldset>
    </>
  );
}
