import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok, type Schemas } from "../../api/client.ts";
import { usePaged } from "../../api/usePaged.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import { MergeForm } from "./MergeForm.tsx";

type User = Schemas["InstanceUser"];
type Action = "disable" | "enable" | "reset" | "delete";

/** How a person signs in, in words: their password, or an identity provider by its id. */
function SignInMethods({ methods }: { methods: string[] }) {
  const { t } = useTranslation();
  if (methods.length === 0) return <>{t("users.method.none")}</>;
  return (
    <>{methods.map((m) => (m === "password" ? t("users.method.password") : t("users.method.sso", { provider: m.slice(4) }))).join(", ")}</>
  );
}

/** One account with what the admin may do to it; the outcome is said right below its buttons. */
function UserCard({
  user,
  self,
  busy,
  done,
  act,
  merged,
}: {
  user: User;
  self: boolean;
  busy: boolean;
  done: string | null;
  act: (a: Action) => void;
  merged: (into: User) => void;
}) {
  const { t } = useTranslation();
  const headingId = `user-${user.id}`;
  return (
    <li className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {user.name || user.email}
        {user.isAdmin ? <span className="badge">{t("users.admin")}</span> : null}
        {user.disabledAt ? <span className="badge warn">{t("users.disabled")}</span> : null}
      </h2>
      <dl className="facts">
        <dt>{t("users.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("users.signsInWith")}</dt>
        <dd>
          <SignInMethods methods={user.signInMethods} />
        </dd>
        <dt>{t("users.lastSignIn")}</dt>
        <dd>{user.lastSignInAt ? formatDate(user.lastSignInAt, true) : t("users.never")}</dd>
        <dt>{t("users.networks")}</dt>
        <dd>
          {user.networks.length === 0 ? t("users.noNetworks") : user.networks.map((n) => `${n.name} (${t(`roles.${n.role}`)})`).join(", ")}
        </dd>
      </dl>
      {self ? (
        <p className="hint">{t("users.self")}</p>
      ) : (
        <div className="button-row">
          {user.disabledAt ? (
            <button type="button" disabled={busy} onClick={() => act("enable")}>
              {t("users.enable")}
            </button>
          ) : (
            <ConfirmButton
              label={t("users.disable")}
              question={t("users.confirmDisable", { name: user.name || user.email })}
              disabled={busy}
              onConfirm={() => act("disable")}
            />
          )}
          <ConfirmButton
            label={t("users.sendReset")}
            question={t("users.confirmReset", { email: user.email })}
            disabled={busy || user.disabledAt !== null}
            onConfirm={() => act("reset")}
          />
          <ConfirmButton
            label={t("users.delete")}
            question={t("users.confirmDelete", { name: user.name || user.email })}
            danger
            disabled={busy}
            onConfirm={() => act("delete")}
          />
        </div>
      )}
      {self ? null : <MergeForm user={user} onMerged={merged} />}
      {done ? <Status>{done}</Status> : null}
    </li>
  );
}

const request = (action: Action, userId: string) => {
  const path = { params: { path: { userId } } };
  if (action === "disable") return ok(client.POST("/api/admin/users/{userId}/disable", path));
  if (action === "enable") return ok(client.POST("/api/admin/users/{userId}/enable", path));
  if (action === "reset") return ok(client.POST("/api/admin/users/{userId}/password-reset", path));
  return ok(client.DELETE("/api/admin/users/{userId}", path));
};

/** The instance admin's accounts: find people, and disable, enable, send a reset link or delete. */
export function UsersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [search, setSearch] = useState("");
  const [query, setQuery] = useState("");
  const list = usePaged(
    (cursor) => ok(client.GET("/api/admin/users", { params: { query: { q: query, ...(cursor ? { cursor } : {}) } } })),
    `users:${query}`,
  );
  const { busy, error, save } = useSave();
  const [outcome, setOutcome] = useState<{ userId: string; text: string } | null>(null);

  const act = (user: User, action: Action) =>
    void save(
      async () => {
        await request(action, user.id);
        await list.reload();
      },
      {
        saved: () => setOutcome({ userId: user.id, text: t(`users.done.${action}`, { name: user.name || user.email, email: user.email }) }),
      },
    );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setOutcome(null);
    setQuery(search.trim());
  };

  if (!me?.isAdmin) return <Page title={t("users.title")}>{t("errors.forbidden")}</Page>;
  return (
    <Page title={t("users.title")}>
      <p>{t("users.intro")}</p>
      <search>
        <form className="inline-form" onSubmit={submit}>
          <label htmlFor="users-search">{t("users.search")}</label>
          <input id="users-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
          <button type="submit">{t("users.find")}</button>
        </form>
      </search>
      <FormError error={error ?? list.error} />
      {!list.items ? (
        <Loading />
      ) : (
        <>
          <Status>{t("users.count", { count: list.items.length })}</Status>
          <ul className="cards user-list">
            {list.items.map((u) => (
              <UserCard
                key={u.id}
                user={u}
                self={u.id === me.id}
                busy={busy}
                done={outcome?.userId === u.id ? outcome.text : null}
                act={(a) => act(u, a)}
                merged={(into) => {
                  setOutcome({ userId: into.id, text: t("users.done.merge", { from: u.email, into: into.email }) });
                  void list.reload();
                }}
              />
            ))}
          </ul>
          {outcome && !list.items.some((u) => u.id === outcome.userId) ? <Status>{outcome.text}</Status> : null}
          {list.hasMore ? (
            <button type="button" disabled={list.busy} onClick={() => void list.more()}>
              {t("common.showMore")}
            </button>
          ) : null}
        </>
      )}
    </Page>
  );
}
