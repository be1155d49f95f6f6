import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Locale } from "../../api/types.ts";
import { InstanceDocumentPage } from "../../components/InstanceDocument.tsx";
import { useSession } from "../../session.tsx";

const noticeUrl = (locale: Locale) => `/api/privacy-notice?locale=${locale}`;

/** The privacy notice (tietosuojaseloste, GDPR art. 13–14), readable without signing in; the instance admin edits it per language. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  return (
    <InstanceDocumentPage
      texts="privacyUi"
      readUrl={noticeUrl}
      saveUrl="/api/admin/privacy-notice"
      editorIntro={
        <>
          <p>{t("privacyUi.edit.intro")}</p>
          <p>{t("privacyUi.edit.controller")}</p>
        </>
      }
    >
      {me ? (
        <p>
          <Link to="/account">{t("privacyUi.ownData")}</Link>
        </p>
      ) : null}
    </InstanceDocumentPage>
  );
}
