import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.ts";
import { FormError } from "../../../components/Form.tsx";
import { Section } from "../../../components/Page.tsx";
import { formatDay } from "../../../i18n.ts";
import type { SurveyRound } from "../types.ts";
import { EgoNetworkView } from "./EgoNetworkView.tsx";
import { useEgo, useLatestRound } from "./useEgo.ts";

/**
 * A person's or organisation's ego network in the latest survey round with results, on its directory
 * card: for coordinators, and for the person (or the organisation's own people) themselves. The server
 * decides; whoever it refuses sees nothing here, and neither does anyone while no round shows it.
 */
export function DirectoryEgo({
  networkId,
  level,
  nodeId,
  name,
  own,
}: {
  networkId: string;
  level: SurveyRound["level"];
  nodeId: string;
  name: string;
  own: boolean;
}) {
  const { t } = useTranslation();
  const round = useLatestRound(networkId, level, true);
  const ego = useEgo(networkId, round?.id ?? null, nodeId);
  // Refused (someone else's network, for a member) means there is nothing for this reader here.
  const refused = ego.error instanceof ApiError && ego.error.status === 403;
  if (ego.error && !refused) return <FormError error={ego.error} />;
  if (!round || !ego.data?.ego) return null;
  return (
    <Section id="ego-heading" title={t("surveys.ego.latestTitle")}>
      <p className="hint">
        {t("surveys.ego.lead", { round: round.title, date: formatDay(round.closesOn) })}{" "}
        {t(own ? "surveys.ego.intro" : "surveys.ego.introOf", { round: round.title, name })}
      </p>
      <EgoNetworkView answer={ego.data} own={own} />
    </Section>
  );
}
