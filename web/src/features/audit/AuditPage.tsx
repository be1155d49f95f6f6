import { useTranslation } from "react-i18next";
import { client, ok, type Schemas } from "../../api/client.ts";
import { usePaged } from "../../api/usePaged.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useSession } from "../../session.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { AUDIT_DETAILS } from "./details.ts";

type AuditLog = Schemas["AuditLog"];
type AuditEvent = AuditLog["items"][number];

/** Details as "name: value" pairs in the reader's language; roles by their names, yes/no for choices. */
function DetailsText({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const value = (k: string, v: unknown) => {
    if (v === true) return t("audit.yes");
    if (v === false) return t("audit.no");
    if (k === "from" || k === "to" || k === "role") return t(`roles.${String(v)}`);
    if (k === "locale") return t(`audit.language.${String(v)}`);
    if (k === "phase") return t(`phases.${String(v)}.name`);
    return String(v);
  };
  return (
    <>
      {Object.entries(details)
        .filter(([k, v]) => v !== null && v !== "" && (AUDIT_DETAILS as readonly string[]).includes(k))
        .map(([k, v]) => `${t(`audit.detail.${k}`)}: ${value(k, v)}`)
        .join(", ")}
    </>
  );
}

/** An audit log read a hundred events at a time; the instance's log also names each event's network. */
function AuditLogView({
  load,
  logKey,
  title,
  intro,
  withNetwork,
}: {
  /** One page of the log, the events before `before` (the previous page's nextCursor). */
  load: (before: string | undefined) => Promise<AuditLog>;
  logKey: string;
  title: string;
  intro: string;
  withNetwork: boolean;
}) {
  const { t } = useTranslation();
  const log = usePaged(load, logKey);
  const items = log.items ?? [];
  // The instance's own events concern a text the admin writes; their subject is its kind.
  const subject = (e: AuditEvent) => (e.action === "instance.document_saved" ? t(`audit.document.${e.subject}`) : e.subject);
  return (
    <Page title={title}>
      <p>{intro}</p>
      <FormError error={log.error} />
      {!log.items ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <DataTable
          caption={t("audit.caption", { count: items.length })}
          columns={[
            t("audit.when"),
            withNetwork && t("audit.network"),
            t("audit.who"),
            t("audit.what"),
            t("audit.subject"),
            t("audit.details"),
          ]}
        >
          {items.map((e) => (
            <tr key={e.id}>
              <td>{formatDate(e.at, true)}</td>
              {withNetwork ? <td>{e.networkName ?? t("audit.instance")}</td> : null}
              <td>{e.actor || t("audit.unnamed")}</td>
              <td>{t(`audit.action.${e.action}`)}</td>
              <td>{subject(e)}</td>
              <td>
                <DetailsText details={e.details} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {log.hasMore ? (
        <button type="button" onClick={() => void log.more()}>
          {t("common.showMore")}
        </button>
      ) : null}
    </Page>
  );
}

/** The network's audit log: who changed roles, removed people, exported data, published or deleted what, and when. */
export function AuditPage() {
  const { t } = useTranslation();
  const { networkId } = useNetwork();
  return (
    <AuditLogView
      load={(before) => ok(client.GET("/api/networks/{networkId}/audit", { params: { path: { networkId }, query: { before } } }))}
      logKey={`audit:${networkId}`}
      title={t("audit.title")}
      intro={t("audit.intro")}
      withNetwork={false}
    />
  );
}

/** Every network's audit log and the instance's own events, for instance admins. */
export function InstanceAuditPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me?.isAdmin) {
    return (
      <Page title={t("audit.instanceTitle")}>
        <p>{t("audit.adminOnly")}</p>
      </Page>
    );
  }
  return (
    <AuditLogView
      load={(before) => ok(client.GET("/api/admin/audit", { params: { query: { before } } }))}
      logKey="audit:instance"
      title={t("audit.instanceTitle")}
      intro={t("audit.instanceIntro")}
      withNetwork
    />
  );
}
