import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation, useNavigate } from "react-router";
import { client, ok } from "../../api/client.ts";
import { FormError, TextField } from "../../components/Form.tsx";
import { Page } from "../../components/Page.tsx";
import { useSession } from "../../session.tsx";

export function LoginPage() {
  const { t } = useTranslation();
  const { me, refresh, accountDeleted } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = new URLSearchParams(location.search).get("next");
  const target = next?.startsWith("/") && !next.startsWith("//") ? next : "/";

  if (me) return <Navigate to={target} replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await ok(client.POST("/api/auth/login", { body: { email, password } }));
      await refresh();
      navigate(target, { replace: true });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
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
        <form onSubmit={submit} noValidate>
          <FormError error={error} />
          <TextField
            name="email"
            label={t("auth.email")}
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={error}
          />
          <TextField
            name="password"
            label={t("auth.password")}
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={error}
          />
          <button type="submit" className="primary" disabled={busy}>
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
