import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError, SelectField, TextField } from "../../components/Form.tsx";
import { Page, Status } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useSession } from "../../session.tsx";

interface Token {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

function Tokens() {
  const { t } = useTranslation();
  const { data, reload } = useApi<{ items: Token[] }>("/api/me/tokens");
  const [name, setName] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await api<{ token: string }>("POST", "/api/me/tokens", { name });
      setCreated(r.token);
      setName("");
      await reload();
    } catch (err) {
      setError(err);
    }
  };
  const revoke = async (id: string) => {
    await api("DELETE", `/api/me/tokens/${id}`);
    await reload();
  };
  return (
    <section aria-labelledby="tokens-heading" className="panel">
      <h2 id="tokens-heading">{t("account.tokens")}</h2>
      <p>{t("account.tokensIntro")}</p>
      <form onSubmit={create} noValidate>
        <FormError error={error} />
        <TextField
          name="name"
          label={t("account.tokenName")}
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error}
        />
        <button type="submit">{t("account.createToken")}</button>
      </form>
      {created ? (
        <div role="status" className="invite-result">
          <p>{t("account.tokenOnce")}</p>
          <label htmlFor="new-token">{t("account.newToken")}</label>
          <input id="new-token" readOnly value={created} onFocus={(e) => e.target.select()} />
        </div>
      ) : null}
      {data && data.items.length > 0 ? (
        <ul className="plain">
          {data.items.map((tok) => (
            <li key={tok.id}>
              {tok.name} · {t("account.created", { date: formatDate(tok.createdAt) })} ·{" "}
              {tok.lastUsedAt ? t("account.lastUsed", { date: formatDate(tok.lastUsedAt, true) }) : t("account.neverUsed")}{" "}
              <button type="button" onClick={() => void revoke(tok.id)}>
                {t("account.revoke")}
                <span className="visually-hidden"> {tok.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function DigestSetting() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const [digest, setDigest] = useState(me?.digest ?? "weekly");
  const [saved, setSaved] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    await api("PATCH", "/api/me", { digest });
    await refresh();
    setSaved(true);
  };
  return (
    <section aria-labelledby="digest-heading" className="panel">
      <h2 id="digest-heading">{t("notificationsUi.digestTitle")}</h2>
      <p>{t("notificationsUi.digestIntro")}</p>
      <form onSubmit={save}>
        <SelectField
          name="digest"
          label={t("notificationsUi.digest")}
          value={digest}
          onChange={(e) => setDigest(e.target.value as "off" | "daily" | "weekly")}
          options={(["daily", "weekly", "off"] as const).map((d) => ({ value: d, label: t(`notificationsUi.digestOption.${d}`) }))}
        />
        <button type="submit">{t("common.save")}</button>
      </form>
      {saved ? <Status>{t("common.saved")}</Status> : null}
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { me, refresh, signOut } = useSession();
  const [name, setName] = useState(me?.name ?? "");
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await api("PATCH", "/api/me", { name });
      await refresh();
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Page title={t("account.title")}>
      <section aria-labelledby="profile-heading" className="panel">
        <h2 id="profile-heading">{t("account.profile")}</h2>
        <p>{t("account.email", { email: me?.email })}</p>
        <form onSubmit={save} noValidate>
          <FormError error={error} />
          <TextField
            name="name"
            label={t("account.name")}
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.target.value)}
            error={error}
          />
          <button type="submit" className="primary">
            {t("common.save")}
          </button>
        </form>
        {saved ? <Status>{t("common.saved")}</Status> : null}
        <p>{t("account.languageHint")}</p>
      </section>
      <DigestSetting />
      <Tokens />
      <section aria-labelledby="data-heading" className="panel">
        <h2 id="data-heading">{t("account.data.heading")}</h2>
        <p>{t("account.data.intro")}</p>
        <p>
          <a href="/api/me/data" download>
            {t("account.data.download")}
          </a>
        </p>
      </section>
      <section aria-labelledby="sessions-heading" className="panel">
        <h2 id="sessions-heading">{t("account.sessions.heading")}</h2>
        <p>{t("account.sessions.intro")}</p>
        <button type="button" onClick={() => void signOut(true)}>
          {t("account.sessions.everywhere")}
        </button>
      </section>
    </Page>
  );
}
