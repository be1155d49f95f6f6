import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type Body, client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../../components/Form.tsx";
import { RadioGroup } from "../../../components/RadioGroup.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type Goal, type PromiseDetail, todayIso } from "./types.ts";

/** The form's input, as chosen, until it is sent. */
interface MakeDraft {
  text: string;
  dueOn: string;
  forWhom: "self" | "organisation";
  toKind: "network" | "person" | "organisation";
  toPerson: string;
  toOrganisation: string;
  goalId: string;
}

const emptyDraft: MakeDraft = {
  text: "",
  dueOn: "",
  forWhom: "self",
  toKind: "network",
  toPerson: "",
  toOrganisation: "",
  goalId: "",
};

/** Making a promise: what, by when, for whom and to whom, and the goal it serves. */
export function MakePromiseForm({ goals, onMade }: { goals: Goal[]; onMade: (p: PromiseDetail) => Promise<void> }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const people = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/people", { params: { path: { networkId }, query: { limit: 200 } } })),
    `people:${networkId}`,
  );
  const organisations = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/organisations", { params: { path: { networkId } } })),
    `organisations:${networkId}`,
  );
  const { busy, error, save } = useSave();
  const { draft, setDraft, set, field } = useDraft(emptyDraft, { error });
  const self = people.data?.items.find((p) => p.isSelf);
  const myOrganisation = self?.organisationName ?? null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const to: Body<"/api/networks/{networkId}/promises", "post">["to"] =
      draft.toKind === "network"
        ? { kind: "network" }
        : { kind: draft.toKind, id: draft.toKind === "person" ? draft.toPerson : draft.toOrganisation };
    void save(async () => {
      const p = await ok(
        client.POST("/api/networks/{networkId}/promises", {
          params: { path: { networkId } },
          body: {
            text: draft.text,
            dueOn: draft.dueOn,
            onBehalfOfOrganisation: draft.forWhom === "organisation",
            to,
            goalId: draft.goalId || null,
            agreementSectionId: null,
          },
        }),
      );
      setDraft(emptyDraft);
      await onMade(p);
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <TextArea {...field("text")} label={t("promises.make.text")} hint={t("promises.make.textHint")} required rows={3} />
      <TextField
        {...field("dueOn")}
        type="date"
        label={t("promises.make.dueOn")}
        hint={t("promises.make.dueOnHint")}
        required
        min={todayIso()}
      />
      {myOrganisation ? (
        <RadioGroup
          name="onBehalfOfOrganisation"
          legend={t("promises.make.forWhom")}
          options={[
            { value: "self", label: t("promises.make.forMyself") },
            { value: "organisation", label: t("promises.make.forOrganisation", { organisation: myOrganisation }) },
          ]}
          value={draft.forWhom}
          onChange={(v) => set("forWhom", v as MakeDraft["forWhom"])}
          error={error instanceof ApiError ? error.fields.onBehalfOfOrganisation : undefined}
        />
      ) : people.data ? (
        <p className="hint">{t("promises.make.noOrganisation")}</p>
      ) : null}
      <SelectField
        name="to"
        label={t("promises.make.toKind")}
        value={draft.toKind}
        onChange={(e) => set("toKind", e.target.value as MakeDraft["toKind"])}
        options={[
          { value: "network", label: t("promises.toNetwork") },
          { value: "person", label: t("promises.make.toPersonOption") },
          { value: "organisation", label: t("promises.make.toOrganisationOption") },
        ]}
        error={error}
      />
      {draft.toKind === "person" ? (
        <SelectField
          name="toPerson"
          field="to"
          label={t("promises.make.toPerson")}
          required
          value={draft.toPerson}
          onChange={(e) => set("toPerson", e.target.value)}
          options={[
            { value: "", label: t("promises.make.choosePerson") },
            ...(people.data?.items ?? [])
              .filter((p) => !p.isSelf)
              .map((p) => ({ value: p.id, label: p.organisationName ? `${p.name} (${p.organisationName})` : p.name })),
          ]}
        />
      ) : null}
      {draft.toKind === "organisation" ? (
        <SelectField
          name="toOrganisation"
          field="to"
          label={t("promises.make.toOrganisation")}
          required
          value={draft.toOrganisation}
          onChange={(e) => set("toOrganisation", e.target.value)}
          options={[
            { value: "", label: t("promises.make.chooseOrganisation") },
            ...(organisations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
      ) : null}
      <SelectField
        {...field("goalId")}
        label={t("promises.make.goal")}
        hint={t("promises.make.goalHint")}
        options={[{ value: "", label: t("promises.make.noGoal") }, ...goals.map((g) => ({ value: g.id, label: g.title }))]}
      />
      <button type="submit" className="primary" disabled={busy}>
        {t("promises.make.submit")}
      </button>
    </form>
  );
}
