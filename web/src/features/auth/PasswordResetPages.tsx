import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, TextField, useDraft } from "../../components/Form.tsx";
import { Page, Status } from "../../components/Page.tsx";

/** The token of a link lives in the URL fragment, which browsers never send to servers or in Referer headers. */
export const tokenFromHash = () => new URLSearchParams(window.location.hash.slice(1)).get("token") ?? "";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { error, save } = useSave();
  const { draft, field } = useDraft({ email: "" }, { error });
  const [sent, setSent] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(() => ok(client.POST("/api/auth/password-reset", { body: { email: draft.email } })), { saved: () => setSent(true) });
  };
  return (
    <div className="narrow">
      <Page title={t("auth.forgotTitle")}>
        {sent ? (
          <Status>{t("auth.resetSent")}</Status>
        ) : (
          <form onSubmit={submit} noValidate>
            <p>{t("auth.forgotIntro")}</p>
            <FormError error={error} />
            <TextField {...field("email")} label={t("auth.email")} type="email" autoComplete="email" required />
            <button type="submit" className="primary">
              {t("auth.sendLink")}
            </button>
          </form>
        )}
        <p>
          <Link to="/login">{t("auth.backToSignIn")}</Link>
        </p>
      </Page>
    </div>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { error, save } = useSave();
  const { draft, field } = useDraft({ password: "" }, { error });
  const [done, setDone] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(() => ok(client.POST("/api/auth/password-reset/complete", { body: { token: tokenFromHash(), password: draft.password } })), {
      saved: () => setDone(true),
    });
  };
  return (
    <div className="narrow">
      <Page title={t("auth.resetTitle")}>
        {done ? (
          <>
            <Status>{t("auth.resetDone")}</Status>
            <p>
              <Link to="/login">{t("auth.signIn")}</Link>
            </p>
          </>
        ) : (
          <form onSubmit={submit} noValidate>
            <FormError error={error} />
            <TextField
              {...field("password")}
              label={t("auth.newPassword")}
              hint={t("auth.passwordHint")}
              type="password"
              autoComplete="new-password"
              required
            />
            <button type="submit" className="primary">
              {t("auth.savePassword")}
            </button>
          </form>
        )}
      </Page>
    </div>
  );
}
