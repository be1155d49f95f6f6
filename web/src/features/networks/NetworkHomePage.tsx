import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PHASES } from "../../../../src/domain/network.ts";
import { Page, Section } from "../../components/Page.tsx";
import { formatDate, formatFigure, formatNumber } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import { SetupChecklist } from "./home/SetupChecklist.tsx";
import { WelcomePanel } from "./home/WelcomePanel.tsx";
import { useNetwork } from "./NetworkLayout.tsx";
import "./networks.css";

/** The network home answers two questions: where is the network in its cycle, and what needs me now? */
export function NetworkHomePage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { network, currentCycle, role } = home;
  const base = `/networks/${network.id}`;
  const { me } = useSession();
  const mine = me?.networks.find((n) => n.id === network.id);
  const todo: { key: string; text: string; to: string; urgent?: boolean }[] = [];
  // A new member's welcome asks for the profile itself; the reminder is for details that have grown old.
  if (mine?.profileStale && !mine.profileNew) {
    todo.push({ key: "confirm", text: t("home.todo.confirmDetails"), to: `${base}/people/${mine.personId}` });
  }
  if (role === "coordinator" && home.pendingInvitations) {
    todo.push({ key: "pending", text: t("home.todo.pendingInvitations", { count: home.pendingInvitations }), to: `${base}/members` });
  }
  if (role === "coordinator" && home.memberCount < 3) {
    todo.push({ key: "invite", text: t("home.todo.inviteMembers"), to: `${base}/members` });
  }
  if (home.pending?.promisesOverdue) {
    todo.push({
      key: "overdue",
      text: t("home.todo.promisesOverdue", { count: home.pending.promisesOverdue }),
      to: `${base}/promises`,
      urgent: true,
    });
  }
  if (home.pending?.promisesDueSoon) {
    todo.push({ key: "due", text: t("home.todo.promisesDueSoon", { count: home.pending.promisesDueSoon }), to: `${base}/promises` });
  }
  if (home.pending?.agreementVersionId) {
    todo.push({
      key: "agreement",
      text: t("home.todo.decideAgreement", { number: home.agreement?.number ?? "" }),
      to: `${base}/agreement`,
    });
  }
  if (role === "coordinator" && home.agreement?.status === "proposed" && home.agreement.changedSinceProposal) {
    todo.push({
      key: "agreementChanged",
      text: t("home.todo.agreementChanged", { number: home.agreement.number }),
      to: `${base}/agreement`,
    });
  }
  if (home.pending?.evaluatePhase) {
    todo.push({
      key: "evaluate",
      text: t("home.todo.evaluatePhase", { phase: t(`phases.${home.pending.evaluatePhase}.name`) }),
      to: `${base}/cycle`,
    });
  }
  // Each poll waiting for the reader's vote, soonest closing first (the server's order).
  for (const poll of home.polls.needingMe) {
    todo.push({
      key: `poll-${poll.id}`,
      text: t("home.todo.vote", { title: poll.title, date: formatDate(poll.closesAt, true) }),
      to: `${base}/polls/${poll.id}`,
    });
  }
  const next = home.meetings.next;
  if (next?.invited && next.myRsvp === null) {
    todo.push({
      key: "rsvp",
      text: t("home.todo.answerMeeting", { title: next.title, date: formatDate(next.start.slice(0, 10)) }),
      to: `${base}/meetings/${next.id}`,
    });
  }
  const survey = home.survey;
  if (survey?.status === "open" && (survey.myState === "not_started" || survey.myState === "draft")) {
    todo.push({
      key: "survey",
      text: t(survey.myState === "draft" ? "home.todo.finishSurvey" : "home.todo.answerSurvey", {
        title: survey.title,
        date: formatDate(survey.closesOn),
      }),
      to: `${base}/surveys/${survey.roundId}/answer`,
    });
  }
  const evaluation = home.evaluation;
  if (role !== "observer" && evaluation.round?.status === "open" && !evaluation.round.answered) {
    todo.push({
      key: "evaluation",
      text: t("home.todo.answerEvaluation", { date: formatDate(evaluation.round.closesOn) }),
      to: `${base}/evaluation`,
    });
  }
  if (role === "coordinator" && currentCycle?.phase === "evaluating" && !evaluation.round) {
    todo.push({ key: "openEvaluation", text: t("home.todo.openEvaluation"), to: `${base}/evaluation` });
  }
  if (role === "coordinator" && currentCycle?.phase === "evaluating" && evaluation.withoutValue > 0) {
    todo.push({ key: "measure", text: t("home.todo.measureIndicators", { count: evaluation.withoutValue }), to: `${base}/evaluation` });
  }
  if (role === "coordinator" && survey?.status === "open" && survey.respondedCount < survey.invitedCount / 2) {
    todo.push({
      key: "surveyRate",
      text: t("home.todo.surveyResponses", { answered: survey.respondedCount, total: survey.invitedCount }),
      to: `${base}/surveys`,
    });
  }
  // Raw survey answers are personal data: a network that surveys should decide how long it keeps them.
  if (role === "coordinator" && survey && home.network.surveyRetentionMonths === null) {
    todo.push({ key: "retention", text: t("home.todo.surveyRetention"), to: `${base}/settings` });
  }
  if (home.pending?.networkTypeAssessment) {
    todo.push({ key: "type", text: t("home.todo.networkType"), to: `${base}/diagnosis` });
  }
  if (home.governanceDiagnosisDue) {
    todo.push({ key: "governance", text: t("home.todo.governanceDiagnosis"), to: `${base}/diagnosis` });
  }
  if (role === "coordinator" && home.freshness?.stale) {
    todo.push({ key: "stale", text: t("home.todo.staleProfiles", { count: home.freshness?.stale ?? 0 }), to: `${base}/people?stale=true` });
  }
  if (role === "coordinator" && home.unrepresented) {
    todo.push({ key: "unrepresented", text: t("home.todo.unrepresented", { count: home.unrepresented }), to: `${base}/agreement` });
  }
  if (role === "coordinator" && home.missingGaps) {
    todo.push({ key: "gaps", text: t("home.todo.gaps", { count: home.missingGaps }), to: `${base}/organisations` });
  }
  if (currentCycle?.phase === "assembling") {
    todo.push({ key: "meet", text: t("home.todo.getToKnow"), to: `${base}/people?view=gallery` });
  }
  return (
    <Page title={network.name}>
      {home.welcome ? <WelcomePanel welcome={home.welcome} /> : null}
      {home.setup ? <SetupChecklist networkId={network.id} steps={home.setup} /> : null}
      <Section id="cycle-heading" className="panel" title={t("home.whereWeAre")}>
        {currentCycle ? (
          <>
            <p>
              {t("home.cycle", {
                name: currentCycle.name,
                start: formatDate(currentCycle.startsOn),
                end: formatDate(currentCycle.endsOn),
              })}
            </p>
            <ol className="phases">
              {PHASES.map((p, i) => {
                const current = p === currentCycle.phase;
                const done = PHASES.indexOf(currentCycle.phase) > i;
                return (
                  <li
                    key={p}
                    className={current ? "phase current" : done ? "phase done" : "phase"}
                    aria-current={current ? "step" : undefined}
                  >
                    <span className="phase-number" aria-hidden="true">
                      {i + 1}
                    </span>
                    <div>
                      <h3>
                        {t(`phases.${p}.name`)}{" "}
                        {current ? (
                          <span className="badge">{t("home.currentPhase")}</span>
                        ) : done ? (
                          <span className="badge quiet">{t("home.donePhase")}</span>
                        ) : null}
                      </h3>
                      <p>{t(`phases.${p}.asks`)}</p>
                    </div>
                  </li>
                );
              })}
            </ol>
          </>
        ) : (
          <p>{t("home.noCycle")}</p>
        )}
      </Section>

      <Section id="todo-heading" className="panel" title={t("home.needsYou")}>
        {todo.length === 0 ? (
          <p>{t("home.nothingNow")}</p>
        ) : (
          <ul>
            {todo.map((item) => (
              <li key={item.key}>
                {item.urgent ? <span className="badge warn">{t("home.urgent")}</span> : null} <Link to={item.to}>{item.text}</Link>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="health-heading" className="panel" title={t("home.health.title")}>
        {survey ? (
          <p>
            {t(`home.health.${survey.status === "open" ? "open" : "closed"}`, {
              title: survey.title,
              answered: survey.respondedCount,
              total: survey.invitedCount,
              date: formatDate(survey.closesOn),
            })}{" "}
            <Link to={`${base}/health?round=${survey.roundId}`}>{t("home.health.link")}</Link>
            {survey.status === "closed" && role !== "coordinator" ? (
              <>
                {" · "}
                <Link to={`${base}/health?round=${survey.roundId}#my-network-heading`}>{t("home.health.myNetwork")}</Link>
              </>
            ) : null}
          </p>
        ) : (
          <p>
            {t("home.health.none")} {role === "coordinator" ? <Link to={`${base}/surveys`}>{t("home.health.start")}</Link> : null}
          </p>
        )}
      </Section>

      <Section id="doing-heading" className="panel" title={t("home.doing.title")}>
        <p>
          {next ? (
            <>
              {t("home.doing.next", { title: next.title, date: formatDate(next.start.slice(0, 10)), time: next.start.slice(11, 16) })}{" "}
              <Link to={`${base}/meetings/${next.id}`}>{t("home.doing.open")}</Link>
            </>
          ) : (
            <>
              {t("home.doing.noNext")} <Link to={`${base}/meetings`}>{t("home.doing.meetings")}</Link>
            </>
          )}
        </p>
        <p>
          {t("home.doing.balance", { sideBySide: home.meetings.balance.sideBySide, together: home.meetings.balance.together })}{" "}
          <Link to={`${base}/activities`}>{t("home.doing.activities")}</Link>
        </p>
        <p>
          {t("home.doing.polls", { count: home.polls.open })} <Link to={`${base}/polls`}>{t("home.doing.openPolls")}</Link>
        </p>
      </Section>

      <Section id="evaluating-heading" className="panel" title={t("home.evaluating.title")}>
        <p>
          {evaluation.indicators === 0
            ? t("home.evaluating.noIndicators")
            : t("home.evaluating.indicators", { count: evaluation.indicators, missing: evaluation.withoutValue })}{" "}
          <Link to={`${base}/evaluation`}>{t("home.evaluating.open")}</Link> ·{" "}
          <Link to={`${base}/report`}>{t("home.evaluating.report")}</Link>
        </p>
        {evaluation.round ? (
          <p>
            {t(evaluation.round.status === "open" ? "home.evaluating.roundOpen" : "home.evaluating.roundClosed", {
              date: formatDate(evaluation.round.closesOn),
            })}
          </p>
        ) : null}
        <p>
          {evaluation.publicPage ? (
            <>
              {t("home.evaluating.public")} <a href={evaluation.publicPage}>{`${window.location.origin}${evaluation.publicPage}`}</a>
            </>
          ) : (
            t("home.evaluating.notPublic")
          )}
        </p>
      </Section>

      <Section id="about-heading" className="panel" title={t("home.about")}>
        <dl className="facts">
          <dt>{t("networks.purpose")}</dt>
          <dd>{network.purpose || t("common.notSet")}</dd>
          <dt>{t("networks.type")}</dt>
          <dd>
            {t(`networkType.${network.networkType}.name`)}
            <span className="hint"> – {t(`networkType.${network.networkType}.description`)}</span>
          </dd>
          <dt>{t("networks.governance")}</dt>
          <dd>{network.governance || t("common.notSet")}</dd>
          <dt>{t("home.members")}</dt>
          <dd>{formatNumber(home.memberCount)}</dd>
          <dt>{t("home.organisations")}</dt>
          <dd>{formatNumber(home.organisationCount)}</dd>
          {home.freshness?.share != null ? (
            <>
              <dt>{t("home.contactsUpToDate")}</dt>
              <dd>{formatFigure(home.freshness.share * 100, "%", 0)}</dd>
            </>
          ) : null}
          <dt>{t("home.yourRole")}</dt>
          <dd>{t(`roles.${role}`)}</dd>
        </dl>
      </Section>
    </Page>
  );
}
