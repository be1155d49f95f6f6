import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok } from "../../api/client.ts";
import { InstanceDocumentPage, type ReadDocument, type SaveDocument } from "../../components/InstanceDocument.tsx";
import { useSession } from "../../session.tsx";

const readNotice: ReadDocument = (locale) => ok(client.GET("/api/privacy-notice", { params: { query: { locale } } }));
const saveNotice: SaveDocument = (body) => ok(client.PUT("/api/admin/privacy-notice", { body }));

/** The privacy notice (tietosuojaseloste, GDPR art. 13–14), readable without signing in; the instance admin edits it per language. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <InstanceDocumentPage
      texts="privacy"
      read={readNotice}
      write={saveNotice}
      editorIntro={
        <>
          <p>{t("privacy.edit.intro")}</p>
          <p>{t("privacy.edit.controller")}</p>
        </>
      }
    >
      {me ? (
        <p>
          <Link to="/account">{t("privacy.ownData")}</Link>
        </p>
      ) : null}
    </InstanceDocumentPage>
  );
}
