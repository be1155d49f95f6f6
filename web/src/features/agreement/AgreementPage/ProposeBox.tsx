import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { Status } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import type { Agreement } from "../agreementParts.tsx";

/** The coordinator freezes the current text as a numbered version for the organisations to approve. */
export function ProposeBox({ onProposed }: { onProposed: (a: Agreement) => void }) {
  const { t } = useTranslation();
  const { home } = useNetwork();
  const [done, setDone] = useState<number | null>(null);
  const { busy, error, save } = useSave();
  const propose = () => {
    setDone(null);
    void save(() => ok(client.POST("/api/networks/{networkId}/agreement/versions", { params: { path: { networkId: home.network.id } } })), {
      saved: (a) => {
        setDone(a.latest?.number ?? null);
        onProposed(a);
      },
    });
  };
  return (
    <div className="agreement-propose">
      <h3>{t("agreement.propose.heading")}</h3>
      <p className="hint">{t("agreement.propose.help")}</p>
      <FormError error={error} />
      <button type="button" className="primary" disabled={busy} onClick={propose}>
        {t("agreement.propose.button")}
      </button>
      {done !== null ? <Status>{t("agreement.propose.done", { number: done })}</Status> : null}
    </div>
  );
}
