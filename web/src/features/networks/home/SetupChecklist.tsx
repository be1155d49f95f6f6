import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schemas } from "../../../api/client.ts";
import { Section } from "../../../components/Page.tsx";

type Step = NonNullable<Schemas["NetworkHome"]["setup"]>[number];

const PAGE: Record<Step["step"], string> = {
  purpose: "settings",
  organisations: "members",
  goals: "goals",
  agreement: "agreement",
  calendar: "calendar",
  survey: "surveys",
};

/** A new network's first steps for its coordinators, each leading to where it is done; gone once all are. */
export function SetupChecklist({ networkId, steps }: { networkId: string; steps: Step[] }) {
  const { t } = useTranslation();
  const done = steps.filter((s) => s.done).length;
  return (
    <Section id="setup-heading" className="panel setup" title={t("home.setup.title")}>
      <p>{t("home.setup.progress", { done, count: steps.length })}</p>
      <ol className="checklist">
        {steps.map((s) => (
          <li key={s.step} className={s.done ? "done" : "open"}>
            <span aria-hidden="true">{s.done ? "✓" : "○"}</span>{" "}
            {s.done ? (
              t(`home.setup.step.${s.step}`)
            ) : (
              <Link to={`/networks/${networkId}/${PAGE[s.step]}`}>{t(`home.setup.step.${s.step}`)}</Link>
            )}{" "}
            <span className="visually-hidden">{s.done ? t("home.setup.doneLabel") : t("home.setup.openLabel")}</span>
            {s.done ? null : <span className="hint"> – {t(`home.setup.why.${s.step}`)}</span>}
          </li>
        ))}
      </ol>
    </Section>
  );
}
