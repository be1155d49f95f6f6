import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok, type Schemas } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError } from "../../components/Form.tsx";

type User = Schemas["InstanceUser"];

/**
 * Merges an account into another of the same person, named by its e-mail: the account is found first, then the
 * admin confirms, seeing both addresses, before anything moves.
 */
export function MergeForm({ user, onMerged }: { user: User; onMerged: (into: User) => void }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [email, setEmail] = useState("");
  const [into, setInto] = useState<User | null>(null);
  const { busy, error, setError, save } = useSave();

  const find = (e: FormEvent) => {
    e.preventDefault();
    setInto(null);
    void save(async () => {
      const wanted = email.trim().toLowerCase();
      const found = (await ok(client.GET("/api/admin/users", { params: { query: { q: wanted } } }))).items.find((u) => u.email === wanted);
      if (!found || found.id === user.id) {
        setError(new ApiError(400, "validation_failed", t("users.merge.notFound"), { intoUserId: t("users.merge.notFound") }));
        return;
      }
      setInto(found);
    });
  };

  const merge = (target: User) =>
    void save(
      () =>
        ok(
          client.POST("/api/admin/users/{userId}/merge", {
            params: { path: { userId: user.id } },
            body: { intoUserId: target.id },
          }),
        ),
      { saved: () => onMerged(target) },
    );

  return (
    <details className="merge-form">
      <summary>{t("users.merge.open")}</summary>
      <p className="hint">{t("users.merge.intro", { email: user.email })}</p>
      <form onSubmit={find} noValidate>
        <FormError error={error} />
        <div className="field" id="field-intoUserId">
          <label htmlFor={inputId}>{t("users.merge.keep")}</label>
          <input id={inputId} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <button type="submit" disabled={busy}>
          {t("users.merge.find")}
        </button>
      </form>
      {into ? (
        <div className="notice" role="status">
          <p>{t("users.merge.confirm", { from: user.email, into: into.email })}</p>
          <button type="button" className="danger" disabled={busy} onClick={() => merge(into)}>
            {t("users.merge.do")}
          </button>
        </div>
      ) : null}
    </details>
  );
}
