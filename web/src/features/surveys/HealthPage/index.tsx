import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../health.css";
import { PageContents } from "../../../components/PageContents.tsx";
import { NoRounds } from "./NoRounds.tsx";
import { RoundPicker } from "./RoundPicker.tsx";
import { RoundView } from "./RoundView.tsx";
import { Trends } from "./Trends.tsx";
import { useRounds } from "./useHealth.ts";

/** The network-health dashboard: how well members know and trust each other and how committed they are, round by round. */
export function HealthPage() {
  const { t } = useTranslation();
  const { networkId, coordinator } = useNetwork();
  const [params] = useSearchParams();
  const { list, trends } = useRounds(networkId);
  const rounds = useMemo(
    () => (list.data?.items ?? []).filter((r) => r.status !== "scheduled").sort((a, b) => b.opensOn.localeCompare(a.opensOn)),
    [list.data],
  );
  const wanted = params.get("round");
  const selected = rounds.find((r) => r.id === wanted) ?? rounds[0] ?? null;
  const trendSection = trends.error ? (
    <FormError error={trends.error} />
  ) : trends.data ? (
    <Trends points={trends.data.items} coordinator={coordinator} />
  ) : (
    <Loading />
  );
  return (
    <Page title={t("surveys.health.title")}>
      <div className="health">
        <p>{t("surveys.health.intro")}</p>
        <PageContents />
        {list.error ? <FormError error={list.error} /> : null}
        {!list.data && !list.error ? <Loading /> : null}
        {list.data && !selected ? (
          <NoRounds networkId={networkId} coordinator={coordinator} scheduled={list.data.items.length > 0} />
        ) : null}
        {selected ? (
          <>
            {wanted && wanted !== selected.id ? <p className="notice">{t("surveys.health.roundNotFound")}</p> : null}
            <RoundPicker key={selected.id} rounds={rounds} selected={selected.id} />
            <RoundView networkId={networkId} roundId={selected.id} coordinator={coordinator} trends={trendSection} />
          </>
        ) : null}
      </div>
    </Page>
  );
}
