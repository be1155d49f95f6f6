import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { SURVEY_LEVELS, type SurveyLevel } from "../../../../src/domain/surveys.ts";
import { TIES_VISIBILITIES, type TiesVisibility } from "../../../../src/domain/surveyVisibility.ts";
import { ApiError, type Body, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, TextField, useDraft } from "../../components/Form.tsx";
import { MemberChecklist } from "../../components/MemberChecklist.tsx";
import { Loaded, Page, Section, Status } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { formatDate, formatDay, formatNumber } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import type { SurveyRound } from "./types.ts";
import "./surveys.css";
import { useConfirm } from "../../components/ConfirmButton.tsx";

const isoDay = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return isoDay(d);
};

/** The privacy promise of the health survey; `minGroupSize` is null when only the round is known. */
export function PrivacyPromise({ minGroupSize }: { minGroupSize: number | null }) {
  const { t } = useTranslation();
  return (
    <p className="survey-privacy">
      {minGroupSize === null ? t("surveys.rounds.privacyDefault") : t("surveys.rounds.privacy", { min: formatNumber(minGroupSize) })}
    </p>
  );
}

/** What the survey measures, and the privacy promise. */
function Explanation({ minGroupSize }: { minGroupSize: number | null }) {
  const { t } = useTranslation();
  return (
    <Section id="survey-about" className="panel" title={t("surveys.rounds.aboutHeading")}>
      <p>{t("surveys.rounds.about")}</p>
      <ul>
        <li>{t("surveys.rounds.aboutKnowing")}</li>
        <li>{t("surveys.rounds.aboutTrust")}</li>
        <li>{t("surveys.rounds.aboutCommitment")}</li>
      </ul>
      <PrivacyPromise minGroupSize={minGroupSize} />
    </Section>
  );
}

/** What the signed-in person can do in a round: answer, continue, view, or why not. */
function CallToAction({ round, base }: { round: SurveyRound; base: string }) {
  const { t } = useTranslation();
  const to = `${base}/${round.id}/answer`;
  const hidden = <span className="visually-hidden">: {round.title}</span>;
  if (round.myState === "not_invited") return <p className="meta">{t("surveys.rounds.cta.notInvited")}</p>;
  if (round.canAnswer) {
    const label =
      round.myState === "draft"
        ? t("surveys.rounds.cta.continue")
        : round.myState === "submitted"
          ? t("surveys.rounds.cta.change")
          : t("surveys.rounds.cta.answer");
    return (
      <p>
        <Link className={`button${round.myState === "submitted" ? "" : " primary"}`} to={to}>
          {label}
          {hidden}
        </Link>
      </p>
    );
  }
  if (round.status === "scheduled") return <p className="meta">{t("surveys.rounds.cta.opensOn", { date: formatDay(round.opensOn) })}</p>;
  if (round.status === "closed") {
    if (round.myState === "submitted" || round.myState === "draft") {
      return (
        <p>
          <Link to={to}>
            {t("surveys.rounds.cta.viewOwn")}
            {hidden}
          </Link>
        </p>
      );
    }
    return <p className="meta">{t("surveys.rounds.cta.closedUnanswered")}</p>;
  }
  if (round.level === "organisation") return <p className="meta">{t("surveys.answer.representativesOnly")}</p>;
  return <p className="meta">{t("surveys.rounds.cta.cannotAnswer")}</p>;
}

/**
 * The coordinator's buttons for an open round: remind those who have not answered, close the round. Closing takes
 * these buttons away, so what came of it goes to the round's card (`onClosed`), which stays.
 */
