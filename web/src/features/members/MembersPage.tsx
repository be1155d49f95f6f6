import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { NETWORK_ROLES, type NetworkRole as Role } from "../../../../src/domain/network.ts";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { usePaged } from "../../api/usePaged.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import { DataTable } from "../../components/DataTable.tsx";
import { FormError, SelectField, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

type Member = Schemas["Member"];
type Invitation = Schemas["Invitation"];

function RoleEditor({ member, networkId, onChanged }: { member: Member; networkId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<Role>(member.role);
  const { error, save } = useSave();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PATCH("/api/networks/{networkId}/members/{memberId}", {
            params: { path: { networkId, memberId: member.id } },
            body: { role },
          }),
        ),
      {
        saved: onChanged,
        failed: (err) => {
          setRole(member.role);
          return err;
        },
      },
    );
  };
  const id = `role-${member.id}`;
  return (
    <form className="inline-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t("members.roleOf", { name: member.name })}
      </label>
      <select id={id} value={role} onChange={(e) => setRole(e.target.value as Role)}>
        {NETWORK_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={role === member.role}>
        {t("members.changeRole")}
        <span className="visually-hidden"> {member.name}</span>
      </button>
      <FormError error={error} />
    </form>
  );
}

function InviteForm({ networkId, onInvited }: { networkId: string; onInvited: () => void }) {
  const { t } = useTranslation();
  const { error, save } = useSave();
  const { draft, set, field } = useDraft<{ email: string; role: Role }>({ email: "", role: "member" }, { error });
  const [result, setResult] = useState<{ link: string; delivered: boolean; email: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setResult(null);
    setCopied(false);
    void save(() => ok(client.POST("/api/networks/{networkId}/invitations", { params: { path: { networkId } }, body: draft })), {
      saved: (r) => {
        setResult({ link: r.link, delivered: r.delivered, email: r.invitation.email });
        set("email", "");
        onInvited();
      },
    });
  };
  const copy = async () => {
    if (!result) return;
    await navigator.clipboard.writeText(result.link);
    setCopied(true);
  };
  return (
    <Section id="invite-heading" className="panel" title={t("members.invite")}>
      <form onSubmit={submit} noValidate>
        <FormError error={error} />
        <TextField {...field("email")} type="email" label={t("auth.email")} required />
        <SelectField
          {...field("role")}
          label={t("members.role")}
          options={NETWORK_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        />
        <button type="submit" className="primary">
          {t("members.sendInvitation")}
        </button>
      </form>
      {result ? (
        <div className="invite-result" role="status">
          <p>
            {result.delivered
              ? t("members.invitationSent", { email: result.email })
              : t("members.invitationInOutbox", { email: result.email })}
          </p>
          <label htmlFor="invite-link">{t("members.invitationLink")}</label>
          <input id="invite-link" readOnly value={result.link} onFocus={(e) => e.target.select()} />
          <button type="button" onClick={() => void copy()}>
            {t("members.copyLink")}
          </button>
          {copied ? <span> {t("members.copied")}</span> : null}
        </div>
      ) : null}
    </Section>
  );
}

export function MembersPage() {
  const { t } = useTranslation();
  const ask = useConfirm();
  const { home, reload: reloadHome, networkId, coordinator } = useNetwork();
  const path = { networkId };
  const list = usePaged(
    (cursor) => ok(client.GET("/api/networks/{networkId}/members", { params: { path, query: { limit: 50, cursor } } })),
    `members:${networkId}`,
  );
  const members = list.items;
  const [actionError, setActionError] = useState<unknown>(null);
  const error = actionError ?? list.error;
  const invitations = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/invitations", { params: { path } })),
    coordinator ? `invitations:${networkId}` : null,
  );

  const changed = () => {
    void list.reload();
    void reloadHome();
  };
  const remove = async (m: Member) => {
    if (!(await ask({ question: t("members.confirmRemove", { name: m.name }), danger: true }))) return;
    try {
      await ok(client.DELETE("/api/networks/{networkId}/members/{memberId}", { params: { path: { networkId, memberId: m.id } } }));
      changed();
    } catch (err) {
      setActionError(err);
    }
  };
  const cancel = async (i: Invitation) => {
    await ok(
      client.DELETE("/api/networks/{networkId}/invitations/{invitationId}", { params: { path: { networkId, invitationId: i.id } } }),
    );
    await invitations.reload();
    void reloadHome();
  };

  return (
    <Page title={t("members.title")}>
      {coordinator ? (
        <InviteForm
          networkId={networkId}
          onInvited={() => {
            void invitations.reload();
            void reloadHome();
          }}
        />
      ) : null}
      {coordinator && invitations.data && invitations.data.items.length > 0 ? (
        <Section id="pending-heading" className="panel" title={t("members.pending")}>
          <ul className="plain">
            {invitations.data.items.map((i) => (
              <li key={i.id}>
                {i.email} · {t(`roles.${i.role}`)} · {t("members.expires", { date: formatDate(i.expiresAt) })}{" "}
                <button type="button" onClick={() => void cancel(i)}>
                  {t("members.cancelInvitation")}
                  <span className="visually-hidden"> {i.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <FormError error={error} />
      {!members ? (
        <Loading />
      ) : (
        <>
          <Status>{t("members.count", { count: home.memberCount })}</Status>
          <DataTable
            caption={t("members.title")}
            captionHidden
            columns={[
              t("members.name"),
              t("members.organisation"),
              t("members.titleColumn"),
              coordinator && t("auth.email"),
              t("members.role"),
              coordinator && t("common.actions"),
            ]}
          >
            {members.map((m) => (
              <tr key={m.id}>
                <th scope="row">{m.name}</th>
                <td>{m.organisationName ?? "–"}</td>
                <td>{m.title ?? "–"}</td>
                {coordinator ? <td>{m.email}</td> : null}
                <td>{coordinator ? <RoleEditor member={m} networkId={networkId} onChanged={changed} /> : t(`roles.${m.role}`)}</td>
                {coordinator ? (
                  <td>
                    <button type="button" className="danger" onClick={() => void remove(m)}>
                      {t("members.remove")}
                      <span className="visually-hidden"> {m.name}</span>
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
          {list.hasMore ? (
            <button type="button" onClick={() => void list.more()}>
              {t("common.showMore")}
            </button>
          ) : null}
        </>
      )}
    </Page>
  );
}
