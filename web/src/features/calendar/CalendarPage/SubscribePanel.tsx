import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Section, Status } from "../../../components/Page.tsx";
import { formatDate } from "../../../i18n.ts";
import { useSession } from "../../../session.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { type Feed, useFeeds } from "./useFeeds.ts";

/** Subscribing to the calendar: a secret feed URL for this network or all of yours, and the live ones to revoke. */
export function SubscribePanel() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const { me } = useSession();
  const { feeds, created, error, message, setMessage, create, revoke } = useFeeds(networkId);
  const urlInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (created) urlInput.current?.focus();
  }, [created]);

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.url);
      setMessage(t("calendar.feeds.copied"));
    } catch {
      urlInput.current?.select();
      setMessage(t("calendar.feeds.copyFailed"));
    }
  };
  const feedName = (f: Feed) => {
    if (!f.networkId) return t("calendar.feeds.personalFeed");
    const name = f.networkId === networkId ? home.network.name : me?.networks.find((n) => n.id === f.networkId)?.name;
    return name ? t("calendar.feeds.networkFeed", { name }) : t("calendar.feeds.otherNetwork");
  };

  return (
    <Section id="subscribe-heading" className="panel calendar-subscribe" title={t("calendar.feeds.heading")}>
      <p>{t("calendar.feeds.intro")}</p>
      <FormError error={error} />
      <div className="calendar-actions">
        <button type="button" onClick={() => void create("network")}>
          {t("calendar.feeds.createNetwork")}
        </button>
        <button type="button" onClick={() => void create("personal")}>
          {t("calendar.feeds.createPersonal")}
        </button>
      </div>
      {created ? (
        <div className="calendar-feed-url">
          <p className="notice">
            {created.scope === "network" ? t("calendar.feeds.createdNetwork") : t("calendar.feeds.createdPersonal")}{" "}
            {t("calendar.feeds.once")}
          </p>
          <label htmlFor="calendar-feed-url">{t("calendar.feeds.urlLabel")}</label>
          <div className="calendar-copy">
            <input
              id="calendar-feed-url"
              ref={urlInput}
              readOnly
              value={created.url}
              onFocus={(e) => e.target.select()}
              aria-describedby="calendar-feed-url-hint"
            />
            <button type="button" onClick={() => void copy()}>
              {t("calendar.feeds.copy")}
            </button>
          </div>
          <p className="hint" id="calendar-feed-url-hint">
            {t("calendar.feeds.urlHint")}
          </p>
        </div>
      ) : null}
      {message ? <Status>{message}</Status> : null}
      <h3>{t("calendar.feeds.liveHeading")}</h3>
      {!feeds.data ? (
        feeds.error ? (
          <FormError error={feeds.error} />
        ) : (
          <Loading />
        )
      ) : feeds.data.items.length === 0 ? (
        <p>{t("calendar.feeds.none")}</p>
      ) : (
        <ul className="plain calendar-feeds">
          {feeds.data.items.map((f) => (
            <li key={f.id}>
              <span>
                {feedName(f)} <span className="meta">· {t("calendar.feeds.created", { date: formatDate(f.createdAt) })}</span>
              </span>{" "}
              <button type="button" className="danger" onClick={() => void revoke(f.id, t("calendar.feeds.revoked"))}>
                {t("calendar.feeds.revoke")}
                <span className="visually-hidden">
                  {" "}
                  {feedName(f)}, {formatDate(f.createdAt)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
