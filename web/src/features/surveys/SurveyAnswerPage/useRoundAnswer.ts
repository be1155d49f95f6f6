import { useState } from "react";
import { useTranslation } from "react-i18next";
import { client, ok } from "../../../api/client.ts";
import { useLoad } from "../../../api/useLoad.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { useConfirm } from "../../../components/ConfirmButton.tsx";

/**
 * A round to answer and one's own answer to it: the round (from the list, which also gives the minimum group
 * size, or on its own), whom one can rate and what one has answered; and deleting that answer.
 */
export function useRoundAnswer(networkId: string, roundId: string) {
  const { t } = useTranslation();
  const list = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys", { params: { path: { networkId } } })),
    `rounds:${networkId}`,
  );
  const fromList = list.data?.items.find((r) => r.id === roundId);
  const path = { networkId, roundId };
  const single = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys/{roundId}", { params: { path } })),
    (list.data && !fromList) || list.error ? `round:${networkId}:${roundId}` : null,
  );
  const round = fromList ?? single.data;
  const minGroupSize = list.data?.minGroupSize ?? null;
  const invited = Boolean(round && round.myState !== "not_invited");
  const targets = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys/{roundId}/targets", { params: { path } })),
    invited ? `targets:${networkId}:${roundId}` : null,
  );
  const own = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/surveys/{roundId}/response", { params: { path } })),
    invited ? `response:${networkId}:${roundId}` : null,
  );
  const [formKey, setFormKey] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const { busy, error: deleteError, save } = useSave();
  const ask = useConfirm();

  const deleteAnswers = async () => {
    if (!round || !(await ask({ question: t("surveys.answer.deleteConfirm"), danger: true }))) return;
    await save(
      () =>
        ok(client.DELETE("/api/networks/{networkId}/surveys/{roundId}/response", { params: { path: { networkId, roundId: round.id } } })),
      {
        saved: () => {
          own.setData({ response: null });
          setFormKey((k) => k + 1);
          setMessage(t("surveys.answer.deleted"));
        },
      },
    );
  };

  return {
    round,
    roundError: round ? null : single.error,
    minGroupSize,
    invited,
    targets,
    own,
    formKey,
    message,
    setMessage,
    deleteError,
    busy,
    deleteAnswers,
  };
}
