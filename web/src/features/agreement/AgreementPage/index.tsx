import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Loaded, Page, Status } from "../../../components/Page.tsx";
import { useHashTarget } from "../../../components/useHashTarget.ts";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../agreement.css";
import { AddSectionForm } from "./AddSectionForm.tsx";
import { Contents } from "./Contents.tsx";
import { LatestPanel } from "./LatestPanel.tsx";
import { ObserverPanel } from "./ObserverPanel.tsx";
import { SectionView } from "./SectionView.tsx";
import { useAgreement } from "./useAgreement.ts";
import { VersionList } from "./VersionList.tsx";

/**
 * The network's agreement (pelisäännöt), written together: one section per
 * question of the framework plus free sections, each with its history and
 * comments, and the approval of the latest proposed version.
 */
export function AgreementPage() {
  const { t } = useTranslation();
  const { home, coordinator } = useNetwork();
  const { data, error, setData, replaceSection, removeSection, addSection } = useAgreement(home.network.id);
  const [notice, setNotice] = useState<string | null>(null);
  const observer = home.role === "observer";
  useHashTarget(Boolean(data), "section-");
  return (
    <Page title={t("agreement.title")}>
      <p className="agreement-intro">{observer ? t("agreement.introObserver") : t("agreement.intro")}</p>
      <Loaded data={data} error={error}>
        {(data) => (
          <>
            {observer ? <ObserverPanel data={data} /> : <LatestPanel data={data} onChange={(a) => setData(a)} />}
            {data.sections.length > 0 ? <Contents sections={data.sections} /> : null}
            {notice ? <Status>{notice}</Status> : null}
            <div id="field-sections" className="agreement-sections" tabIndex={-1}>
              {data.sections.map((s) => (
                <SectionView
                  key={s.id}
                  section={s}
                  canEdit={!observer}
                  canDelete={coordinator && s.question === null}
                  onChanged={replaceSection}
                  onDeleted={(id) => {
                    removeSection(id);
                    setNotice(t("agreement.section.deleted", { name: s.title }));
                    document.getElementById("agreement-add-heading")?.focus();
                  }}
                />
              ))}
            </div>
            {observer ? null : (
              <AddSectionForm
                onAdded={(s) => {
                  setNotice(null);
                  addSection(s);
                }}
              />
            )}
            <VersionList versions={data.versions} observer={observer} />
          </>
        )}
      </Loaded>
    </Page>
  );
}
