import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Locale } from "../../api/types.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError } from "../../components/Form.tsx";
import { asLocale, DocumentBody, DocumentEditor, type InstanceDocument } from "../../components/InstanceDocument.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { formatDate } from "../../i18n.ts";
import { useSession } from "../../session.tsx";

const noticeUrl = (locale: Locale) => `/api/privacy-notice?locale=${locale}`;

/** The privacy notice (tietosuojaseloste, GDPR art. 13–14), readable without signing in; the instance admin edits it per language. */
export function PrivacyPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const locale = asLocale(i18n.language);
  const { data, error, setData } = useApi<InstanceDocument>(noticeUrl(locale));
  const shown = data && data.locale === locale ? data : null;

  return (
    <div className="document-page">
      <Page title={t("privacyUi.title")}>
        <FormError error={error} />
        {shown ? (
          <DocumentBody body={shown.body}>
            {!shown.isDefault && shown.updatedAt ? (
              <p className="meta">{t("privacyUi.lastUpdated", { date: formatDate(shown.updatedAt) })}</p>
            ) : null}
          </DocumentBody>
        ) : error ? null : (
          <Loading />
        )}
        {me ? (
          <p>
            <Link to="/account">{t("privacyUi.ownData")}</Link>
          </p>
        ) : null}
        {me?.isAdmin ? (
          <DocumentEditor
            readUrl={noticeUrl}
            saveUrl="/api/admin/privacy-notice"
            texts={{
              title: t("privacyUi.edit.title"),
              language: t("privacyUi.edit.language.label"),
              languageName: (l) => t(`privacyUi.edit.language.${l}`),
              isDefault: t("privacyUi.edit.isDefault"),
              lastUpdated: (date) => t("privacyUi.lastUpdated", { date }),
              body: (language) => t("privacyUi.edit.body", { language }),
              bodyHint: t("privacyUi.edit.bodyHint"),
              conflictTitle: t("privacyUi.edit.conflictTitle"),
              conflict: t("privacyUi.edit.conflict"),
              storedText: t("privacyUi.edit.storedText"),
            }}
            intro={
              <>
                <p>{t("privacyUi.edit.intro")}</p>
                <p>{t("privacyUi.edit.controller")}</p>
              </>
            }
            onSaved={(s) => {
              if (s.locale === locale) setData(s);
            }}
          />
        ) : null}
      </Page>
    </div>
  );
}
