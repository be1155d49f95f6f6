import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page, Section } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../board.css";
import { formatWhen } from "../meetingUtil.ts";
import { AddForm } from "./AddForm.tsx";
import { BoardGrid } from "./BoardGrid.tsx";
import { LiveIndicator } from "./LiveIndicator.tsx";
import { Unplaced } from "./Unplaced.tsx";
import { useBoard } from "./useBoard.ts";

/**
 * An open-space meeting's board (hosting, one of the three ways of learning together): participants propose
 * sessions, the board places them in time slots and spaces, people move freely between them (the law of two feet)
 * and each session's notes are written on the board. Changes by others arrive live over server-sent events.
 */
export function OpenSpaceBoardPage() {
  const { t, i18n } = useTranslation();
  const { networkId } = useNetwork();
  const { meetingId = "" } = useParams();
  const meeting = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/meetings/{meetingId}", { params: { path: { networkId, meetingId } } })),
    `meeting:${networkId}:${meetingId}`,
  );
  const { ctx, loadError, live, message, problem } = useBoard(networkId, meetingId);

  const m = meeting.data;
  const title = m ? t("meetings.board.title", { title: m.title }) : t("meetings.board.titleLoading");

  return (
    <Page title={title} actions={<LiveIndicator state={live} />}>
      <p>
        <Link to={`/networks/${networkId}/meetings/${meetingId}`}>{t("meetings.board.back")}</Link>
      </p>
      {m ? (
        <p className="meta">
          <time dateTime={m.start}>{formatWhen(m.start, m.end, i18n.language)}</time>
          {m.place ? ` · ${m.place}` : ""}
        </p>
      ) : null}
      <FormError error={meeting.error} />
      <p>{t("meetings.board.intro")}</p>
      <p className="hint">{t("meetings.board.twoFeet")}</p>
      <p className="status board-status" role="status">
        {message}
      </p>
      {!ctx ? (
        loadError ? (
          <FormError error={loadError} />
        ) : (
          <Loading />
        )
      ) : (
        <>
          {ctx.board.canTakePart ? (
            <Section id="propose-heading" className="panel" title={t("meetings.board.propose.heading")}>
              <AddForm
                ctx={ctx}
                path="sessions"
                label={t("meetings.board.propose.topic")}
                hint={t("meetings.board.propose.hint")}
                submitLabel={t("meetings.board.propose.submit")}
                maxLength={200}
                done={(topic) => t("meetings.board.propose.done", { topic })}
              />
            </Section>
          ) : null}

          <Section id="board-heading" title={t("meetings.board.heading")}>
            {problem ? (
              <div className="form-error" role="alert">
                <p>{problem}</p>
              </div>
            ) : null}
            {ctx.board.sessions.some((s) => s.canEdit) ? <p className="hint">{t("meetings.board.dragHint")}</p> : null}
            {ctx.board.slots.length > 0 && ctx.board.spaces.length > 0 ? (
              <BoardGrid ctx={ctx} />
            ) : (
              <>
                <p>{ctx.board.canArrange ? t("meetings.board.emptyArrange") : t("meetings.board.empty")}</p>
                {ctx.board.slots.length > 0 ? (
                  <p className="meta">{t("meetings.board.slotsSoFar", { list: ctx.board.slots.map((s) => s.label).join(", ") })}</p>
                ) : null}
                {ctx.board.spaces.length > 0 ? (
                  <p className="meta">{t("meetings.board.spacesSoFar", { list: ctx.board.spaces.map((s) => s.name).join(", ") })}</p>
                ) : null}
              </>
            )}
          </Section>

          <Unplaced ctx={ctx} />

          {ctx.board.canArrange ? (
            <Section id="arrange-heading" className="panel" title={t("meetings.board.arrange.heading")}>
              <div className="arrange-forms">
                <div>
                  <h3>{t("meetings.board.arrange.slotHeading")}</h3>
                  <AddForm
                    ctx={ctx}
                    path="slots"
                    label={t("meetings.board.arrange.slotLabel")}
                    hint={t("meetings.board.arrange.slotHint")}
                    submitLabel={t("meetings.board.arrange.slotSubmit")}
                    maxLength={100}
                    done={(label) => t("meetings.board.arrange.slotDone", { label })}
                  />
                </div>
                <div>
                  <h3>{t("meetings.board.arrange.spaceHeading")}</h3>
                  <AddForm
                    ctx={ctx}
                    path="spaces"
                    label={t("meetings.board.arrange.spaceName")}
                    hint={t("meetings.board.arrange.spaceHint")}
                    submitLabel={t("meetings.board.arrange.spaceSubmit")}
                    maxLength={100}
                    done={(name) => t("meetings.board.arrange.spaceDone", { name })}
                  />
                </div>
              </div>
            </Section>
          ) : null}
        </>
      )}
    </Page>
  );
}
