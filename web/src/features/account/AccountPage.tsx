import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, SelectField, TextField, useDraft } from "../../components/Form.tsx";
import { Page, Section, Status } from "../../components/Page.tsx";
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
    <Section id="tokens-heading" className="panel" title={t("account.tokens")}>
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
    </Section>
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
    <Section id="digest-heading" className="panel" title={t("notifications.digestTitle")}>
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
    </Section>
  );
}

/**
 * "Delete my account" (GDPR art. 17): says what goes and what stays, then asks
 * for the password and a second, explicit confirmation. The server ends every
 * session, so the person is forgotten here too and lands on the sign-in page.
 */
function DeleteAccount() {
  const { t } = useTranslation();
  const { me, forgetDeletedAccount } = useSession();
  const { busy, error, setError, save } = useSave();
  const { draft, field } = useDraft({ password: "", email: "" }, { error });
  // Signed in through the organisation's account, the person confirms with their e-mail: they may have no password.
  const viaProvider = me?.signedInWith.startsWith("sso:") ?? false;
  const confirmField = viaProvider ? "email" : "password";
  const [confirming, setConfirming] = useState(false);
  // The step's buttons replace each other: keyboard focus follows to what is shown next.
  const [focusTo, setFocusTo] = useState<"confirm" | "start" | "password" | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusTo === "confirm") confirmHeading.current?.focus();
    else if (focusTo === "start") startButton.current?.focus();
    else if (focusTo === "password") document.getElementById(`field-${confirmField}`)?.focus();
  }, [focusTo, confirmField]);

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
    void save(() => ok(client.DELETE("/api/me", { body: viaProvider ? { email: draft.email } : { password: draft.password } })), {
      saved: forgetDeletedAccount,
      failed: (err) => {
        setConfirming(false);
        setFocusTo("password");
        return err;
      },
    });
  };

  return (
    <Section id="delete-heading" className="panel" title={t("account.delete.heading")}>
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
        {viaProvider ? (
          <TextField
            {...field("email")}
            type="email"
            autoComplete="off"
            label={t("account.delete.email")}
            hint={t("account.delete.emailHint", { email: me?.email ?? "" })}
            required
          />
        ) : (
          <TextField
            {...field("password")}
            type="password"
            autoComplete="current-password"
            label={t("account.delete.password")}
            hint={t("account.delete.passwordHint")}
            required
          />
        )}
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
    </Section>
  );
}

export function AccountPage() {
  const { t } = useTranslation();
  const { me, refresh, signOut } = useSession();
  const { error, save, saved } = useSave();
  const { draft, field } = useDraft({ name: me?.name ?? "" }, { error });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(async () => {
      await ok(client.PATCH("/api/me", { body: { name: draft.name } }));
      await refresh();
    });
  };
  return (
    <Page title={t("account.title")}>
      <Section id="profile-heading" className="panel" title={t("account.profile")}>
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
      </Section>
      <DigestSetting />
      <Tokens />
      <Section id="data-heading" className="panel" title={t("account.data.heading")}>
        <p>{t("account.data.intro")}</p>
        <p>
          <a href="/api/me/data" download>
            {t("account.data.download")}
          </a>
        </p>
        <p>
          {t("account.data.privacyIntro")} <Link to="/privacy">{t("account.data.privacyLink")}</Link>
        </p>
      </Section>
      <Section id="sessions-heading" className="panel" title={t("account.sessions.heading")}>
        <p>{t("account.sessions.intro")}</p>
        <button type="button" onClick={() => void signOut(true)}>
          {t("account.sessions.everywhere")}
        </button>
      </Section>
      <DeleteAccount />
    </Page>
  );
}
