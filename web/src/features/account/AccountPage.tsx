import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, SelectField, TextField, useDraft } from "../../components/Form.tsx";
import { Page, Status } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useSession } from "../../session.tsx";

function Tokens() {
  const { t } = useTranslation();
  const { data, reload } = useLoad(() => ok(client.GET("/api/me/tokens")), "tokens");
  const { error, save } = useSave();
  const { draft, set, field } = useDraft({ name: "" }, { error });
  const [created, setCreated] = useState<string | null>(null);
  const create = (e: FormEvent) => {
    e.preventDefault();
    void save(async () => {
      const r = await ok(client.POST("/api/me/tokens", { body: { name: draft.name } }));
      setCreated(r.token);
      set("name", "");
      await reload();
    });
  };
  const revoke = async (id: string) => {
    await ok(client.DELETE("/api/me/tokens/{tokenId}", { params: { path: { tokenId: id } } }));
    await reload();
  };
  return (
    <section aria-labelledby="tokens-heading" className="panel">
      <h2 id="tokens-heading">{t("account.tokens")}</h2>
      <p>{t("account.tokensIntro")}</p>
      <form onSubmit={create} noValidate>
        <FormError error={error} />
        <TextField {...field("name")} label={t("account.tokenName")} required />
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
  const { draft, field } = useDraft<{ digest: Schemas["Me"]["digest"] }>({ digest: me?.digest ?? "weekly" });
  const [saved, setSaved] = useState(false);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    await ok(client.PATCH("/api/me", { body: { digest: draft.digest } }));
    await refresh();
    setSaved(true);
  };
  return (
    <section aria-labelledby="digest-heading" className="panel">
      <h2 id="digest-heading">{t("notifications.digestTitle")}</h2>
      <p>{t("notifications.digestIntro")}</p>
      <form onSubmit={save}>
        <SelectField
          {...field("digest")}
          label={t("notifications.digest")}
          options={(["daily", "weekly", "off"] as const).map((d) => ({ value: d, label: t(`notifications.digestOption.${d}`) }))}
        />
        <button type="submit">{t("common.save")}</button>
      </form>
      {saved ? <Status>{t("common.saved")}</Status> : null}
    </section>
  );
}

/**
 * "Delete my account" (GDPR art. 17): says what goes and what stays, then asks
 * for the password and a second, explicit confirmation. The server ends every
 * session, so the person is forgotten here too and lands on the sign-in page.
 */
function DeleteAccount() {
  const { t } = useTranslation();
  const { forgetDeletedAccount } = useSession();
  const { busy, error, setError, save } = useSave();
  const { draft, field } = useDraft({ password: "" }, { error });
  const [confirming, setConfirming] = useState(false);
  // The step's buttons replace each other: keyboard focus follows to what is shown next.
  const [focusTo, setFocusTo] = useState<"confirm" | "start" | "password" | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusTo === "confirm") confirmHeading.current?.focus();
    else if (focusTo === "start") startButton.current?.focus();
    else if (focusTo === "password") document.getElementById("field-password")?.focus();
  }, [focusTo]);

  const ask = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setConfirming(true);
    setFocusTo("confirm");
  };
  const cancel = () => {
    setConfirming(false);
    setFocusTo("start");
  };
  const remove = () => {
    setFocusTo(null);
    void save(() => ok(client.DELETE("/api/me", { body: { password: draft.password } })), {
      saved: forgetDeletedAccount,
      failed: (err) => {
        setConfirming(false);
        setFocusTo("password");
        return err;
      },
    });
  };

  return (
    <section aria-labelledby="delete-heading" className="panel">
      <h2 id="delete-heading">{t("account.delete.heading")}</h2>
      <h3>{t("account.delete.goesTitle")}</h3>
      <ul>
        <li>{t("account.delete.goes.account")}</li>
        <li>{t("account.delete.goes.sessions")}</li>
        <li>{t("account.delete.goes.notifications")}</li>
      </ul>
      <h3>{t("account.delete.staysTitle")}</h3>
      <ul>
        <li>{t("account.delete.stays.sharedWork")}</li>
        <li>{t("account.delete.stays.surveys")}</li>
        <li>{t("account.delete.stays.audit")}</li>
      </ul>
      <p>{t("account.delete.beforeYouGo")}</p>
      <form onSubmit={ask} noValidate>
        <FormError error={error} />
        <TextField
          {...field("password")}
          type="password"
          autoComplete="current-password"
          label={t("account.delete.password")}
          hint={t("account.delete.passwordHint")}
          required
        />
        {confirming ? (
          <div className="notice">
            <h3 ref={confirmHeading} tabIndex={-1}>
              {t("account.delete.confirmTitle")}
            </h3>
            <p>{t("account.delete.confirmText")}</p>
            <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
              {t("account.delete.confirm")}
            </button>{" "}
            <button type="button" disabled={busy} onClick={cancel}>
              {t("account.delete.cancel")}
            </button>
          </div>
        ) : (
          <button type="submit" className="danger" ref={startButton}>
            {t("account.delete.start")}
          </button>
        )}
      </form>
    </section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { me, refresh, signOut } = useSession();
  const { error, save } = useSave();
  const { draft, field } = useDraft({ name: me?.name ?? "" }, { error });
  const [saved, setSaved] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    void save(async () => {
      await ok(client.PATCH("/api/me", { body: { name: draft.name } }));
      await refresh();
      setSaved(true);
    });
  };
  return (
    <Page title={t("account.title")}>
      <section aria-labelledby="profile-heading" className="panel">
        <h2 id="profile-heading">{t("account.profile")}</h2>
        <p>{t("account.email", { email: me?.email })}</p>
        <form onSubmit={submit} noValidate>
          <FormError error={error} />
          <TextField {...field("name")} label={t("account.name")} autoComplete="name" required />
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
        <p>
          {t("account.data.privacyIntro")} <Link to="/privacy">{t("account.data.privacyLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="sessions-heading" className="panel">
        <h2 id="sessions-heading">{t("account.sessions.heading")}</h2>
        <p>{t("account.sessions.intro")}</p>
        <button type="button" onClick={() => void signOut(true)}>
          {t("account.sessions.everywhere")}
        </button>
      </section>
      <DeleteAccount />
    </Page>
  );
}
