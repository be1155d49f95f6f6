import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, client, ok, type Schemas } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import { FormError, SelectField, TextArea, TextField, useDraft } from "../../components/Form.tsx";
import { Loading, Status } from "../../components/Page.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { ResourceGaps } from "./ResourceGaps.tsx";

type Gap = Schemas["Gap"];
type GapKind = Gap["kind"];
const GAP_KINDS: GapKind[] = ["organisation", "competence"];

/**
 * The panel shares a page with other forms (organisation, profile), so its fields are
 * named gapKind, gapName and gapNote to keep their ids unique; the API's field errors
 * are renamed to match.
 */
const renameFields = (err: unknown) =>
  err instanceof ApiError
    ? new ApiError(
        err.status,
        err.code,
        err.message,
        Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`gap${k.charAt(0).toUpperCase()}${k.slice(1)}`, v])),
        err.current,
      )
    : err;

function AddGapForm({ networkId, onAdded }: { networkId: string; onAdded: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { busy, error, save } = useSave();
  // Named as the inputs are (see renameFields), so that each input finds its error.
  const { draft, setDraft, field } = useDraft<{ gapKind: GapKind; gapName: string; gapNote: string }>(
    { gapKind: "organisation", gapName: "", gapNote: "" },
    { error },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { gapKind: kind, gapName: name, gapNote: note } = draft;
    void save(
      async () => {
        await ok(client.POST("/api/networks/{networkId}/gaps", { params: { path: { networkId } }, body: { kind, name, note } }));
        setDraft((d) => ({ ...d, gapName: "", gapNote: "" }));
        await onAdded(name);
      },
      { failed: renameFields },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError error={error} />
      <SelectField
        {...field("gapKind")}
        label={t("gaps.kind")}
        options={GAP_KINDS.map((k) => ({ value: k, label: t(`gaps.kinds.${k}`) }))}
      />
      <TextField
        {...field("gapName")}
        label={draft.gapKind === "organisation" ? t("gaps.organisationName") : t("gaps.competenceName")}
        required
      />
      <TextArea {...field("gapNote")} label={t("gaps.note")} hint={t("gaps.noteHint")} rows={2} />
      <button type="submit" className="primary" disabled={busy}>
        {t("gaps.addSubmit")}
      </button>
    </form>
  );
}

function GapList({
  gaps,
  headingId,
  title,
  empty,
  onRemove,
}: {
  gaps: Gap[];
  headingId: string;
  title: string;
  empty: string;
  onRemove: ((g: Gap) => void) | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <h3 id={headingId}>{title}</h3>
      {gaps.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="plain" aria-labelledby={headingId}>
          {gaps.map((g) => (
            <li key={g.id}>
              <strong>{g.name}</strong>{" "}
              <span className={g.stillMissing ? "badge" : "badge quiet"}>{g.stillMissing ? t("gaps.stillMissing") : t("gaps.nowIn")}</span>
              {g.note ? <p className="meta">{g.note}</p> : null}
              {onRemove ? (
                <button type="button" className="danger" onClick={() => onRemove(g)}>
                  {t("gaps.remove")}
                  <span className="visually-hidden"> {g.name}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * "Who is missing?": the organisations and competences the network wishes it had,
 * whether each is still missing, and (for coordinators) adding and removing them.
 * Observers may not see gaps, so the panel renders nothing for them.
 */
export function GapsPanel() {
  const { t, i18n } = useTranslation();
  const ask = useConfirm();
  const { home, networkId, coordinator } = useNetwork();
  const observer = home.role === "observer";
  const { data, error, reload } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/gaps", { params: { path: { networkId } } })),
    observer ? null : `gaps:${networkId}`,
  );
  const [actionError, setActionError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  if (observer) return null;

  const remove = async (g: Gap) => {
    if (!(await ask({ question: t("gaps.confirmRemove", { name: g.name }), danger: true }))) return;
    setActionError(null);
    setMessage(null);
    try {
      await ok(client.DELETE("/api/networks/{networkId}/gaps/{gapId}", { params: { path: { networkId, gapId: g.id } } }));
      await reload();
      setMessage(t("gaps.removed", { name: g.name }));
      // The button is gone with its item; keep keyboard focus in the panel.
      heading.current?.focus();
    } catch (err) {
      setActionError(err);
    }
  };

  const organisations = data?.items.filter((g) => g.kind === "organisation") ?? [];
  const competences = data?.items.filter((g) => g.kind === "competence") ?? [];
  const list = (items: string[]) => new Intl.ListFormat(i18n.language, { type: "conjunction" }).format(items);

  return (
    <section aria-labelledby="gaps-heading" className="panel">
      <h2 id="gaps-heading" ref={heading} tabIndex={-1}>
        {t("gaps.title")}
      </h2>
      <p className="hint">{t("gaps.intro")}</p>
      <FormError error={error} />
      <FormError error={actionError} />
      {message ? <Status>{message}</Status> : null}
      {!data ? (
        error ? null : (
          <Loading />
        )
      ) : (
        <>
          <GapList
            gaps={organisations}
            headingId="gaps-organisations-heading"
            title={t("gaps.organisations")}
            empty={t("gaps.noOrganisations")}
            onRemove={coordinator ? (g) => void remove(g) : null}
          />
          <GapList
            gaps={competences}
            headingId="gaps-competences-heading"
            title={t("gaps.competences")}
            empty={t("gaps.noCompetences")}
            onRemove={coordinator ? (g) => void remove(g) : null}
          />
          {data.uncoveredCompetences.length > 0 ? (
            <p>{t("gaps.uncovered", { list: list(data.uncoveredCompetences) })}</p>
          ) : competences.length > 0 ? (
            <p>{t("gaps.allCovered")}</p>
          ) : null}
          <ResourceGaps networkId={networkId} />
        </>
      )}
      {coordinator ? (
        <>
          <h3 id="gaps-add-heading">{t("gaps.add")}</h3>
          <AddGapForm
            networkId={networkId}
            onAdded={async (name) => {
              setMessage(null);
              await reload();
              setMessage(t("gaps.added", { name }));
            }}
          />
        </>
      ) : null}
    </section>
  );
}
