import { useTranslation } from "react-i18next";
import { FormError, SelectField } from "../../../components/Form.tsx";
import { Loading, Page } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import "../map.css";
import { MapContent } from "./MapContent.tsx";
import { MapProgress } from "./MapProgress.tsx";
import { useMapRounds } from "./useMapRounds.ts";

/** The network map of a survey round (coordinators), with a comparison to another round. */
export function NetworkMapPage() {
  const { t, i18n } = useTranslation();
  const { networkId, coordinator } = useNetwork();
  const { rounds, available, round, compareWith, analysis, progress, other, data, otherData, setParam } = useMapRounds(networkId);

  const title = t("surveys.map.title");
  if (rounds.error) {
    return (
      <Page title={title}>
        <FormError error={rounds.error} />
      </Page>
    );
  }
  if (!rounds.data) {
    return (
      <Page title={title}>
        <Loading />
      </Page>
    );
  }
  return (
    <Page title={title}>
      <p>{t("surveys.map.intro")}</p>
      {round ? (
        <>
          <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t("surveys.map.roundsForm")}>
            <SelectField
              name="map-round"
              label={t("surveys.map.round")}
              value={round.id}
              onChange={(e) => setParam("round", e.target.value)}
              options={available.map((r) => ({ value: r.id, label: r.title }))}
            />
            <SelectField
              name="map-compare"
              label={t("surveys.map.compareWith")}
              value={compareWith?.id ?? ""}
              onChange={(e) => setParam("compare", e.target.value)}
              options={[
                { value: "", label: t("surveys.map.noComparison") },
                ...available.filter((r) => r.id !== round.id && r.level === round.level).map((r) => ({ value: r.id, label: r.title })),
              ]}
            />
          </form>
          {analysis.error ? <FormError error={analysis.error} /> : null}
          {!data && !analysis.error ? (
            <MapProgress
              label={progress === null ? t("surveys.map.loadingFigures") : t("surveys.map.loadingFiguresPercent", { percent: progress })}
              percent={progress}
            />
          ) : null}
          {data ? (
            <MapContent
              key={data.round.id}
              networkId={networkId}
              analysis={data}
              compareRound={compareWith}
              other={compareWith ? otherData : null}
              otherError={compareWith ? other.error : null}
              coordinator={coordinator}
              language={i18n.language}
            />
          ) : null}
        </>
      ) : (
        <p>{t("surveys.map.noRounds")}</p>
      )}
    </Page>
  );
}
