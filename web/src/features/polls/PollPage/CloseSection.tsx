import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { ConfirmButton, useConfirm } from "../../../components/ConfirmButton.tsx";
import { FormError } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { CheckField, ChoiceGroup } from "../ChoiceGroup.tsx";
import { optionNames, type Poll } from "../words.ts";

/** The options the closer may choose: any time of a time poll, or the options tied at the top. */
function choosable(poll: Poll) {
  if (poll.kind === "time_poll") return poll.options;
  const outcome = poll.results?.outcome;
  return outcome?.status === "tie" ? poll.options.filter((o) => outcome.optionIds.includes(o.id)) : [];
}

/** The option the count chose, to preselect; a tie preselects nothing, so that the closer chooses knowingly. */
const favoured = (poll: Poll) =>
  poll.chosenOptionId ?? (poll.results?.outcome.status === "chosen" ? (poll.results.outcome.optionIds[0] ?? "") : "");

/**
 * Closing a poll (its author or a coordinator) and what follows: choosing among tied options or the time of a time
 * poll, planning that meeting in the annual clock (coordinators), the links to the decision and the meeting, and
 * deleting a poll nobody has voted in. What an action did is said here, and takes focus.
 */
export function CloseSection({ poll, onChanged }: { poll: Poll; onChanged: (p: Poll) => void }) {
  const { t, i18n } = useTranslation();
  const { networkId, coordinator } = useNetwork();
  const navigate = useNavigate();
  const ask = useConfirm();
  const { busy, error, save } = useSave();
  const [message, setMessage] = useState<string | null>(null);
  const [chosen, setChosen] = useState(favoured(poll));
  const [createEvent, setCreateEvent] = useState(false);
  const names = optionNames(poll.options, i18n.language);
  const options = choosable(poll);

  const settling = !poll.open && poll.canSettle && poll.chosenOptionId === null && options.length > 0;
  const planning = poll.open ? coordinator && poll.kind === "time_poll" : poll.canPlanMeeting;
  const showForm = poll.canClose || settling || poll.canPlanMeeting;
  const base = `/networks/${networkId}`;
  if (!showForm && !poll.decisionId && !poll.eventId && !poll.canDelete && !message) return null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> =
      createEvent && !chosen && !poll.chosenOptionId ? { chosenOptionId: t("polls.close.chooseTime") } : {};
    if (poll.open && Object.keys(problems).length === 0) {
      const sure = await ask({ question: t("polls.close.confirm", { title: poll.title }), confirmLabel: t("polls.close.button") });
      if (!sure) return;
    }
    const body = {
      ...(chosen && options.some((o) => o.id === chosen) && (poll.open || settling) ? { chosenOptionId: chosen } : {}),
      ...(createEvent && planning ? { createEvent: true } : {}),
    };
    await save(
      () => ok(client.POST("/api/networks/{networkId}/polls/{pollId}/close", { params: { path: { networkId, pollId: poll.id } }, body })),
      {
        problems,
        saved: (p) => {
          onChanged(p);
          setCreateEvent(false);
          setMessage(
            [
              poll.open ? t("polls.close.closed") : t("polls.close.settled"),
              p.decisionId && !poll.decisionId ? t("polls.close.logged") : "",
              p.eventId && !poll.eventId ? t("polls.close.meetingMade") : "",
            ]
              .filter(Boolean)
              .join(" "),
          );
        },
      },
    );
  };

  const remove = async () => {
    await save(() => ok(client.DELETE("/api/networks/{networkId}/polls/{pollId}", { params: { path: { networkId, pollId: poll.id } } })), {
      saved: () => navigate(`${base}/polls`, { state: { deleted: poll.title } }),
    });
  };

  const chooseProblem = error instanceof ApiError ? error.fields.chosenOptionId : undefined;
  return (
    <Section id="close-heading" className="panel" title={poll.open ? t("polls.close.heading") : t("polls.close.headingClosed")}>
      <FormError error={error} />
      {showForm ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {poll.open ? <p>{t("polls.close.intro", { date: formatDate(poll.closesAt, true) })}</p> : null}
          {(poll.open || settling) && options.length > 0 ? (
            <ChoiceGroup
              name="chosenOptionId"
              legend={poll.kind === "time_poll" ? t("polls.close.chooseTimeLegend") : t("polls.close.breakTie")}
              hint={poll.kind === "time_poll" ? t("polls.close.chooseTimeHint") : t("polls.close.breakTieHint")}
              choices={options.map((o) => ({ value: o.id, label: names.get(o.id) ?? "" }))}
              value={chosen}
              onChange={setChosen}
              error={chooseProblem}
            />
          ) : null}
          {!poll.open && poll.chosenOptionId && poll.canPlanMeeting ? (
            <p>{t("polls.close.chosenTime", { time: names.get(poll.chosenOptionId) ?? "" })}</p>
          ) : null}
          {planning ? (
            <CheckField
              name="createEvent"
              label={t("polls.close.createEvent")}
              hint={poll.anonymous ? t("polls.close.createEventAnonymous") : t("polls.close.createEventHint")}
              checked={createEvent}
              onChange={setCreateEvent}
            />
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {poll.open ? t("polls.close.button") : t("polls.close.save")}
          </button>
        </form>
      ) : null}
      {message ? <Status focus>{message}</Status> : null}
      {poll.decisionId || poll.eventId ? (
        <ul className="poll-links">
          {poll.decisionId ? (
            <li>
              <Link to={`${base}/decisions#decision-${poll.decisionId}`}>{t("polls.close.toDecision")}</Link>
            </li>
          ) : null}
          {poll.eventId ? (
            <li>
              <Link to={`${base}/calendar?event=${poll.eventId}`}>{t("polls.close.toMeeting")}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      {poll.canDelete ? (
        <ConfirmButton
          label={t("polls.delete")}
          question={t("polls.confirmDelete", { title: poll.title })}
          danger
          disabled={busy}
          onConfirm={() => void remove()}
        />
      ) : null}
    </Section>
  );
}
