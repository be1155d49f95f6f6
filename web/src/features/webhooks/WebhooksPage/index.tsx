import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok, type Schemas } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { FormError } from "../../../components/Form.tsx";
import { Loaded, Page, Section, Status } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "./webhooks.css";
import { DeliveryLog } from "./DeliveryLog.tsx";
import { eventLabel } from "./labels.ts";
import { WebhookForm } from "./WebhookForm.tsx";

type Webhook = Schemas["Webhook"];
type TestResult = Schemas["WebhookTestResult"];

/** How a test went, in words: delivered with the receiver's status, or what stopped it. */
function useTestText() {
  const { t } = useTranslation();
  return (r: TestResult) => {
    if (r.status === "delivered") return t("webhooks.test.delivered", { status: r.httpStatus ?? "" });
    const known = r.error && /^[a-z_]+$/.test(r.error) ? t(`webhooks.error.${r.error}`) : (r.error ?? "");
    return t("webhooks.test.failed", { reason: known });
  };
}

/** One webhook: what it posts where, its test button with the outcome beside it, its edit form and delivery log. */
function WebhookCard({ webhook, onChanged, onDeleted }: { webhook: Webhook; onChanged: (w: Webhook) => void; onDeleted: () => void }) {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const [editing, setEditing] = useState(false);
  const [logVersion, setLogVersion] = useState(0);
  const [result, setResult] = useState<string>("");
  const testing = useSave();
  const removing = useSave();
  const testText = useTestText();
  const editButton = useRef<HTMLButtonElement>(null);
  const path = { networkId, webhookId: webhook.id };
  const headingId = `webhook-${webhook.id}`;

  const test = () =>
    void testing.save(() => ok(client.POST("/api/networks/{networkId}/webhooks/{webhookId}/test", { params: { path } })), {
      saved: (r) => {
        setResult(testText(r));
        setLogVersion((v) => v + 1);
      },
    });
  const remove = () =>
    void removing.save(() => ok(client.DELETE("/api/networks/{networkId}/webhooks/{webhookId}", { params: { path } })), {
      saved: onDeleted,
    });
  const where = webhook.kind === "matrix" ? `${webhook.matrixRoomId ?? ""} (${webhook.matrixHomeserver ?? ""})` : (webhook.url ?? "");

  return (
    <article className="webhook-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{webhook.name}</h3>
      <dl className="webhook-facts">
        <dt>{t("webhooks.form.kind")}</dt>
        <dd>{t(`webhooks.kind.${webhook.kind}`)}</dd>
        <dt>{t("webhooks.card.where")}</dt>
        <dd className="webhook-where">{where}</dd>
        <dt>{t("webhooks.card.state")}</dt>
        <dd>{webhook.active ? t("webhooks.card.active") : t("webhooks.card.inactive")}</dd>
        <dt>{t("webhooks.form.events")}</dt>
        <dd>{webhook.events.map((k) => eventLabel(t, k)).join(", ")}</dd>
      </dl>
      <FormError error={testing.error ?? removing.error} />
      <div className="toolbar">
        <button type="button" onClick={test} disabled={testing.busy} aria-describedby={`${headingId}-result`}>
          {testing.busy ? t("webhooks.test.sending") : t("webhooks.test.button")}
        </button>
        <span id={`${headingId}-result`} className="webhook-test-result" role="status" aria-live="polite">
          {result}
        </span>
      </div>
      <div className="toolbar">
        <button type="button" ref={editButton} aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {t("webhooks.card.edit", { name: webhook.name })}
        </button>
        <ConfirmButton
          label={t("webhooks.card.delete", { name: webhook.name })}
          question={t("webhooks.card.deleteQuestion", { name: webhook.name })}
          danger
          disabled={removing.busy}
          onConfirm={remove}
        />
      </div>
      {editing ? (
        <WebhookForm
          networkId={networkId}
          webhook={webhook}
          onSaved={(w) => {
            onChanged(w);
            setEditing(false);
            editButton.current?.focus();
          }}
          onCancel={() => {
            setEditing(false);
            editButton.current?.focus();
          }}
        />
      ) : null}
      <details className="webhook-log">
        <summary>{t("webhooks.log.title")}</summary>
        <DeliveryLog networkId={networkId} webhookId={webhook.id} name={webhook.name} version={logVersion} />
      </details>
    </article>
  );
}

/**
 * The coordinator's page for posting the network's news to other services: Teams, Slack, Matrix or signed JSON.
 * Each webhook shows where it posts (secrets hidden), a test button and its delivery log; a form adds one more.
 */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  const { data, error, reload } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/webhooks", { params: { path: { networkId } } })),
    networkId,
  );
  const [message, setMessage] = useState("");
  const [formKey, setFormKey] = useState(0);
  const addHeading = useRef<HTMLHeadingElement>(null);

  const done = async (text: string) => {
    await reload();
    setMessage(text);
  };

  return (
    <Page title={t("webhooks.title")}>
      <p>{t("webhooks.intro")}</p>
      {message ? <Status>{message}</Status> : null}
      <Section id="webhooks-list" title={t("webhooks.list.title")}>
        <Loaded data={data} error={error}>
          {({ items }) =>
            items.length === 0 ? (
              <p className="hint">{t("webhooks.list.empty")}</p>
            ) : (
              <div className="webhook-list">
                {items.map((w) => (
                  <WebhookCard
                    key={w.id}
                    webhook={w}
                    onChanged={(saved) => void done(t("webhooks.list.saved", { name: saved.name }))}
                    onDeleted={() => {
                      void done(t("webhooks.list.deleted", { name: w.name }));
                      addHeading.current?.focus();
                    }}
                  />
                ))}
              </div>
            )
          }
        </Loaded>
      </Section>
      <section aria-labelledby="webhooks-add">
        <h2 id="webhooks-add" ref={addHeading} tabIndex={-1}>
          {t("webhooks.list.add")}
        </h2>
        <WebhookForm
          key={formKey}
          networkId={networkId}
          webhook={null}
          onSaved={(w) => {
            setFormKey((k) => k + 1);
            void done(t("webhooks.list.added", { name: w.name }));
          }}
        />
      </section>
    </Page>
  );
}
