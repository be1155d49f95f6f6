import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { client, ok } from "../../api/client.ts";
import { useLoad } from "../../api/useLoad.ts";
import { useVersionedSave } from "../../api/useVersionedSave.ts";
import { useConfirm } from "../../components/ConfirmButton.tsx";
import { FormError } from "../../components/Form.tsx";
import { Loaded, Loading, Page, Section, Status } from "../../components/Page.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { DirectoryEgo } from "../surveys/ego/DirectoryEgo.tsx";
import { OrganisationBrings } from "./OrganisationBrings.tsx";
import {
  displayUrl,
  fieldsOf,
  HistoryTimeline,
  type Organisation,
  type OrganisationDetail,
  OrganisationForm,
  safeHref,
  usePeopleOptions,
} from "./OrganisationsPage.tsx";
import { RepresentativesSection } from "./RepresentativesSection.tsx";

/** The organisation's facts (and name, for the stored version in a conflict): kind, web site, contact person and description. */
function Facts({ o, base, withName = false }: { o: Organisation; base: string; withName?: boolean }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      {withName ? (
        <>
          <dt>{t("organisations.name")}</dt>
          <dd>{o.name}</dd>
        </>
      ) : null}
      <dt>{t("organisations.kind")}</dt>
      <dd>{t(`orgKinds.${o.kind}`, { defaultValue: o.kind })}</dd>
      <dt>{t("organisations.website")}</dt>
      <dd>{o.website ? <a href={safeHref(o.website)}>{displayUrl(o.website)}</a> : t("common.notSet")}</dd>
      <dt>{t("organisations.contactPerson")}</dt>
      <dd>
        {o.contactPersonId && o.contactName ? (
          <Link to={`${base}/people/${o.contactPersonId}`}>{o.contactName}</Link>
        ) : (
          (o.contactName ?? t("common.notSet"))
        )}
      </dd>
      <dt>{t("organisations.description")}</dt>
      <dd className="message-body">{o.description || t("common.notSet")}</dd>
    </dl>
  );
}

/**
 * One organisation: its facts, the people who represent it and its shared history.
 * Coordinators and its representatives edit it; when someone else saved first (409),
 * the stored version is shown beside the form and the next save is based on it.
 */
function OrganisationView({ detail, onSaved }: { detail: OrganisationDetail; onSaved: (o: OrganisationDetail) => void }) {
  const { t } = useTranslation();
  const ask = useConfirm();
  const navigate = useNavigate();
  const { home, reload: reloadHome, networkId } = useNetwork();
  // Observers may not read shared history (403), so it is not asked for them.
  const history = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/history", { params: { path: { networkId }, query: { organisations: detail.id } } })),
    home.role !== "observer" ? `history:${networkId}:organisation:${detail.id}` : null,
  );
  const showHistory = home.role !== "observer";
  const base = `/networks/${networkId}`;
  const coordinator = home.role === "coordinator";
  const people = usePeopleOptions(networkId, detail.canEdit);
  // Someone else's save (409) shows the stored organisation beside the form and in the error summary.
  const { error, save, version, setVersion, conflict } = useVersionedSave<Organisation>({
    version: detail.version,
    conflictInSummary: true,
  });
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const path = { networkId, organisationId: detail.id };

  const remove = async () => {
    if (!(await ask({ question: t("organisations.confirmDelete", { name: detail.name }), danger: true }))) return;
    setDeleteError(null);
    try {
      await ok(client.DELETE("/api/networks/{networkId}/organisations/{organisationId}", { params: { path } }));
      void reloadHome();
      navigate(`${base}/organisations`);
    } catch (err) {
      setDeleteError(err);
    }
  };

  return (
    <Page
      title={detail.name}
      actions={
        coordinator ? (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t("organisations.delete")}
            <span className="visually-hidden"> {detail.name}</span>
          </button>
        ) : null
      }
    >
      <p>
        <Link to={`${base}/organisations`}>{t("organisations.backToList")}</Link>
      </p>
      <FormError error={deleteError} />

      <Section id="facts-heading" className="panel" title={t("organisations.facts")}>
        <Facts o={detail} base={base} />
      </Section>

      <OrganisationBrings networkId={networkId} organisationId={detail.id} />

      <RepresentativesSection key={detail.version} detail={detail} networkId={networkId} onSaved={onSaved} />
      {home.role === "observer" ? null : (
        <DirectoryEgo networkId={networkId} level="organisation" nodeId={detail.id} name={detail.name} own={!coordinator} />
      )}

      {showHistory ? (
        <Section id="history-heading" className="panel" title={t("history.title")}>
          <p className="hint">{t("history.organisationHint")}</p>
          <Loaded data={history.data} error={history.error}>
            {(historyData) =>
              historyData.items.length === 0 ? (
                <p>{t("history.empty")}</p>
              ) : (
                <HistoryTimeline items={historyData.items} networkId={networkId} headingLevel={3} />
              )
            }
          </Loaded>
        </Section>
      ) : null}

      {detail.canEdit ? (
        <Section id="edit-heading" className="panel" title={t("organisations.edit")}>
          {saved ? <Status>{t("common.saved")}</Status> : null}
          {conflict ? (
            <section className="conflict" aria-labelledby="conflict-heading">
              <h3 id="conflict-heading">{t("network.conflictTitle")}</h3>
              <p>{t("network.conflictHelp")}</p>
              <Facts o={conflict} base={base} withName />
            </section>
          ) : null}
          <OrganisationForm
            initial={fieldsOf(detail)}
            submitLabel={t("common.save")}
            error={error}
            people={people}
            currentContact={detail.contactPersonId && detail.contactName ? { id: detail.contactPersonId, name: detail.contactName } : null}
            onSubmit={async (fields) => {
              setSaved(false);
              await save(
                () =>
                  ok(
                    client.PATCH("/api/networks/{networkId}/organisations/{organisationId}", {
                      params: { path },
                      // The form starts from the stored version, so it is never null here.
                      body: { ...fields, version: version ?? detail.version },
                    }),
                  ),
                {
                  saved: (o) => {
                    setVersion(o.version);
                    setSaved(true);
                    onSaved(o);
                  },
                },
              );
            }}
          />
        </Section>
      ) : null}
    </Page>
  );
}

export function OrganisationPage() {
  const { t } = useTranslation();
  const { organisationId = "" } = useParams();
  const { networkId } = useNetwork();
  const { data, error, setData } = useLoad(
    () => ok(client.GET("/api/networks/{networkId}/organisations/{organisationId}", { params: { path: { networkId, organisationId } } })),
    `organisation:${networkId}:${organisationId}`,
  );
  if (error) {
    return (
      <Page title={t("organisations.title")}>
        <FormError error={error} />
        <p>
          <Link to={`/networks/${networkId}/organisations`}>{t("organisations.backToList")}</Link>
        </p>
      </Page>
    );
  }
  if (!data || data.id !== organisationId) return <Loading />;
  // Keyed by id, so that another organisation starts with a fresh form and history.
  return <OrganisationView key={data.id} detail={data} onSaved={setData} />;
}
