import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { optionNames, type Poll, voteText } from "../words.ts";
import { ChooseVote, DotVote, ScoreVote } from "./OptionVotes.tsx";
import { ProposalVote } from "./ProposalVote.tsx";
import { RankedVote } from "./RankedVote.tsx";
import { TimeVote } from "./TimeVote.tsx";
import type { VoteBody, VoteFormProps } from "./voteForm.tsx";

function VoteForm(props: VoteFormProps) {
  switch (props.poll.kind) {
    case "proposal":
    case "consent":
      return <ProposalVote {...props} />;
    case "choose":
      return <ChooseVote {...props} />;
    case "dot_vote":
      return <DotVote {...props} />;
    case "score":
      return <ScoreVote {...props} />;
    case "ranked_choice":
      return <RankedVote {...props} />;
    case "time_poll":
      return <TimeVote {...props} />;
  }
}

/**
 * The reader's vote: the form of the poll's kind while they may vote (or change their vote), their vote as it stands,
 * or why they cannot vote. After a save the confirmation takes focus below the button, where the person is.
 */
export function VoteSection({ poll, onVoted }: { poll: Poll; onVoted: (p: Poll) => void }) {
  const { t, i18n } = useTranslation();
  const { networkId, home } = useNetwork();
  const { busy, error, save } = useSave();
  const [saved, setSaved] = useState(false);
  const names = optionNames(poll.options, i18n.language);

  const submit = (body: VoteBody, problems: Record<string, string>) => {
    setSaved(false);
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/polls/{pollId}/vote", {
            params: { path: { networkId, pollId: poll.id } },
            body,
          }),
        ),
      {
        problems,
        saved: (p) => {
          onVoted(p);
          setSaved(true);
        },
      },
    );
  };

  if (!poll.open && !poll.hasVoted) return null;
  let state: string;
  if (poll.hasVoted && poll.myVote) state = t("polls.vote.yours", { vote: voteText(t, poll.myVote, names) });
  else if (poll.hasVoted) state = t("polls.vote.yoursSealed");
  else if (poll.canVote) state = t("polls.vote.notYet");
  else state = home.role === "observer" ? t("polls.vote.observer") : t("polls.vote.notAVoter");

  return (
    <Section id="vote-heading" className="panel poll-vote" title={t("polls.vote.heading")}>
      <p>{state}</p>
      {poll.votesForOrganisation ? <p className="hint">{t("polls.vote.forOrganisation")}</p> : null}
      {poll.open && poll.hasVoted && !poll.allowChange ? <p className="hint">{t("polls.vote.noChange")}</p> : null}
      {poll.canVote ? (
        <>
          <FormError error={error} />
          <VoteForm
            poll={poll}
            error={error}
            busy={busy}
            submitLabel={poll.hasVoted ? t("polls.vote.change") : t("polls.vote.submit")}
            onSubmit={submit}
          />
        </>
      ) : null}
      {saved ? <Status focus>{t("polls.vote.saved")}</Status> : null}
    </Section>
  );
}
