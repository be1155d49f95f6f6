import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { api } from "../../api/client.ts";
import type { Network } from "../../api/types.ts";
import { Page } from "../../components/Page.tsx";
import { useSession } from "../../session.tsx";
import { NEW_NETWORK, NetworkForm } from "./NetworkForm.tsx";

export function NetworkCreatePage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  return (
    <Page title={t("networks.create")}>
      <NetworkForm
        initial={NEW_NETWORK}
        submitLabel={t("networks.createSubmit")}
        error={error}
        onSubmit={async (fields) => {
          setError(null);
          try {
            const network = await api<Network>("POST", "/api/networks", fields);
            await refresh();
            navigate(`/networks/${network.id}`);
          } catch (err) {
            setError(err);
          }
        }}
      />
    </Page>
  );
}
