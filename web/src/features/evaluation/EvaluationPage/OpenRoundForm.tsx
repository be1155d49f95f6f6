import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok } from "../../../api/client.ts";
import { useSave } from "../../../api/useVersionedSave.ts";
import { FormError } from "../../../components/Form.tsx";
import { formatDay } from "../../../i18n.ts";
import type { RoundInput } from "../types.ts";
import type { PageContext } from "./context.ts";
import { todayIso } from "./format.ts";
import { RoundFields, useRoundDraft } from "./RoundFields.tsx";

export function OpenRoundForm({ ctx }: { ctx: PageContext }) {
  const { t } = useTranslation();
  const prefix = "round-new";
  const { busy, error, save } = useSave(prefix);
  const round = useRoundDraft(prefix, { intro: "", closesOn: todayIso(14), questions: [] }, error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: RoundInput = round.draft;
    const path = { networkId: ctx.networkId };
    void save(() => ok(client.POST("/api/networks/{networkId}/evaluation/round", { params: { path }, body })), {
      problems: round.problems(false),
      saved: (o) => {
        ctx.setData(o);
        ctx.announce(t("evaluation.round.opened", { date: formatDay(body.closesOn) }), "ev-round-heading");
      },
      failed: (err) => {
        // Another coordinator opened the round first: the page shows theirs.
        if (err instanceof ApiError && err.status === 409) void ctx.reload();
        return err;
      },
    });
  };
  return (
    <form onSubmit={submit} noValidate className="ev-form" aria-labelledby="ev-open-heading">
      <h3 id="ev-open-heading">{t("evaluation.round.openHeading")}</h3>
      <p className="hint">{t("evaluation.round.openHelp", { min: ctx.data.minGroupSize })}</p>
      <FormError error={error} />
      <RoundFields round={round} questionsLocked={false} />
      <button type="submit" className="primary" aria-disabled={busy || undefined}>
        {t("evaluation.round.open")}
      </button>
    </form>
  );
}
