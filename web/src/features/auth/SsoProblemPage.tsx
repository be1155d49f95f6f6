import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { isSsoFailureReason } from "../../../../src/domain/sso.ts";
import { Page } from "../../components/Page.tsx";

/** Where a sign-in through an identity provider ends when it fails: what happened and what to do, in the person's language. */
export function SsoProblemPage() {
  const { t } = useTranslation();
  const reason = new URLSearchParams(useLocation().search).get("reason");
  const known = isSsoFailureReason(reason) ? reason : "provider";
  return (
    <div className="narrow">
      <Page title={t("auth.problem.title")}>
        <p role="alert">{t(`auth.problem.reason.${known}`)}</p>
        <p>
          <Link to="/login" className="button primary">
            {t("auth.problem.tryAgain")}
          </Link>
        </p>
      </Page>
    </div>
  );
}
