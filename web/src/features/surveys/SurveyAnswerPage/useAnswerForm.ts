import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { SELF_COMMITMENT_ITEMS } from "../../../../../src/domain/surveys.ts";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import type { MyResponse, ResponseInput, SurveyRound, SurveyTarget } from "../types.ts";
import { type AnswerDraft, emptyRating, fromResponse, type RatingDraft } from "./draft.ts";

/**
 * The answer form's state: the draft, whom it rates, and saving it as a draft or submitting it. A save
 * that someone else's save overtook (409) loads the stored answer into the form and says so.
 */
export function useAnswerForm({
  networkId,
  round,
  targets,
  initial,
  onSaved,
}: {
  networkId: string;
  round: SurveyRound;
  targets: SurveyTarget[];
  initial: MyResponse | null;
  onSaved: (r: MyResponse) => void;
}) {
  const { t } = useTranslation();
  const path = { networkId, roundId: round.id };
  const [draft, setDraft] = useState(() => fromResponse(initial));
  const [version, setVersion] = useState<number | null>(initial?.version ?? null);
  const [status, setStatus] = useState<MyResponse["status"] | null>(initial?.status ?? null);
  const { busy, error, save: send } = useSave();
  const [saved, setSaved] = useState<{ at: string; submitted: boolean } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const byId = new Map(targets.map((x) => [x.id, x]));
  const chosen = new Set(draft.ratings.map((r) => r.targetId));
  const nameOf = (id: string) => byId.get(id)?.name ?? t("surveys.answer.unknownTarget");
  const set =
    <K extends keyof AnswerDraft>(k: K) =>
    (v: AnswerDraft[K]) =>
      setDraft((d) => ({ ...d, [k]: v }));

  const add = (target: SurveyTarget) => {
    setDraft((d) => ({ ...d, ratings: [...d.ratings, emptyRating(target.id)] }));
    setAnnouncement(t("surveys.answer.added", { name: target.name }));
    search.current?.focus();
  };
  const remove = (targetId: string) => {
    setDraft((d) => ({ ...d, ratings: d.ratings.filter((r) => r.targetId !== targetId) }));
    setAnnouncement(t("surveys.answer.removed", { name: nameOf(targetId) }));
    search.current?.focus();
  };
  const changeRating = (r: RatingDraft) => setDraft((d) => ({ ...d, ratings: d.ratings.map((x) => (x.targetId === r.targetId ? r : x)) }));

  /**
   * Knowing and frequency must be chosen for every card before the answer can be saved;
   * the three questions on one's own commitment must be answered before it can be submitted.
   */
  const validate = (submit: boolean): Record<string, string> => {
    const fields: Record<string, string> = {};
    draft.ratings.forEach((r, i) => {
      const name = nameOf(r.targetId);
      if (r.knowing === null) fields[`ratings.${i}.knowing`] = t("surveys.answer.missingKnowing", { name, context: round.level });
      if (r.frequency === null) fields[`ratings.${i}.frequency`] = t("surveys.answer.missingFrequency", { name });
    });
    if (submit) {
      for (const item of SELF_COMMITMENT_ITEMS) {
        if (draft.selfCommitment[item] === null) {
          fields[`selfCommitment.${item}`] = t("surveys.answer.missingSelf", { item: t(`surveys.scale.self.${item}.name`) });
        }
      }
    }
    return fields;
  };

  const reloadStored = async (current: unknown) => {
    const stored =
      current && typeof current === "object" && "version" in current
        ? (current as MyResponse)
        : (await ok(client.GET("/api/networks/{networkId}/surveys/{roundId}/response", { params: { path } }))).response;
    setDraft(fromResponse(stored));
    setVersion(stored?.version ?? null);
    setStatus(stored?.status ?? null);
    if (stored) onSaved(stored);
  };

  const save = async (submit: boolean) => {
    setConflict(false);
    setSaved(null);
    const body: ResponseInput = {
      version,
      submit,
      ratings: draft.ratings.map((r) => ({ ...r, knowing: r.knowing ?? 0, frequency: r.frequency ?? 0 })),
      selfCommitment: draft.selfCommitment,
      barriers: draft.barriers,
      barriersText: draft.barriersText.trim(),
      enablers: draft.enablers,
      enablersText: draft.enablersText.trim(),
      networkType: draft.networkType,
      resources: draft.resources,
      resourcesText: draft.resourcesText.trim(),
    };
    await send(
      async () => {
        const { response: r } = await ok(client.PUT("/api/networks/{networkId}/surveys/{roundId}/response", { params: { path }, body }));
        if (!r) {
          await reloadStored(null);
          return;
        }
        setVersion(r.version);
        setStatus(r.status);
        setSaved({ at: r.updatedAt, submitted: r.status === "submitted" });
        onSaved(r);
      },
      {
        problems: validate(submit),
        failed: async (err) => {
          if (!(err instanceof ApiError && err.status === 409)) return err;
          try {
            await reloadStored(err.current);
            setConflict(true);
            return null;
          } catch (reloadErr) {
            return reloadErr;
          }
        },
      },
    );
  };

  return {
    draft,
    set,
    status,
    error,
    busy,
    saved,
    conflict,
    announcement,
    setAnnouncement,
    search,
    byId,
    chosen,
    add,
    remove,
    changeRating,
    save,
  };
}
