import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../api/client.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page, Status } from "../../components/Page.tsx";
import { tokenFromHash } from "../auth/PasswordResetPages.tsx";

/** The link in a digest mail: turns digests off without signing in. */
export function UnsubscribePage() {
  const { t } = useTranslation();
  const [state, setState] = useState<"working" | "done" | unknown>("working");
  useEffect(() => {
    ok(client.POST("/api/unsubscribe", { body: { token: tokenFromHash() } })).then(
      () => setState("done"),
      (err: unknown) => setState(err),
    );
  }, []);
  return (
    <div className="narrow">
      <Page title={t("notifications.unsubscribeTitle")}>
        {state === "working" ? (
          <Loading />
        ) : state === "done" ? (
          <Status>{t("notifications.unsubscribed")}</Status>
        ) : (
          <FormError error={state} />
        )}
      </Page>
    </div>
  );
}
