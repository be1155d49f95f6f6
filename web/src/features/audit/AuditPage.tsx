import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useNetwork } from "../networks/NetworkLayout.tsx";

interface AuditEvent {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

interface AuditLog {
  items: AuditEvent[];
  nextCursor: string | null;
}

/** The names of the details the server records with an event (src/services/audit.ts callers). */
const AUDIT_DETAILS = [
  "from",
  "to",
  "role",
  "format",
  "people",
  "decisions",
  "enabled",
  "goals",
  "results",
  "practices",
  "agreement",
  "map",
  "compare",
];

/** Details as "name: value" pairs in the reader's language; roles by their names, yes/no for choices. */
function DetailsText({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation();
  const value = (k: string, v: unknown) => {
    if (v === true) return t("audit.yes");
    if (v === false) return t("audit.no");
    if (k === "from" || k === "to" || k === "role") return t(`roles.${String(v)}`);
    return String(v);
  };
  return (
    <>
      {Object.entries(details)
        .filter(([k, v]) => v !== null && v !== "" && AUDIT_DETAILS.includes(k))
        .map(([k, v]) => `${t(`audit.detail.${k}`)}: ${value(k, v)}`)
        .join(", ")}
    </>
  );
}

/** The network's audit log: who changed roles, removed people, exported data, published or deleted what, and when. */
export function AuditPage() {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const url = `/api/networks/${home.network.id}/audit`;
  const { data, error } = useApi<AuditLog>(url);
  const [more, setMore] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  const next = cursor === undefined ? data?.nextCursor : cursor;
  const loadMore = async () => {
    if (!next) return;
    try {
      const page = await api<AuditLog>("GET", `${url}?before=${encodeURIComponent(next)}`);
      setMore((m) => [...m, ...page.items]);
      setCursor(page.nextCursor);
    } catch (err) {
      setMoreError(err);
    }
  };
  const items = [...(data?.items ?? []), ...more];
  return (
    <Page title={t("audit.title")}>
      <p>{t("audit.intro")}</p>
      <FormError error={error ?? moreError} />
      {!data ? (
        <Loading />
      ) : items.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        <section className="table-wrap" aria-labelledby="audit-caption" tabIndex={0}>
          <table>
            <caption id="audit-caption">{t("audit.caption", { count: items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("audit.when")}</th>
                <th scope="col">{t("audit.who")}</th>
                <th scope="col">{t("audit.what")}</th>
                <th scope="col">{t("audit.subject")}</th>
                <th scope="col">{t("audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.id}>
                  <td>{formatDate(e.at, true)}</td>
                  <td>{e.actor}</td>
                  <td>{t(`audit.action.${e.action}`)}</td>
                  <td>{e.subject}</td>
                  <td>
                    <DetailsText details={e.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {next ? (
        <button type="button" onClick={() => void loadMore()}>
          {t("common.showMore")}
        </button>
      ) : null}
    </Page>
  );
}
