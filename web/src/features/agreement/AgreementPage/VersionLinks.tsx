import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { markdownUrl, versionPath } from "../agreementParts.tsx";

/** Links to a version's printable view and its Markdown file. */
export function VersionLinks({ networkId, version }: { networkId: string; version: { id: string; number: number } }) {
  const { t } = useTranslation();
  return (
    <ul className="agreement-links">
      <li>
        <Link to={versionPath(networkId, version.id)}>{t("agreement.links.printable", { number: version.number })}</Link>
      </li>
      <li>
        <a href={markdownUrl(networkId, version.id)} download={`pelisaannot-${version.number}.md`}>
          {t("agreement.links.markdown", { number: version.number })}
        </a>
      </li>
    </ul>
  );
}
