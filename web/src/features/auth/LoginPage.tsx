import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, TextField, useDraft } from "../../components/Form.tsx";
import { Page } from "../../components/Page.tsx";
import { useSession } from "../../session.tsx";

/** The full-page navigation that begins signing in at an identity provider and comes back to `target`. */
const ssoStart = (start: string, target: string) =>
  `${start}${start.includes("?") ? "&" : "?"}${new URLSearchParams({ returnTo: target })}`;

export function LoginPage() {
  const { t } = useTranslation();
  const { me, refresh, accountDeleted } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const { busy, error, save } = useSave();
  const { draft, field } = useDraft({ email: "", password: "" }, { error });
  const next = new URLSearchParams(location.search).get("next");
  const target = next?.startsWith("/") && !next.startsWith("//") ? next : "/";
  const providers = useLoad(() => ok(client.GET("/api/auth/providers")), "providers").data?.items ?? [];

  if (me) return <Navigate to={target} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(async () => {
      await ok(client.POST("/api/auth/login", { body: { email: draft.email, password: draft.password } }));
      await refresh();
      navigate(target, { replace: true });
    });
  };

  return (
    <div className="narrow">
      <Page title={t("auth.signIn")}>
        {accountDeleted ? (
          <p className="notice" role="status">
            {t("auth.accountDeleted")}
          </p>
        ) : null}
        <p>{t("auth.intro")}</p>
        {providers.length > 0 ? (
          <>
            <ul className="sso-providers">
              {providers.map((p) => (
                <li key={p.id}>
                  <a className="button primary" href={ssoStart(p.start, target)}>
                    {p.label}
                  </a>
                </li>
              ))}
            </ul>
            <p className="hint">{t("auth.ssoHint")}</p>
            <p className="divider" aria-hidden="true">
              {t("auth.or")}
            </p>
          </>
        ) : null}
        <form onSubmit={submit} noValidate>
          <FormError error={error} />
          <TextField {...field("email")} label={t("auth.email")} type="email" autoComplete="username" required />
          <TextField {...field("password")} label={t("auth.password")} type="password" autoComplete="current-password" required />
          <button type="submit" className={providers.length > 0 ? undefined : "primary"} disabled={busy}>
            {t("auth.signIn")}
          </button>
        </form>
        <p>
          <Link to="/forgot-password">{t("auth.forgot")}</Link>
        </p>
      </Page>
    </div>
  );
}
