import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok, type Schemas } from "../../../api/client.ts";
import { Section } from "../../../components/Page.tsx";
import { useSession } from "../../../session.tsx";
import { useNetwork } from "../NetworkLayout.tsx";

type Welcome = NonNullable<Schemas["NetworkHome"]["welcome"]>;
const PARTS = ["photo", "competences", "needs", "languages"] as const;

/**
 * The first thing a new member sees: what the network is, where it is in its cycle, and which parts of
 * their profile would help the others know them. It stays until they save or confirm their profile.
 */
export function WelcomePanel({ welcome }: { welcome: Welcome }) {
  const { t } = useTranslation();
  const { home, networkId, reload } = useNetwork();
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const { network, currentCycle } = home;
  const profile = `/networks/${networkId}/people/${welcome.personId}`;
  const missing = PARTS.filter((p) => !welcome[p]).length;
  const confirm = async () => {
    setBusy(true);
    try {
      await ok(
        client.POST("/api/networks/{networkId}/people/{personId}/confirm", { params: { path: { networkId, personId: welcome.personId } } }),
      );
      await Promise.all([reload(), refresh()]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section id="welcome-heading" className="panel welcome" title={t("home.welcome.title", { network: network.name })}>
      {network.purpose ? (
        <p>
          {t("home.welcome.purpose")} <q>{network.purpose}</q>
        </p>
      ) : null}
      <p>{t("home.welcome.what", { type: t(`networkType.${network.networkType}.name`) })}</p>
      {currentCycle ? (
        <p>
          {t("home.welcome.phase", { phase: t(`phases.${currentCycle.phase}.name`) })} {t(`phases.${currentCycle.phase}.asks`)}
        </p>
      ) : null}
      <h3>{missing > 0 ? t("home.welcome.profileTitle") : t("home.welcome.profileReady")}</h3>
      <ul className="checklist">
        {PARTS.map((p) => (
          <li key={p} className={welcome[p] ? "done" : "open"}>
            <span aria-hidden="true">{welcome[p] ? "✓" : "○"}</span> {t(`home.welcome.part.${p}`)}{" "}
            <span className="visually-hidden">{welcome[p] ? t("home.setup.doneLabel") : t("home.setup.openLabel")}</span>
          </li>
        ))}
      </ul>
      <p className="welcome-actions">
        <Link className="button primary" to={profile}>
          {t("home.welcome.complete")}
        </Link>{" "}
        <button type="button" onClick={() => void confirm()} aria-disabled={busy || undefined}>
          {t("home.welcome.confirm")}
        </button>
      </p>
    </Section>
  );
}
