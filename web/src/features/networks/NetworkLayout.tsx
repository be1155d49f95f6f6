import { createContext, useContext } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useParams } from "react-router";
import type { NetworkHome } from "../../api/types.ts";
import { useApi } from "../../api/useApi.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading } from "../../components/Page.tsx";

interface NetworkContextValue {
  home: NetworkHome;
  reload: () => Promise<void>;
}

const NetworkContext = createContext<NetworkContextValue | null>(null);

export function useNetwork(): NetworkContextValue {
  const v = useContext(NetworkContext);
  if (!v) throw new Error("useNetwork outside NetworkLayout");
  return v;
}

/** Loads the network once for all its pages and shows its own navigation. */
export function NetworkLayout() {
  const { t } = useTranslation();
  const { networkId } = useParams();
  const { data, error, reload } = useApi<NetworkHome>(`/api/networks/${networkId}`);
  if (error) return <FormError error={error} />;
  if (!data || data.network.id !== networkId) return <Loading />;
  const coordinator = data.role === "coordinator";
  const base = `/networks/${networkId}`;
  return (
    <NetworkContext.Provider value={{ home: data, reload }}>
      <nav className="network-nav" aria-label={t("network.nav", { network: data.network.name })}>
        <p className="network-name">{data.network.name}</p>
        <ul>
          <li>
            <NavLink to={base} end>
              {t("network.home")}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/cycle`}>{t("nav.cycle")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/goals`}>{t("nav.goals")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/agreement`}>{t("nav.agreement")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/decisions`}>{t("nav.decisions")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/calendar`}>{t("nav.calendar")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/promises`}>{t("nav.promises")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/anticipation`}>{t("nav.anticipation")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/people`}>{t("people.title")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/organisations`}>{t("organisations.title")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/diagnosis`}>{t("nav.diagnosis")}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/members`}>{t("members.title")}</NavLink>
          </li>
          {coordinator ? (
            <>
              <li>
                <NavLink to={`${base}/import`}>{t("importUi.nav")}</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/outbox`}>{t("outbox.title")}</NavLink>
              </li>
              <li>
                <NavLink to={`${base}/settings`}>{t("network.settings")}</NavLink>
              </li>
            </>
          ) : null}
        </ul>
      </nav>
      <Outlet />
    </NetworkContext.Provider>
  );
}
