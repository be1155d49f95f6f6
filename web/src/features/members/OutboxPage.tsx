import { useTranslation } from "react-i18next";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

/** A list of messages Solmu wrote; without SMTP, links are copied from here. */
function Outbox({
  load,
  outboxKey,
  title,
  intro,
}: {
  load: () => Promise<{ items: Schemas["OutboxMessage"][] }>;
  outboxKey: string;
  title: string;
  intro: string;
}) {
  const { t } = useTranslation();
  const { data, error } = useLoad(load, outboxKey);
  return (
    <Page title={title}>
      <p>{intro}</p>
      <FormError error={error} />
      {!data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p>{t("outbox.empty")}</p>
      ) : (
        <ul className="cards">
          {data.items.map((m) => (
            <li key={m.id} className="card">
              <h2>{m.subject}</h2>
              <p className="meta">
                {t("outbox.to", { email: m.to })} · {formatDate(m.createdAt, true)} ·{" "}
                {m.sentAt ? t("outbox.sent") : m.error ? t("outbox.failed", { error: m.error }) : t("outbox.notSent")}
              </p>
              {m.link ? (
                <p>
                  <span>{t("outbox.link")}: </span>
                  <a href={m.link}>{m.link}</a>
                </p>
              ) : null}
              <details>
                <summary>{t("outbox.showMessage")}</summary>
                <pre className="message-body">{m.body}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/** Every message Solmu wrote for the network; coordinators copy invitation links from here. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  return (
    <Outbox
      load={() => ok(client.GET("/api/networks/{networkId}/outbox", { params: { path: { networkId } } }))}
      outboxKey={`outbox:${networkId}`}
      title={t("outbox.title")}
      intro={t("outbox.intro")}
    />
  );
}

/** The instance's own messages, such as password resets, for the instance admin. */
export function InstanceOutboxPage() {
  const { t } = useTranslation();
  return (
    <Outbox
      load={() => ok(client.GET("/api/admin/outbox"))}
      outboxKey="outbox:instance"
      title={t("outbox.instanceTitle")}
      intro={t("outbox.instanceIntro")}
    />
  );
}