function CoordinatorActions({
  round,
  onChanged,
  onClosed,
}: {
  round: SurveyRound;
  onChanged: () => Promise<void>;
  onClosed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const ask = useConfirm();
  const { home } = useNetwork();
  const path = { networkId: home.network.id, roundId: round.id };
  const [message, setMessage] = useState("");
  const { busy, error, save } = useSave();
  const remind = async () => {
    setMessage("");
    await save(() => ok(client.POST("/api/networks/{networkId}/surveys/{roundId}/reminders", { params: { path } })), {
      saved: (r) => setMessage(t("surveys.rounds.reminderSent", { count: r.reminded })),
    });
  };
  const close = async () => {
    if (!(await ask({ question: t("surveys.rounds.closeConfirm", { title: round.title }) }))) return;
    setMessage("");
    await save(
      async () => {
        await ok(client.POST("/api/networks/{networkId}/surveys/{roundId}/close", { params: { path }, body: { version: round.version } }));
        onClosed("");
        await onChanged();
      },
      {
        // Closed or changed meanwhile: say so and show the round as it is now.
        failed: async (err) => {
          if (!(err instanceof ApiError && err.status === 409)) return err;
          onClosed(t("surveys.rounds.closeConflict"));
          await onChanged();
          return null;
        },
      },
    );
  };
  // Respondents see the questions from their next visit; a switch-off keeps given answers out of every figure.
  const toggleResources = async () => {
    setMessage("");
    const asksResources = !round.asksResources;
    await save(
      () =>
        ok(
          client.PATCH("/api/networks/{networkId}/surveys/{roundId}", {
            params: { path },
            body: { version: round.version, asksResources },
          }),
        ),
      {
        saved: async () => {
          setMessage(asksResources ? t("surveys.rounds.resourcesOn") : t("surveys.rounds.resourcesOff"));
          await onChanged();
        },
      },
    );
  };
  return (
    <>
      <div className="toolbar">
        <button type="button" onClick={() => void toggleResources()} disabled={busy}>
          {round.asksResources ? t("surveys.rounds.stopAskingResources") : t("surveys.rounds.askResources")}
          <span className="visually-hidden">: {round.title}</span>
        </button>
        <button type="button" onClick={() => void remind()} disabled={busy}>
          {t("surveys.rounds.remind")}
          <span className="visually-hidden">: {round.title}</span>
        </button>
        <button type="button" className="danger" onClick={() => void close()} disabled={busy}>
          {t("surveys.rounds.close")}
          <span className="visually-hidden">: {round.title}</span>
        </button>
      </div>
      <FormError error={error} />
      <div role="status" className="status">
        {message}
      </div>
    </>
  );
}

function RoundCard({ round, base, onChanged }: { round: SurveyRound; base: string; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const { home, coordinator } = useNetwork();
  // After this coordinator closed the round here: the message of a close that met a change, or "" when it went through.
  const [closed, setClosed] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const closedHere = closed !== null && round.status !== "open";
  // A round that closed moves down the list and loses its buttons; without a message, its heading takes their focus.
  useEffect(() => {
    if (closedHere && !closed) heading.current?.focus();
  }, [closedHere, closed]);
  return (
    <li className="card survey-round">
      <h3 ref={heading} tabIndex={closedHere ? -1 : undefined}>
        {round.title}
      </h3>
      <p className="meta">
        <span className={`badge survey-status-${round.status}`}>{t(`surveys.rounds.status.${round.status}`)}</span>{" "}
        <span className="badge quiet">{t(`surveys.rounds.level.${round.level}`)}</span>
        {round.asksResources ? (
          <>
            {" "}
            <span className="badge quiet">{t("surveys.rounds.asksResources")}</span>
          </>
        ) : null}
      </p>
      <dl className="facts">
        <dt>{t("surveys.rounds.dates")}</dt>
        <dd>
          <time dateTime={round.opensOn}>{formatDay(round.opensOn)}</time> –{" "}
          <time dateTime={round.closesOn}>{formatDay(round.closesOn)}</time>
        </dd>
        {round.cycleName ? (
          <>
            <dt>{t("surveys.rounds.cycle")}</dt>
            <dd>{round.cycleName}</dd>
          </>
        ) : null}
        <dt>{t("surveys.rounds.responses")}</dt>
        <dd>
          {t("surveys.rounds.answered", {
            responded: formatNumber(round.respondedCount),
            invited: formatNumber(round.invitedCount),
          })}
        </dd>
        {round.closedAt ? (
          <>
            <dt>{t("surveys.rounds.closedAt")}</dt>
            <dd>
              <time dateTime={round.closedAt}>{formatDate(round.closedAt)}</time>
            </dd>
          </>
        ) : null}
      </dl>
      <CallToAction round={round} base={base} />
      {round.status !== "scheduled" ? (
        <p>
          <Link to={`/networks/${home.network.id}/health?round=${round.id}`}>
            {t("surveys.rounds.results")}
            <span className="visually-hidden">: {round.title}</span>
          </Link>
        </p>
      ) : null}
      {coordinator && round.status === "open" ? <CoordinatorActions round={round} onChanged={onChanged} onClosed={setClosed} /> : null}
      {closed ? <Status focus={round.status !== "open"}>{closed}</Status> : null}
    </li>
  );
}

/** A new round as the form holds it: the route's body with every choice made. */
type NewRound = Required<Body<"/api/networks/{networkId}/surveys", "post">>;

const newDraft = (tiesVisibility: NewRound["tiesVisibility"]): NewRound => ({
  title: "",
  level: "person",
  opensOn: isoDay(new Date()),
  closesOn: inDays(14),
  audience: "all",
  inviteeIds: [],
  tiesVisibility,
  asksResources: false,
});

/** Opens a round; what came of it is said under the button, where the eye is after pressing it. */
function NewRoundForm({ onOpened }: { onOpened: () => Promise<void> }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { busy, error, save } = useSave();
  const [opened, setOpened] = useState("");
  const { draft, setDraft, set, field } = useDraft(() => newDraft(home.network.surveyTiesVisibility), { error });
  const levelLabel: Record<SurveyLevel, string> = {
    person: t("surveys.rounds.form.levelPerson"),
    organisation: t("surveys.rounds.form.levelOrganisation"),
  };
  const tiesLabel: Record<TiesVisibility, string> = {
    individual: t("surveys.rounds.ties.individual"),
    groups: t("surveys.rounds.ties.groups"),
  };
  const fieldOf = (name: string) => (error instanceof ApiError ? error.fields[name] : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const title = draft.title.trim();
    setOpened("");
    void save(async () => {
      await ok(
        client.POST("/api/networks/{networkId}/surveys", {
          params: { path: { networkId: home.network.id } },
          body: { ...draft, title, inviteeIds: draft.audience === "selected" ? draft.inviteeIds : [] },
        }),
      );
      setDraft(newDraft(home.network.surveyTiesVisibility));
      setOpened(t("surveys.rounds.opened", { title }));
      await onOpened();
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextField {...field("title")} label={t("surveys.rounds.form.title")} hint={t("surveys.rounds.form.titleHint")} required />
      <RadioGroup
        name="level"
        legend={t("surveys.rounds.form.level")}
        options={SURVEY_LEVELS.map((level) => ({ value: level, label: levelLabel[level] }))}
        value={draft.level}
        onChange={(v) => set("level", v as NewRound["level"])}
        error={fieldOf("level")}
      />
      <div className="survey-dates">
        <TextField {...field("opensOn")} type="date" label={t("surveys.rounds.form.opensOn")} required />
        <TextField {...field("closesOn")} type="date" label={t("surveys.rounds.form.closesOn")} required min={draft.opensOn || undefined} />
      </div>
      <RadioGroup
        name="audience"
        legend={t("surveys.rounds.form.audience")}
        options={[
          { value: "all", label: t("surveys.rounds.form.audienceAll") },
          { value: "selected", label: t("surveys.rounds.form.audienceSelected") },
        ]}
        value={draft.audience}
        onChange={(v) => set("audience", v as NewRound["audience"])}
        error={fieldOf("audience")}
      />
      {draft.audience === "selected" ? (
        <MemberChecklist
          networkId={home.network.id}
          legend={t("surveys.rounds.form.invitees")}
          chosen={draft.inviteeIds}
          onChange={(ids) => set("inviteeIds", ids)}
          field="inviteeIds"
          error={error}
        />
      ) : null}
      <RadioGroup
        name="tiesVisibility"
        legend={t("surveys.rounds.ties.legend")}
        options={TIES_VISIBILITIES.map((v) => ({ value: v, label: tiesLabel[v] }))}
        value={draft.tiesVisibility}
        onChange={(v) => set("tiesVisibility", v as NewRound["tiesVisibility"])}
        error={fieldOf("tiesVisibility")}
      />
      <p className="hint">{t("surveys.rounds.ties.hint")}</p>
      <div className="field checkbox">
        <input
          type="checkbox"
          id="round-asksResources"
          checked={draft.asksResources}
          onChange={(e) => set("asksResources", e.target.checked)}
          aria-describedby="round-asksResources-hint"
        />
        <label htmlFor="round-asksResources">{t("surveys.rounds.form.asksResources")}</label>
        <p className="hint" id="round-asksResources-hint">
          {t("surveys.rounds.form.asksResourcesHint")}
        </p>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t("surveys.rounds.form.submit")}
      </button>
      {opened ? <Status>{opened}</Status> : null}
    </form>
  );
}

/** The network health survey's rounds: answer them, see results, and (coordinators) open, remind and close. */
export function SurveysPage() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const base = `/networks/${networkId}/surveys`;
  const list = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys", { params: { path: { networkId } } })),
    `rounds:${networkId}`,
  );
  const coordinator = home.role === "coordinator";
  const rounds = list.data?.items ?? [];
  const order: Record<SurveyRound["status"], number> = { open: 0, scheduled: 1, closed: 2 };
  const sorted = [...rounds].sort((a, b) => order[a.status] - order[b.status]);

  return (
    <Page title={t("surveys.rounds.title")}>
      <Explanation minGroupSize={list.data?.minGroupSize ?? null} />

      <Section id="survey-rounds" title={t("surveys.rounds.heading")}>
        <Loaded data={list.data} error={list.error}>
          {() =>
            rounds.length === 0 ? (
              <p>{coordinator ? t("surveys.rounds.noneCoordinator") : t("surveys.rounds.none")}</p>
            ) : (
              <ul className="cards">
                {sorted.map((r) => (
                  <RoundCard key={r.id} round={r} base={base} onChanged={list.reload} />
                ))}
              </ul>
            )
          }
        </Loaded>
      </Section>

      {coordinator ? (
        <Section id="survey-new" className="panel" title={t("surveys.rounds.form.heading")}>
          <p className="hint">{t("surveys.rounds.form.help")}</p>
          <NewRoundForm onOpened={list.reload} />
        </Section>
      ) : null}
    </Page>
  );
}
