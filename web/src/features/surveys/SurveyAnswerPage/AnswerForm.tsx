import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../../../../src/domain/format.ts";
import { ConflictNote, FormError } from "../../../components/Form.tsx";
import { formatDate, formatDay } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { MyResponse, SurveyRound, SurveyTarget } from "../types.ts";
import { NetworkQuestions } from "./NetworkQuestions.tsx";
import { RatingCard } from "./RatingCard.tsx";
import { ResourceQuestions } from "./ResourceQuestions.tsx";
import { TargetSearch } from "./TargetSearch.tsx";
import { useAnswerForm } from "./useAnswerForm.ts";

function useTime() {
  const { i18n } = useTranslation();
  return (iso: string) => new Intl.DateTimeFormat(intlLocale(i18n.language), { timeStyle: "short" }).format(new Date(iso));
}

/** Step one of the form: choosing whom one has worked with, and rating each of them. */
function RatingsStep({ form, round, targets }: { form: ReturnType<typeof useAnswerForm>; round: SurveyRound; targets: SurveyTarget[] }) {
  const { t } = useTranslation();
  const { draft, error, announcement, setAnnouncement, search, byId, chosen, add, remove, changeRating } = form;
  return (
    <section aria-labelledby="survey-step1" className="panel">
      <h2 id="survey-step1">{round.level === "organisation" ? t("surveys.answer.step1Organisations") : t("surveys.answer.step1People")}</h2>
      <p>{round.level === "organisation" ? t("surveys.answer.step1HelpOrganisations") : t("surveys.answer.step1HelpPeople")}</p>
      <p className="hint">{t("surveys.answer.scaleExplained")}</p>
      {targets.length === 0 ? (
        <p>{t("surveys.answer.noTargets")}</p>
      ) : (
        <TargetSearch
          targets={targets}
          chosen={chosen}
          onAdd={add}
          announcement={announcement}
          onTyping={() => setAnnouncement("")}
          inputRef={search}
          level={round.level}
        />
      )}
      <h3>{t("surveys.answer.chosen", { count: draft.ratings.length })}</h3>
      {draft.ratings.length === 0 ? (
        <p className="hint">{t("surveys.answer.noneChosen")}</p>
      ) : (
        <ul className="plain survey-cards">
          {draft.ratings.map((r, i) => (
            <RatingCard
              key={r.targetId}
              level={round.level}
              index={i}
              rating={r}
              target={byId.get(r.targetId)}
              onChange={changeRating}
              onRemove={() => remove(r.targetId)}
              error={error}
              asksValue={round.asksResources}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The answer form: whom one has worked with and how they are rated, then the network-level questions. */
export function AnswerForm({
  round,
  targets,
  initial,
  onSaved,
}: {
  round: SurveyRound;
  targets: SurveyTarget[];
  initial: MyResponse | null;
  onSaved: (r: MyResponse) => void;
}) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const time = useTime();
  const form = useAnswerForm({ networkId, round, targets, initial, onSaved });
  const { draft, set, status, error, busy, saved, conflict, save } = form;

  const submitForm = (e: FormEvent) => {
    e.preventDefault();
    void save(true);
  };
  const closes = formatDay(round.closesOn);

  return (
    <form onSubmit={submitForm} noValidate className="survey-form">
      {conflict ? <ConflictNote alert message={t("surveys.answer.conflict")} /> : null}
      {status === "submitted" && !saved ? (
        <p className="notice">
          {initial?.submittedAt
            ? t("surveys.answer.alreadySubmitted", { date: formatDate(initial.submittedAt, true), closes })
            : t("surveys.answer.alreadySubmittedNoDate", { closes })}
        </p>
      ) : null}
      {status === "draft" && !saved ? <p className="notice">{t("surveys.answer.draftLoaded")}</p> : null}
      <FormError error={error} />

      <RatingsStep form={form} round={round} targets={targets} />

      {round.asksResources ? (
        <ResourceQuestions
          chosen={draft.resources}
          text={draft.resourcesText}
          onChosen={set("resources")}
          onText={set("resourcesText")}
          error={error}
        />
      ) : null}

      <NetworkQuestions draft={draft} set={set} error={error} />

      <div className="toolbar survey-actions">
        {status !== "submitted" ? (
          <button type="button" onClick={() => void save(false)} disabled={busy}>
            {t("surveys.answer.saveDraft")}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {status === "submitted" ? t("surveys.answer.saveChanges") : t("surveys.answer.submit")}
        </button>
      </div>
      <div role="status" className="survey-saved">
        {saved ? (
          saved.submitted ? (
            <div className="notice">
              <p className="strong">{t("surveys.answer.thanks")}</p>
              <p>{t("surveys.answer.thanksMore", { time: time(saved.at), closes })}</p>
            </div>
          ) : (
            <p>{t("surveys.answer.savedAt", { time: time(saved.at) })}</p>
          )
        ) : null}
      </div>
    </form>
  );
}
