import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { Section, Status } from "../../../components/Page.tsx";
import { todayIso } from "../meetingUtil.ts";
import type { Meeting } from "../types.ts";

/** Records a promise made at the meeting in the network's promise ledger; coordinators may record someone else's. */
export function PromiseSection({
  networkId,
  meeting,
  myId,
  mayChooseWhose,
}: {
  networkId: string;
  meeting: Meeting;
  myId: string | null;
  mayChooseWhose: boolean;
}) {
  const { t } = useTranslation();
  const [made, setMade] = useState<string | null>(null);
  const { busy, error, save } = useSave("promise");
  const empty = { text: "", dueOn: "", promiserId: "" };
  const { draft, setDraft, field } = useDraft(empty, { error, savePrefix: "promise" });
  const { text, dueOn, promiserId: whose } = draft;
  const others = [...meeting.participants].filter((p) => p.id !== myId).sort((a, b) => a.name.localeCompare(b.name));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMade(null);
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/promises", {
            params: { path: { networkId } },
            body: {
              text: text.trim(),
              dueOn,
              promiserId: mayChooseWhose && whose ? whose : null,
              meetingId: meeting.id,
            },
          }),
        ),
      {
        saved: () => {
          setMade(text.trim());
          setDraft(empty);
        },
      },
    );
  };
  return (
    <Section id="promise-heading" className="panel no-print" title={t("meetings.promise.heading")}>
      <p className="hint meeting-help">{t("meetings.promise.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextArea {...field("text")} label={t("meetings.promise.text")} required rows={3} />
        <TextField {...field("dueOn")} type="date" label={t("meetings.promise.dueOn")} required min={todayIso()} />
        {mayChooseWhose ? (
          <SelectField
            {...field("promiserId")}
            label={t("meetings.promise.whose")}
            options={[{ value: "", label: t("meetings.promise.mine") }, ...others.map((p) => ({ value: p.id, label: p.name }))]}
          />
        ) : (
          <p className="hint meeting-help">{t("meetings.promise.yours")}</p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t("meetings.promise.submit")}
        </button>
      </form>
      {made ? <Status>{t("meetings.promise.made", { text: made })}</Status> : null}
      <p>
        <Link to={`/networks/${networkId}/promises`}>{t("meetings.promise.ledger")}</Link>
      </p>
    </Section>
  );
}
