import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Section } from "../../../components/Page.tsx";
import { useHashTarget } from "../../../components/useHashTarget.ts";
import { useSession } from "../../../session.tsx";
import { EgoNetworkView } from "../ego/EgoNetworkView.tsx";
import { useEgo } from "../ego/useEgo.ts";
import type { SurveyRound } from "../types.ts";

/** "My network in this round": the ties around the person (or their organisation, in a round of organisations), structure only. */
export function MyNetwork({ networkId, round }: { networkId: string; round: SurveyRound }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const personId = me?.networks.find((n) => n.id === networkId)?.personId ?? null;
  const byOrganisation = round.level === "organisation";
  const person = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/people/{personId}", { params: { path: { networkId, personId: personId ?? "" } } })),
    byOrganisation && personId ? `person:${networkId}:${personId}` : null,
  );
  const nodeId = byOrganisation ? (person.data?.organisationId ?? null) : personId;
  const ego = useEgo(networkId, round.id, nodeId);
  // The home's "my network" link points here.
  useHashTarget(Boolean(ego.data), "my-network");
  const body = () => {
    if (ego.error) return <FormError error={ego.error} />;
    if (byOrganisation && person.data && !person.data.organisationId) return <p>{t("surveys.ego.notInRound")}</p>;
    if (!ego.data) return <Loading />;
    return (
      <>
        {ego.data.ego ? <p className="hint">{t("surveys.ego.intro", { round: round.title })}</p> : null}
        <EgoNetworkView answer={ego.data} own />
      </>
    );
  };
  return (
    <Section id="my-network-heading" title={t("surveys.ego.title")}>
      {body()}
    </Section>
  );
}
