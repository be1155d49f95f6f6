import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { client, ok } from "../../api/client.ts";
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
            const network = await ok(client.POST("/api/networks", { body: fields }));
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
