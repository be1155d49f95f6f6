import { createContext, type KeyboardEvent, useContext, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation, useParams } from "react-router";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading } from "../../components/Page.tsx";

interface NetworkContextValue {
  home: Schemas["NetworkHome"];
  reload: () => Promise<void>;
  networkId: string;
  /** Whether the user coordinates the network. */
  coordinator: boolean;
}

const NetworkContext = createContext<NetworkContextValue | null>(null);

export function useNetwork(): NetworkContextValue {
  const v = useContext(NetworkContext);
  if (!v) throw new Error("useNetwork outside NetworkLayout");
  return v;
}

/**
 * Loads the network once for all its pages and shows its own navigation: a side bar grouped by the framework's phases
 * on wide screens, and on narrow ones a menu button (a disclosure) so that each page starts with its own heading.
 */
export function NetworkLayout() {
  const { t } = useTranslation();
  const { networkId } = useParams();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  // Choosing a page closes the menu: the new page's heading takes focus (components/Page.tsx).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is what changes when a page is chosen
  useEffect(() => setMenuOpen(false), [pathname]);
  const { data, error, reload } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}", { params: { path: { networkId: networkId ?? "" } } })),
    networkId ? `network:${networkId}` : null,
  );
  if (error) return <FormError error={error} />;
  if (!data || data.network.id !== networkId) return <Loading />;
  const coordinator = data.role === "coordinator";
  const base = `/networks/${networkId}`;
  // Pages grouped as the framework's phases: assembling, agreeing, doing together, evaluating; then the network as a whole.
  const groups: { key: string; links: [path: string, label: string][] }[] = [
    {
      key: "network",
      links: [
        ["", "network.home"],
        ["cycle", "nav.cycle"],
        ["health", "nav.health"],
        ["surveys", "nav.surveys"],
        ["diagnosis", "nav.diagnosis"],
      ],
    },
    {
      key: "assembling",
      links: [
        ["people", "people.title"],
        ["organisations", "organisations.title"],
        ["members", "members.title"],
      ],
    },
    {
      key: "agreeing",
      links: [
        ["goals", "nav.goals"],
        ["agreement", "nav.agreement"],
        ["polls", "nav.polls"],
        ["decisions", "nav.decisions"],
      ],
    },
    {
      key: "doing",
      links: [
        ["calendar", "nav.calendar"],
        ["meetings", "nav.meetings"],
        ["activities", "nav.activities"],
        ["promises", "nav.promises"],
        ["anticipation", "nav.anticipation"],
      ],
    },
    {
      key: "evaluating",
      links: [
        ["evaluation", "nav.evaluation"],
        ["report", "nav.report"],
        ["practices", "nav.practices"],
        ...(coordinator ? ([["publishing", "nav.publishing"]] as [string, string][]) : []),
      ],
    },
    ...(coordinator
      ? [
          {
            key: "admin",
            links: [
              ["import", "import.nav"],
              ["outbox", "outbox.title"],
              ["webhooks", "nav.webhooks"],
              ["audit", "audit.title"],
              ["settings", "network.settings"],
            ] as [string, string][],
          },
        ]
      : []),
  ];
  const current = groups
    .flatMap((g) => g.links)
    .find(([path]) => (path ? pathname.startsWith(`${base}/${path}`) : pathname === base || pathname === `${base}/`));
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== "Escape" || !menuOpen) return;
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  return (
    <NetworkContext.Provider value={{ home: data, reload, networkId: data.network.id, coordinator: data.role === "coordinator" }}>
      <div className="network-shell">
        <nav className="network-nav" aria-label={t("network.nav", { network: data.network.name })} onKeyDown={closeOnEscape}>
          <p className="network-name">{data.network.name}</p>
          <button
            type="button"
            ref={menuButton}
            className="nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="network-nav-groups"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span>
            <span>{current ? `${t("network.menu")}: ${t(current[1])}` : t("network.menu")}</span>
          </button>
          <ul id="network-nav-groups" className={menuOpen ? "nav-groups" : "nav-groups closed"}>
            {groups.map((g) => (
              <li key={g.key}>
                <span className="nav-group-label" id={`nav-group-${g.key}`}>
                  {t(`navGroup.${g.key}`)}
                </span>
                <ul aria-labelledby={`nav-group-${g.key}`}>
                  {g.links.map(([path, label]) => (
                    <li key={path}>
                      <NavLink to={path ? `${base}/${path}` : base} end={path === ""}>
                        {t(label)}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <div className="network-content">
          <Outlet />
        </div>
      </div>
    </NetworkContext.Provider>
  );
}
