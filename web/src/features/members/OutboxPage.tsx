import { useTranslation } from "react-i18next";
import type { OutboxMessage } from "../../api/types.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

/** Every message Solmu wrote for the network; without SMTP, coordinators copy invitation links from here. */
export function OutboxPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const { data, error } = useApi<{ items: OutboxMessage[] }>(`/api/networks/${home.network.id}/outbox`);
  return (
    <Page title={t("outbox.title")}>
      <p>{t("outbox.intro")}</p>
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
