import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type Answer, client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { formatDate, formatDay } from "../../i18n.ts";

type Notification = Answer<"/api/me/notifications">["items"][number];

/** Reminders of promises and events; the same ones reach e-mail as a digest when the person wants one. */
export function NotificationsPage() {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(() => ok(client.GET("/api/me/notifications")), "notifications");
  const [marked, setMarked] = useState(false);
  const params = (n: Notification) =>
    Object.fromEntries(
      Object.entries(n.params).map(([k, v]) => [
        k,
        k === "start" || k === "closesAt" ? formatDate(String(v), true) : k === "dueOn" || k === "closesOn" ? formatDay(String(v)) : v,
      ]),
    );
  return (
    <Page title={t("notifications.title")}>
      <FormError error={error} />
      {!data ? (
        <Loading />
      ) : (
        <>
          <Status>{t("notifications.unread", { count: data.unread })}</Status>
          {data.unread > 0 ? (
            <button
              type="button"
              onClick={async () => {
                await ok(client.POST("/api/me/notifications/read"));
                setMarked(true);
                await reload();
              }}
            >
              {t("notifications.markRead")}
            </button>
          ) : null}
          {marked ? <Status>{t("notifications.marked")}</Status> : null}
          {data.items.length === 0 ? (
            <p>{t("notifications.none")}</p>
          ) : (
            <ul className="plain notifications">
              {data.items.map((n) => (
                <li key={n.id} className={n.read ? "notification" : "notification unread"}>
                  {n.read ? null : <span className="badge">{t("notifications.new")}</span>}{" "}
                  {n.link ? (
                    <Link to={n.link}>{t(`notifications.kind.${n.kind}`, params(n))}</Link>
                  ) : (
                    t(`notifications.kind.${n.kind}`, params(n))
                  )}
                  <span className="meta"> · {formatDate(n.createdAt, true)}</span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/account">{t("notifications.settings")}</Link>
          </p>
        </>
      )}
    </Page>
  );
}
