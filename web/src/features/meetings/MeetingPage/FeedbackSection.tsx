import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FEEDBACK_ITEMS, type FeedbackItem } from "../../../../../src/domain/meetings.ts";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, TextArea, useDraft } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { TextList } from "../../../components/TextList.tsx";
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
  const { busy, error, save, saved } = useSave();
  const { draft, field } = useDraft({ comment: "" }, { error });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/meetings/{meetingId}/feedback", {
            params: { path: { networkId, meetingId: meeting.id } },
            body: {
              timeWellUsed: Number(answers.timeWellUsed ?? 0),
              realDialogue: Number(answers.realDialogue ?? 0),
              concreteProgress: Number(answers.concreteProgress ?? 0),
              comment: draft.comment.trim(),
            },
          }),
        ),
      {
        saved: (m) => {
          onSaved(m);
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="feedback-form-heading">
      <h3 id="feedback-form-heading">{mine ? t("meetings.feedback.changeHeading") : t("meetings.feedback.giveHeading")}</h3>
      {mine ? (
        <p className="notice">
          {t("meetings.feedback.mine", {
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
          legend={t(`meetings.feedback.question.${k}`)}
          options={SCALE.map((v) => ({ value: v, label: t(`meetings.feedback.scale.${v}`) }))}
          value={answers[k]}
          onChange={(v) => setAnswers((a) => ({ ...a, [k]: v }))}
          error={fieldProblem(error, k)}
        />
      ))}
      <TextArea
        {...field("comment")}
        label={t("meetings.feedback.comment")}
        hint={mine ? t("meetings.feedback.commentReplaces") : t("meetings.feedback.commentHint")}
        rows={3}
      />
      <button type="submit" className="primary" disabled={busy}>
        {mine ? t("meetings.feedback.update") : t("meetings.feedback.submit")}
      </button>
      {saved ? <Status>{t("meetings.feedback.thanks")}</Status> : null}
    </form>
  );
}

function DistributionRow({ item, d }: { item: FeedbackItem; d: Distribution }) {
  const { t } = useTranslation();
  const labels = SCALE.map((v) => t(`meetings.feedback.scaleShort.${v}`));
  const aria = t("meetings.feedback.distributionLabel", {
    question: t(`meetings.feedback.short.${item}`),
    counts: d.counts.map((c, i) => `${labels[i] ?? i + 1}: ${c}`).join(", "),
  });
  return (
    <li className="feedback-item">
      <p className="strong">{t(`meetings.feedback.question.${item}`)}</p>
      <p>
        {d.mean === null
          ? t("meetings.feedback.noMean")
          : t("meetings.feedback.mean", { mean: formatNumber(Math.round(d.mean * 10) / 10), count: d.n })}
      </p>
      <StackedBar counts={d.counts} labels={labels} ariaLabel={aria} />
    </li>
  );
}

function FeedbackSummary({ summary, minGroupSize }: { summary: NonNullable<Meeting["feedback"]["summary"]>; minGroupSize: number }) {
  const { t } = useTranslation();
  return (
    <div>
      <h3>{t("meetings.feedback.summaryHeading")}</h3>
      <p>{t("meetings.feedback.respondents", { count: summary.respondents })}</p>
      {summary.hidden ? (
        <p className="notice">{t("meetings.feedback.hidden", { min: minGroupSize })}</p>
      ) : (
        <>
          <p className="hint">{t("meetings.feedback.released", { n: summary.releasedRespondents, next: summary.nextReleaseAt })}</p>
          <ul className="plain feedback-items">
            {FEEDBACK_ITEMS.map((k) => {
              const d = summary[k];
              return d ? <DistributionRow key={k} item={k} d={d} /> : null;
            })}
          </ul>
          <h4>{t("meetings.feedback.comments")}</h4>
          {summary.comments.length === 0 ? (
            <p>{t("meetings.feedback.noComments")}</p>
          ) : (
            <TextList texts={summary.comments} className="feedback-comments" itemClassName="prose" />
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
    <Section id="feedback-heading" className="panel no-print" title={t("meetings.feedback.heading")}>
      <p className="hint meeting-help">{t("meetings.feedback.help")}</p>
      {meeting.isParticipant ? (
        started ? (
          <FeedbackForm networkId={networkId} meeting={meeting} onSaved={onChange} />
        ) : (
          <p>{t("meetings.feedback.tooEarly")}</p>
        )
      ) : summary ? null : (
        <p>{t("meetings.feedback.participantsOnly")}</p>
      )}
      {summary ? <FeedbackSummary summary={summary} minGroupSize={minGroupSize} /> : null}
    </Section>
  );
}
