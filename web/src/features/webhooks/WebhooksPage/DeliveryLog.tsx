import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { DataTable } from "../../../components/DataTable.tsx";
import { Loaded } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { eventLabel } from "./labels.ts";

/**
 * A webhook's latest deliveries, newest first: when, what, how it went, after how many attempts, the receiver's
 * HTTP status and a short error, and for one still pending when it is tried next. `version` reloads it (a test sent).
 */
export function DeliveryLog({
  networkId,
  webhookId,
  name,
  version,
}: {
  networkId: string;
  webhookId: string;
  name: string;
  version: number;
}) {
  const { t } = useTranslation();
  const { data, error } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/webhooks/{webhookId}/deliveries", { params: { path: { networkId, webhookId } } })),
    `${webhookId}:${version}`,
  );
  return (
    <Loaded data={data} error={error}>
      {({ items }) =>
        items.length === 0 ? (
          <p className="hint">{t("webhooks.log.empty")}</p>
        ) : (
          <DataTable
            caption={t("webhooks.log.caption", { name })}
            columns={[
              t("webhooks.log.time"),
              t("webhooks.log.event"),
              t("webhooks.log.status"),
              { label: t("webhooks.log.attempts"), numeric: true },
              { label: t("webhooks.log.http"), numeric: true },
              t("webhooks.log.detail"),
            ]}
          >
            {items.map((d) => (
              <tr key={d.id}>
                <td>{formatDate(d.lastAttemptAt ?? d.createdAt, true)}</td>
                <td>
                  {eventLabel(t, d.kind)}: {d.title}
                </td>
                <td>
                  <span className={`delivery-${d.status}`}>{t(`webhooks.status.${d.status}`)}</span>
                </td>
                <td className="num">{d.attempts}</td>
                <td className="num">{d.httpStatus ?? "–"}</td>
                <td>
                  {d.error ?? ""}
                  {d.nextAttemptAt ? ` ${t("webhooks.log.next", { time: formatDate(d.nextAttemptAt, true) })}` : ""}
                </td>
              </tr>
            ))}
          </DataTable>
        )
      }
    </Loaded>
  );
}
