import { useTranslation } from "react-i18next";
import { type AgreementSection, sectionHeading } from "../agreementParts.tsx";

/** A table of contents: with 15+ sections, a way to jump to one and to see which are still unwritten. */
export function Contents({ sections }: { sections: AgreementSection[] }) {
  const { t } = useTranslation();
  return (
    <nav className="agreement-toc" aria-labelledby="agreement-toc-heading">
      <h2 id="agreement-toc-heading">{t("agreement.contents")}</h2>
      <ol className="plain">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#section-${s.id}`}>{sectionHeading(t, s)}</a>
            {s.body.trim() ? null : <span className="badge quiet">{t("agreement.section.emptyBadge")}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
