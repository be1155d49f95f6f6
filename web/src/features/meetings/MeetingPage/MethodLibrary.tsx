import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { Loaded, Section, Status } from "../../../components/Page.tsx";
import { MODES, methodInstructions, methodName } from "../meetingUtil.ts";
import { ModeBadge } from "../parts.tsx";
import type { LearningMode, Method } from "../types.ts";

function AddMethodForm({ networkId, onAdded }: { networkId: string; onAdded: (items: Method[], name: string) => void }) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave("method");
  const { draft, setDraft, set, field } = useDraft(
    { name: "", mode: "facilitation" as LearningMode, dialogue: true, typicalMinutes: "30", instructions: "" },
    { error, savePrefix: "method" },
  );
  const { name, mode, dialogue, typicalMinutes, instructions } = draft;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/methods", {
            params: { path: { networkId } },
            body: {
              name: name.trim(),
              mode,
              dialogue,
              instructions: instructions.trim(),
              typicalMinutes: Number.parseInt(typicalMinutes, 10) || 0,
            },
          }),
        ),
      {
        saved: (r) => {
          onAdded(r.items, name.trim());
          setDraft((d) => ({ ...d, name: "", instructions: "" }));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="method-add-heading">
      <h3 id="method-add-heading">{t("meetings.library.addHeading")}</h3>
      <FormError error={error} />
      <TextField {...field("name")} label={t("meetings.library.name")} required />
      <SelectField
        {...field("mode")}
        label={t("meetings.library.mode")}
        options={MODES.map((m) => ({ value: m, label: t(`meetings.mode.${m}`) }))}
      />
      <div className="field checkbox">
        <input id="field-method-dialogue" type="checkbox" checked={dialogue} onChange={(e) => set("dialogue", e.target.checked)} />
        <label htmlFor="field-method-dialogue">{t("meetings.library.dialogue")}</label>
      </div>
      <TextField
        {...field("typicalMinutes")}
        type="number"
        inputMode="numeric"
        min={5}
        max={480}
        step={5}
        label={t("meetings.library.typicalMinutes")}
      />
      <TextArea
        {...field("instructions")}
        label={t("meetings.library.instructions")}
        hint={t("meetings.library.instructionsHint")}
        rows={4}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t("meetings.library.add")}
      </button>
    </form>
  );
}

/** The method library: how each method is run, its learning mode and typical length; coordinators add their own. */
export function MethodLibrary({
  networkId,
  methods,
  error,
  canAdd,
  onAdded,
}: {
  networkId: string;
  methods: Method[] | undefined;
  error: unknown;
  canAdd: boolean;
  onAdded: (items: Method[]) => void;
}) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <Section id="methods-heading" className="panel no-print" title={t("meetings.library.heading")}>
      <p className="hint meeting-help">{t("meetings.library.help")}</p>
      <Loaded data={methods} error={error}>
        {(methods) => (
          <details className="meeting-details">
            <summary>{t("meetings.library.show", { count: methods.length })}</summary>
            {MODES.map((mode) => {
              const group = methods.filter((m) => m.mode === mode);
              if (group.length === 0) return null;
              return (
                <div key={mode}>
                  <h3>{t(`meetings.mode.${mode}`)}</h3>
                  <ul className="cards method-cards">
                    {group.map((m) => (
                      <li key={m.key} className="card">
                        <h4>{methodName(m.key, methods, t)}</h4>
                        <p className="meta">
                          <ModeBadge mode={m.mode} /> {t("meetings.library.typical", { count: m.typicalMinutes })}
                          {" · "}
                          {m.dialogue ? t("meetings.library.isDialogue") : t("meetings.library.notDialogue")}
                          {m.builtIn ? "" : ` · ${t("meetings.library.own")}`}
                        </p>
                        <p className="prose">{methodInstructions(m, t)}</p>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </details>
        )}
      </Loaded>
      {message ? <Status>{message}</Status> : null}
      {canAdd ? (
        <details className="meeting-details">
          <summary>{t("meetings.library.addToggle")}</summary>
          <AddMethodForm
            networkId={networkId}
            onAdded={(items, name) => {
              onAdded(items);
              setMessage(t("meetings.library.added", { name }));
            }}
          />
        </details>
      ) : null}
    </Section>
  );
}
