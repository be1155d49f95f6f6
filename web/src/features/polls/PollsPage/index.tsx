import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { Loaded, Page, Section, Status } from "../../../components/Page.tsx";
import { useArrivalNote } from "../../../components/useArrivalNote.ts";
import { formatDate } from "../../../i18n.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../polls.css";
import { optionNames, type PollListItem } from "../words.ts";
import { NewPollForm } from "./NewPollForm.tsx";

/** One poll in the list: its question, kind, closing time, whether it waits for the reader's vote, and a closed one's outcome. */
function PollCard({ poll }: { poll: PollListItem }) {
  const { t, i18n } = useTranslation();
  const { networkId } = useNetwork();
  const names = optionNames(poll.options, i18n.language);
  const outcome = poll.outcome;
  const chosen = poll.chosenOptionId ?? (outcome?.status === "chosen" ? outcome.optionIds[0] : undefined);
  return (
    <li className="card poll-card">
      <h3>
        <Link to={`/networks/${networkId}/polls/${poll.id}`}>{poll.title}</Link>
      </h3>
      <p className="meta">
        {t(`polls.kind.${poll.kind}.name`)} ·{" "}
        {poll.open
          ? t("polls.closes", { date: formatDate(poll.closesAt, true) })
          : t("polls.closed", { date: formatDate(poll.closedAt ?? poll.closesAt, true) })}
      </p>
      {poll.needsMyVote ? (
        <p>
          <span className="badge warn">{t("polls.needsYourVote")}</span>
        </p>
      ) : null}
      <p>{t("polls.votedCount", { count: poll.voted })}</p>
      {outcome ? (
        <p className={`poll-outcome-line outcome-${outcome.status}`}>
          <span className="strong">{t(`polls.outcome.${chosen && outcome.status === "tie" ? "chosen" : outcome.status}`)}</span>
          {chosen ? `: ${names.get(chosen) ?? ""}` : null}
        </p>
      ) : null}
    </li>
  );
}

/** The network's polls: open ones first, soonest closing, then closed ones with their outcome; members start new ones here. */
export function PollsPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const navigate = useNavigate();
  // A poll deleted on its own page: the list says so, where the person lands.
  const { deleted } = useArrivalNote<{ deleted: string }>();
  const { data, error } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/polls", { params: { path: { networkId } } })),
    `polls:${networkId}`,
  );
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const open = data?.items.filter((p) => p.open) ?? [];
  const closed = data?.items.filter((p) => !p.open) ?? [];
  return (
    <Page title={t("polls.title")}>
      <p>{t("polls.intro")}</p>
      {deleted ? <Status>{t("polls.deleted", { title: deleted })}</Status> : null}
      {data?.canCreate && !creating ? (
        <div className="toolbar">
          <button type="button" className="primary" ref={newButton} onClick={() => setCreating(true)}>
            {t("polls.new")}
          </button>
        </div>
      ) : null}
      {creating ? (
        <NewPollForm
          onCancel={() => {
            setCreating(false);
            // The button comes back once the form is gone; focus returns to it.
            requestAnimationFrame(() => newButton.current?.focus());
          }}
          onCreated={(id) => navigate(`/networks/${networkId}/polls/${id}`, { state: { created: true } })}
        />
      ) : null}
      <Loaded data={data} error={error}>
        {() => (
          <>
            <Section id="open-polls-heading" title={t("polls.openHeading")}>
              {open.length === 0 ? (
                <p>{t("polls.noneOpen")}</p>
              ) : (
                <ul className="cards">
                  {open.map((p) => (
                    <PollCard key={p.id} poll={p} />
                  ))}
                </ul>
              )}
            </Section>
            <Section id="closed-polls-heading" title={t("polls.closedHeading")}>
              {closed.length === 0 ? (
                <p>{t("polls.noneClosed")}</p>
              ) : (
                <ul className="cards">
                  {closed.map((p) => (
                    <PollCard key={p.id} poll={p} />
                  ))}
                </ul>
              )}
            </Section>
          </>
        )}
      </Loaded>
    </Page>
  );
}
