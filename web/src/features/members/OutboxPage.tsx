import { useTranslation } from "react-i18next";
import type { OutboxMessage } from "../../api/types.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

/** A list of messages Solmu wrote; without SMTP, links are copied from here. */
function Outbox({ url, title, intro }: { url: string; title: string; intro: string }) {
  const { t } = useTranslation();
  const { data, error } = useApi<{ items: OutboxMessage[] }>(url);
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
  const { home } = useNetwork();
  return <Outbox url={`/api/networks/${home.network.id}/outbox`} title={t("outbox.title")} intro={t("outbox.intro")} />;
}

/** The instance's own messages, such as password resets, for the instance admin. */
export function InstanceOutboxPage() {
  const { t } = useTranslation();
  return <Outbox url="/api/admin/outbox" title={t("outbox.instanceTitle")} intro={t("outbox.instanceIntro")} />;
}
