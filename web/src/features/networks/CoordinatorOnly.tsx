import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Page } from "../../components/Page.tsx";
import { useNetwork } from "./NetworkLayout.tsx";

/** Pages for coordinators only: others who open the address get an explanation instead of a form that would fail. */
export function CoordinatorOnly({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const { coordinator } = useNetwork();
  if (coordinator) return <>{children}</>;
  return (
    <Page title={title}>
      <p className="notice">{t("errors.forbidden")}</p>
    </Page>
  );
}
