import { useTranslation } from "react-i18next";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { formatDate } from "../../i18n.ts";

type CycleOverview = Schemas["CycleOverview"];

/** For coordinators, for 14 days after closing a phase: opening it again, should it have been closed by mistake. */
export function ReopenBox({
  networkId,
  reopen,
  onReopened,
  onError,
}: {
  networkId: string;
  reopen: NonNullable<CycleOverview["reopen"]>;
  onReopened: (o: CycleOverview, message: string) => Promise<void>;
  onError: (err: unknown) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { busy, save } = useSave();
  const phase = t(`phases.${reopen.phase}.name`);
  const open = () =>
    void save(
      () =>
        ok(
          client.POST("/api/networks/{networkId}/cycles/current/reopen", {
            params: { path: { networkId } },
            body: { phase: reopen.phase },
          }),
        ),
      {
        saved: (o) => void onReopened(o, t("cycles.reopen.done", { phase })),
        // The page shows the error above the phases, where it shows a failed move on.
        failed: async (err) => {
          await onError(err);
          return null;
        },
      },
    );
  return (
    <div className="notice">
      <h3>{t("cycles.reopen.heading")}</h3>
      <p>{t("cycles.reopen.text", { phase, until: formatDate(reopen.until, true) })}</p>
      <ConfirmButton
        label={t("cycles.reopen.button", { phase })}
        question={t("cycles.reopen.confirm", { phase })}
        disabled={busy}
        onConfirm={open}
      />
    </div>
  );
}
