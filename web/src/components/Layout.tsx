import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useMatch, useNavigate } from "react-router";
import type { Locale } from "../../../src/domain/locale.ts";
import { client, ok } from "../api/client.ts";
import { SearchBox } from "../features/search/SearchBox.tsx";
import { LOCALES, setLocale } from "../i18n.ts";
import { useSession } from "../session.tsx";

const LANGUAGE_NAMES: Record<Locale, string> = { fi: "Suomi", sv: "Svenska", en: "English" };

/** Language buttons, each named in its own language; the choice is saved on the account when signed in. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const { me, refresh } = useSession();
  const choose = async (locale: Locale) => {
    await setLocale(locale);
    if (me) {
      await ok(client.PATCH("/api/me", { body: { locale } }));
      await refresh();
    }
  };
  return (
    <nav className="languages" aria-label={t("layout.language")}>
      <ul>
        {LOCALES.map((l) => (
          <li key={l}>
            <button type="button" lang={l} aria-pressed={i18n.language === l} onClick={() => void choose(l)}>
              {LANGUAGE_NAMES[l]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NetworkSwitcher() {
  const { me } = useSession();
  // The layout sits above the network's routes, so the network is read from the address, not from route params.
  const networkId = useMatch("/networks/:networkId/*")?.params.networkId ?? "";
  if (!me || me.networks.length < 2) return null;
  return <NetworkChoice key={networkId} current={networkId} networks={me.networks} />;
}

/** The switcher's form, showing the network one is in. */
function NetworkChoice({ current, networks }: { current: string; networks: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [choice, setChoice] = useState(current);
  const go = (e: FormEvent) => {
    e.preventDefault();
    if (choice) navigate(`/networks/${choice}`);
  };
  return (
    <form className="network-switcher" onSubmit={go}>
      <label htmlFor="network-switch">{t("layout.switchNetwork")}</label>
      <select id="network-switch" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{t("layout.chooseNetwork")}</option>
        {networks.map((n) => (
          <option key={n.id} value={n.id}>
            {n.name}
          </option>
        ))}
      </select>
      <button type="submit">{t("layout.go")}</button>
    </form>
  );
}

/** The "please confirm your details" prompt shown after signing in, for every network where they have gone stale. */
function StaleProfiles() {
  const { t } = useTranslation();
  const { me } = useSession();
  // A newcomer's details are asked for by the network home's welcome, not by a reminder that they have grown old.
  const stale = me?.networks.filter((n) => n.profileStale && !n.profileNew) ?? [];
  if (stale.length === 0) return null;
  return (
    <aside className="stale-banner" aria-labelledby="stale-heading">
      <h2 id="stale-heading">{t("people.confirmTitle")}</h2>
      <ul>
        {stale.map((n) => (
          <li key={n.id}>
            <Link to={`/networks/${n.id}/people/${n.personId}`}>{t("people.confirmIn", { network: n.name })}</Link>
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The frame of every page: skip link, header with navigation and language, main landmark, footer. */
export function Layout() {
  const { t } = useTranslation();
  const { me, signOut } = useSession();
  const out = () => void signOut();
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to="/">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t("app.name")}</span>
          </Link>
        </div>
        {me ? <SearchBox /> : null}
        {me ? (
          <nav aria-label={t("layout.mainNav")} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t("layout.myNetworks")}
                </NavLink>
              </li>
              {me.isAdmin ? (
                <>
                  <li>
                    <NavLink to="/admin/users">{t("layout.users")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/outbox">{t("outbox.instanceTitle")}</NavLink>
                  </li>
                  <li>
                    <NavLink to="/admin/audit">{t("audit.instanceTitle")}</NavLink>
                  </li>
                </>
              ) : null}
              <li>
                <NavLink to="/notifications">{t("notifications.title")}</NavLink>
              </li>
              <li>
                <NavLink to="/account">{t("layout.account")}</NavLink>
              </li>
              <li>
                <button type="button" className="link-button" onClick={out}>
                  {t("layout.signOut")}
                </button>
              </li>
            </ul>
          </nav>
        ) : null}
        <LanguageSwitcher />
      </header>
      {me ? <NetworkSwitcher /> : null}
      <StaleProfiles />
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
        <p>
          <Link to="/accessibility">{t("layout.accessibility")}</Link>
          <span aria-hidden="true"> · </span>
          <Link to="/privacy">{t("layout.privacy")}</Link>
        </p>
        {me ? <p>{t("layout.signedInAs", { name: me.name, email: me.email })}</p> : null}
      </footer>
    </>
  );
}
