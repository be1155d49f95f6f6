import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { FormError } from "../../components/Form.tsx";
import { Loading, Page } from "../../components/Page.tsx";
import { useSession } from "../../session.tsx";

export function NetworkListPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, error } = useLoad(() => ok(client.GET("/api/networks", { params: { query: { limit: 200 } } })), "networks");
  return (
    <Page
      title={t("networks.title")}
      actions={
        me?.isAdmin ? (
          <Link className="button primary" to="/networks/new">
            {t("networks.create")}
          </Link>
        ) : null
      }
    >
      <FormError error={error} />
      {!data ? (
        <Loading />
      ) : data.items.length === 0 ? (
        <p>{me?.isAdmin ? t("networks.noneAdmin") : t("networks.none")}</p>
      ) : (
        <ul className="cards">
          {data.items.map((n) => (
            <li key={n.id} className="card">
              <h2>
                <Link to={`/networks/${n.id}`}>{n.name}</Link>
              </h2>
              <p className="meta">
                {t(`networkType.${n.networkType}.name`)} · {n.role ? t(`roles.${n.role}`) : t("roles.admin")}
              </p>
              {n.purpose ? <p>{n.purpose}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
