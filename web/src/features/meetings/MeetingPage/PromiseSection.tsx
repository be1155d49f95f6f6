import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
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
  const [text, setText] = useState("");
  const [dueOn, setDueOn] = useState("");
  const [whose, setWhose] = useState("");
  const [made, setMade] = useState<string | null>(null);
  const { busy, error, save } = useSave("promise");
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
          setText("");
          setDueOn("");
          setWhose("");
        },
      },
    );
  };
  return (
    <section aria-labelledby="promise-heading" className="panel no-print">
      <h2 id="promise-heading">{t("meetings.promise.heading")}</h2>
      <p className="hint meeting-help">{t("meetings.promise.help")}</p>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextArea
          name="promise-text"
          label={t("meetings.promise.text")}
          required
          rows={3}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
        <TextField
          name="promise-dueOn"
          type="date"
          label={t("meetings.promise.dueOn")}
          required
          min={todayIso()}
          value={dueOn}
          onChange={(e) => setDueOn(e.target.value)}
          error={error}
        />
        {mayChooseWhose ? (
          <SelectField
            name="promise-promiserId"
            label={t("meetings.promise.whose")}
            value={whose}
            onChange={(e) => setWhose(e.target.value)}
            options={[{ value: "", label: t("meetings.promise.mine") }, ...others.map((p) => ({ value: p.id, label: p.name }))]}
            error={error}
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
    </section>
  );
}
