import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FEEDBACK_ITEMS, type FeedbackItem } from "../../../../../src/domain/meetings.ts";
import { client, ok } from "../../../api/client.ts";
import { FormError, TextArea } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { formatNumber } from "../../../i18n.ts";
import { StackedBar } from "../../surveys/charts.tsx";
import { fieldProblem, nowIn } from "../meetingUtil.ts";
import type { Distribution, Meeting } from "../types.ts";

const SCALE = ["1", "2", "3", "4", "5"];

function FeedbackForm({ networkId, meeting, onSaved }: { networkId: string; meeting: Meeting; onSaved: (m: Meeting) => void }) {
  const { t } = useTranslation();
  const mine = meeting.feedback.mine;
  const [answers, setAnswers] = useState<Partial<Record<FeedbackItem, string>>>(
    mine
      ? {
          timeWellUsed: String(mine.timeWellUsed),
          realDialogue: String(mine.realDialogue),
          concreteProgress: String(mine.concreteProgress),
        }
      : {},
  );
  const [comment, setComment] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    setBusy(true);
    try {
      const m = await ok(
        client.PUT("/api/networks/{networkId}/meetings/{meetingId}/feedback", {
          params: { path: { networkId, meetingId: meeting.id } },
          body: {
            timeWellUsed: Number(answers.timeWellUsed ?? 0),
            realDialogue: Number(answers.realDialogue ?? 0),
            concreteProgress: Number(answers.concreteProgress ?? 0),
            comment: comment.trim(),
          },
        }),
      );
      onSaved(m);
      setSaved(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="feedback-form-heading">
      <h3 id="feedback-form-heading">{mine ? t("meetingsUi.feedback.changeHeading") : t("meetingsUi.feedback.giveHeading")}</h3>
      {mine ? (
        <p className="notice">
          {t("meetingsUi.feedback.mine", {
            timeWellUsed: mine.timeWellUsed,
            realDialogue: mine.realDialogue,
            concreteProgress: mine.concreteProgress,
          })}
        </p>
      ) : null}
      <FormError error={error} />
      {FEEDBACK_ITEMS.map((k) => (
        <RadioGroup
          key={k}
          name={k}
          legend={t(`meetingsUi.feedback.question.${k}`)}
          options={SCALE.map((v) => ({ value: v, label: t(`meetingsUi.feedback.scale.${v}`) }))}
          value={answers[k]}
          onChange={(v) => setAnswers((a) => ({ ...a, [k]: v }))}
          error={fieldProblem(error, k)}
        />
      ))}
      <TextArea
        name="comment"
        label={t("meetingsUi.feedback.comment")}
        hint={mine ? t("meetingsUi.feedback.commentReplaces") : t("meetingsUi.feedback.commentHint")}
        rows={3}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        error={error}
      />
      <button type="submit" className="primary" disabled={busy}>
        {mine ? t("meetingsUi.feedback.update") : t("meetingsUi.feedback.submit")}
      </button>
      {saved ? <Status>{t("meetingsUi.feedback.thanks")}</Status> : null}
    </form>
  );
}

function DistributionRow({ item, d }: { item: FeedbackItem; d: Distribution }) {
  const { t } = useTranslation();
  const labels = SCALE.map((v) => t(`meetingsUi.feedback.scaleShort.${v}`));
  const aria = t("meetingsUi.feedback.distributionLabel", {
    question: t(`meetingsUi.feedback.short.${item}`),
    counts: d.counts.map((c, i) => `${labels[i] ?? i + 1}: ${c}`).join(", "),
  });
  return (
    <li className="feedback-item">
      <p className="strong">{t(`meetingsUi.feedback.question.${item}`)}</p>
      <p>
        {d.mean === null
          ? t("meetingsUi.feedback.noMean")
          : t("meetingsUi.feedback.mean", { mean: formatNumber(Math.round(d.mean * 10) / 10), count: d.n })}
      </p>
      <StackedBar counts={d.counts} labels={labels} ariaLabel={aria} />
    </li>
  );
}

function FeedbackSummary({ summary, minGroupSize }: { summary: NonNullable<Meeting["feedback"]["summary"]>; minGroupSize: number }) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{t("meetingsUi.feedback.summaryHeading")}</h3>
      <p>{t("meetingsUi.feedback.respondents", { count: summary.respondents })}</p>
      {summary.hidden ? (
        <p className="notice">{t("meetingsUi.feedback.hidden", { min: minGroupSize })}</p>
      ) : (
        <>
          <p className="hint">{t("meetingsUi.feedback.released", { n: summary.releasedRespondents, next: summary.nextReleaseAt })}</p>
          <ul className="plain feedback-items">
            {FEEDBACK_ITEMS.map((k) => {
              const d = summary[k];
              return d ? <DistributionRow key={k} item={k} d={d} /> : null;
            })}
          </ul>
          <h4>{t("meetingsUi.feedback.comments")}</h4>
          {summary.comments.length === 0 ? (
            <p>{t("meetingsUi.feedback.noComments")}</p>
          ) : (
            <ul className="feedback-comments">
              {summary.comments.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: anonymous comments have no identity of their own
                <li key={i} className="prose">
                  {c}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

/** Feedback on the encounter's quality: participants answer after the start, planners see the summary from the minimum group size. */
export function FeedbackSection({
  networkId,
  meeting,
  minGroupSize,
  onChange,
}: {
  networkId: string;
  meeting: Meeting;
  minGroupSize: number;
  onChange: (m: Meeting) => void;
}) {
  const { t } = useTranslation();
  const started = nowIn(meeting.timeZone) >= meeting.start;
  const summary = meeting.feedback.summary;
  return (
    <section aria-labelledby="feedback-heading" className="panel no-print">
      <h2 id="feedback-heading">{t("meetingsUi.feedback.heading")}</h2>
      <p className="hint meeting-help">{t("meetingsUi.feedback.help")}</p>
      {meeting.isParticipant ? (
        started ? (
          <FeedbackForm networkId={networkId} meeting={meeting} onSaved={onChange} />
        ) : (
          <p>{t("meetingsUi.feedback.tooEarly")}</p>
        )
      ) : summary ? null : (
        <p>{t("meetingsUi.feedback.participantsOnly")}</p>
      )}
      {summary ? <FeedbackSummary summary={summary} minGroupSize={minGroupSize} /> : null}
    </section>
  );
}
