import { type FormEvent, useId } from "react";
import { useTranslation } from "react-i18next";
import { WEBHOOK_EVENT_KINDS, WEBHOOK_KINDS, type WebhookEventKind, type WebhookKind } from "../../../../../src/domain/webhooks.ts";
import { client, ok, type Schemas } from "../../../api/client.ts";
import { useVersionedSave } from "../../../api/useVersionedSave.ts";
import { ConflictNote, FormError, SaveOrCancel, SelectField, TextField, useDraft } from "../../../components/Form.tsx";
import { LOCALES } from "../../../i18n.ts";
import { eventLabel } from "./labels.ts";

type Webhook = Schemas["Webhook"];

interface Draft {
  name: string;
  kind: WebhookKind;
  url: string;
  matrixHomeserver: string;
  matrixRoomId: string;
  matrixAccessToken: string;
  secret: string;
  locale: "fi" | "sv" | "en";
  active: boolean;
  events: WebhookEventKind[];
}

const draftOf = (w: Webhook | null): Draft => ({
  name: w?.name ?? "",
  kind: w?.kind ?? "teams",
  url: "",
  matrixHomeserver: w?.matrixHomeserver ?? "",
  matrixRoomId: w?.matrixRoomId ?? "",
  matrixAccessToken: "",
  secret: "",
  locale: w?.locale ?? "fi",
  active: w?.active ?? true,
  events: w?.events ?? ["poll.opened", "poll.closed", "meeting.created", "decision.recorded"],
});

/** A signing secret the browser makes: 32 random bytes as hex, shown so the coordinator can copy it to the receiver. */
function newSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Adds a webhook, or changes one (`webhook`). The fields follow the kind: a URL for Teams, Slack and JSON, the
 * homeserver, room and token for Matrix, and a signing secret for JSON. Secrets are never shown back: when editing,
 * an empty secret field keeps the stored one, and the hint says which one is stored by its last characters.
 */
export function WebhookForm({
  networkId,
  webhook,
  onSaved,
  onCancel,
}: {
  networkId: string;
  webhook: Webhook | null;
  onSaved: (w: Webhook) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const prefix = webhook ? `wh-${webhook.id.slice(0, 8)}` : "wh-new";
  const { busy, error, save, version, setVersion, conflict } = useVersionedSave<Webhook>({
    version: webhook?.version ?? null,
    prefix,
    conflictInSummary: true,
  });
  const { draft, set, field } = useDraft<Draft>(() => draftOf(webhook), { error, savePrefix: prefix });
  const eventsLegend = useId();
  const keeps = (hint: string | null | undefined) => (webhook && hint ? t("webhooks.form.keeps", { hint }) : undefined);
  const sameKind = webhook?.kind === draft.kind;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const optional = (v: string) => (v.trim() ? v.trim() : undefined);
    const body = {
      name: draft.name,
      kind: draft.kind,
      url: draft.kind === "matrix" ? undefined : optional(draft.url),
      matrixHomeserver: draft.kind === "matrix" ? optional(draft.matrixHomeserver) : undefined,
      matrixRoomId: draft.kind === "matrix" ? optional(draft.matrixRoomId) : undefined,
      matrixAccessToken: draft.kind === "matrix" ? optional(draft.matrixAccessToken) : undefined,
      secret: draft.kind === "json" ? optional(draft.secret) : undefined,
      events: draft.events,
      locale: draft.locale,
      active: draft.active,
    };
    const request = () =>
      webhook && version !== null
        ? ok(
            client.PUT("/api/networks/{networkId}/webhooks/{webhookId}", {
              params: { path: { networkId, webhookId: webhook.id } },
              body: { ...body, version },
            }),
          )
        : ok(client.POST("/api/networks/{networkId}/webhooks", { params: { path: { networkId } }, body }));
    void save(request, {
      saved: (w) => {
        setVersion(w.version);
        onSaved(w);
      },
    });
  };

  return (
    <form onSubmit={submit} className="webhook-form" noValidate>
      <FormError error={error} />
      {conflict ? <ConflictNote message={t("webhooks.form.conflict", { name: conflict.name })} /> : null}
      <TextField {...field("name")} label={t("webhooks.form.name")} hint={t("webhooks.form.nameHint")} required maxLength={120} />
      <SelectField
        {...field("kind")}
        label={t("webhooks.form.kind")}
        options={WEBHOOK_KINDS.map((k) => ({ value: k, label: t(`webhooks.kind.${k}`) }))}
      />
      <p className="hint">{t(`webhooks.kindHelp.${draft.kind}`)}</p>
      {draft.kind === "matrix" ? (
        <>
          <TextField
            {...field("matrixHomeserver")}
            type="url"
            label={t("webhooks.form.homeserver")}
            placeholder="https://matrix.example.org"
          />
          <TextField {...field("matrixRoomId")} label={t("webhooks.form.room")} hint={t("webhooks.form.roomHint")} />
          <TextField
            {...field("matrixAccessToken")}
            type="password"
            autoComplete="off"
            label={t("webhooks.form.token")}
            hint={sameKind ? keeps(webhook?.matrixAccessTokenHint) : undefined}
          />
        </>
      ) : (
        <TextField
          {...field("url")}
          type="url"
          autoComplete="off"
          label={t("webhooks.form.url")}
          hint={sameKind && webhook?.url ? t("webhooks.form.urlKeeps", { url: webhook.url }) : t("webhooks.form.urlHint")}
        />
      )}
      {draft.kind === "json" ? (
        <div className="webhook-secret">
          <TextField
            {...field("secret")}
            autoComplete="off"
            spellCheck={false}
            label={t("webhooks.form.secret")}
            hint={(sameKind ? keeps(webhook?.secretHint) : undefined) ?? t("webhooks.form.secretHint")}
          />
          <button type="button" onClick={() => set("secret", newSecret())}>
            {t("webhooks.form.generate")}
          </button>
        </div>
      ) : null}
      <fieldset className="checkbox-list" id={`field-${prefix}-events`} aria-labelledby={eventsLegend}>
        <legend id={eventsLegend}>{t("webhooks.form.events")}</legend>
        {WEBHOOK_EVENT_KINDS.map((k) => (
          <div key={k} className="field checkbox">
            <input
              type="checkbox"
              id={`${prefix}-event-${k}`}
              checked={draft.events.includes(k)}
              onChange={(e) => set("events", e.target.checked ? [...draft.events, k] : draft.events.filter((x) => x !== k))}
            />
            <label htmlFor={`${prefix}-event-${k}`}>{eventLabel(t, k)}</label>
          </div>
        ))}
      </fieldset>
      <SelectField
        {...field("locale")}
        label={t("webhooks.form.locale")}
        options={LOCALES.map((l) => ({ value: l, label: t(`webhooks.language.${l}`) }))}
      />
      <div className="field checkbox">
        <input type="checkbox" id={`${prefix}-active`} checked={draft.active} onChange={(e) => set("active", e.target.checked)} />
        <label htmlFor={`${prefix}-active`}>{t("webhooks.form.active")}</label>
      </div>
      <SaveOrCancel label={webhook ? t("webhooks.form.save") : t("webhooks.form.add")} busy={busy} onCancel={onCancel} />
    </form>
  );
}
