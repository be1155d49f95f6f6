import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type Answer, ApiError, client, ok } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { useSession } from "../../session.tsx";
import { tokenFromHash } from "./PasswordResetPages.tsx";

type Lookup = Answer<"/api/invitations/lookup", "post">;

/** An account imported without a password: its owner proves the address by a reset link mailed only there. */
function ActivateFirst({ email }: { email: string }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  const { error, save } = useSave();
  const send = () => save(() => ok(client.POST("/api/auth/password-reset", { body: { email } })), { saved: () => setSent(true) });
  return (
    <>
      <p>{t("invite.activateFirst", { email })}</p>
      <FormError error={error} />
      <div role="status">{sent ? <p className="notice">{t("invite.activationSent", { email })}</p> : null}</div>
      {sent ? null : (
        <button type="button" className="primary" onClick={send}>
          {t("invite.sendActivation")}
        </button>
      )}
    </>
  );
}

export function InvitePage() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const navigate = useNavigate();
  const [token] = useState(tokenFromHash);
  const [invitation, setInvitation] = useState<Lookup | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { error, save } = useSave();
  const { draft, field } = useDraft({ name: "", password: "" }, { error });

  useEffect(() => {
    ok(client.POST("/api/invitations/lookup", { body: { token } })).then(setInvitation, setLoadError);
  }, [token]);

  const accept = (e: FormEvent) => {
    e.preventDefault();
    void save(async () => {
      const body = invitation?.accountExists ? { token } : { token, name: draft.name, password: draft.password };
      const r = await ok(client.POST("/api/invitations/accept", { body }));
      await refresh();
      navigate(`/networks/${r.networkId}`);
    });
  };

  if (loadError) {
    return (
      <div className="narrow">
        <Page title={t("invite.title")}>
          <FormError error={loadError instanceof ApiError ? loadError : null} />
        </Page>
      </div>
    );
  }
  if (!invitation) return <Loading />;
  const signedInAsOther = me && me.email !== invitation.email;
  return (
    <div className="narrow">
      <Page title={t("invite.titleFor", { network: invitation.networkName })}>
        <p>
          {t("invite.intro", { inviter: invitation.inviterName, network: invitation.networkName, role: t(`roles.${invitation.role}`) })}
        </p>
        <p>{t("invite.forEmail", { email: invitation.email })}</p>
        {invitation.accountExists && !me && invitation.activationNeeded ? (
          <ActivateFirst email={invitation.email} />
        ) : invitation.accountExists && !me ? (
          <p>
            {t("invite.signInFirst")} <Link to={`/login?next=${encodeURIComponent(`/invite#token=${token}`)}`}>{t("auth.signIn")}</Link>
          </p>
        ) : signedInAsOther ? (
          <p className="notice">{t("invite.otherAccount", { email: me.email })}</p>
        ) : (
          <form onSubmit={accept} noValidate>
            <FormError error={error} />
            {invitation.accountExists ? null : (
              <>
                <TextField {...field("name")} label={t("invite.yourName")} autoComplete="name" required />
                <TextField
                  {...field("password")}
                  label={t("invite.choosePassword")}
                  hint={t("auth.passwordHint")}
                  type="password"
                  autoComplete="new-password"
                  required
                />
              </>
            )}
            <button type="submit" className="primary">
              {t("invite.accept")}
            </button>
          </form>
        )}
      </Page>
    </div>
  );
}
