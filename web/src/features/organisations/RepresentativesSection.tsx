import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { client, ok, type Schemas } from "../../api/client.ts";
import { useSave } from "../../api/useVersionedSave.ts";
import { FormError } from "../../components/Form.tsx";
import { Section, Status } from "../../components/Page.tsx";

type OrganisationDetail = Schemas["OrganisationDetail"];

/**
 * Who speaks for the organisation: the people it named approve the agreement and answer organisation-level surveys for
 * it. A coordinator or one of its representatives chooses them among the organisation's people who are not observers.
 */
export function RepresentativesSection({
  detail,
  networkId,
  onSaved,
}: {
  detail: OrganisationDetail;
  networkId: string;
  onSaved: (o: OrganisationDetail) => void;
}) {
  const { t } = useTranslation();
  const base = `/networks/${networkId}`;
  const [chosen, setChosen] = useState(() => new Set(detail.representatives.map((r) => r.id)));
  const { busy, error, saved, save } = useSave();
  const others = detail.people.filter((p) => !p.representative);

  const toggle = (id: string, on: boolean) =>
    setChosen((was) => {
      const next = new Set(was);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(
      () =>
        ok(
          client.PUT("/api/networks/{networkId}/organisations/{organisationId}/representatives", {
            params: { path: { networkId, organisationId: detail.id } },
            body: { membershipIds: [...chosen] },
          }),
        ),
      { saved: onSaved },
    );
  };

  return (
    <Section id="representatives-heading" className="panel" title={t("organisations.representatives")}>
      <p className="hint">{t("organisations.representativesIntro")}</p>
      {detail.representatives.length === 0 ? (
        <p className="notice">{t("organisations.noRepresentatives")}</p>
      ) : (
        <ul className="plain">
          {detail.representatives.map((r) => (
            <li key={r.id}>
              <Link to={`${base}/people/${r.id}`}>{r.name}</Link>
              {r.title ? <span className="meta"> · {r.title}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <>
          <h3>{t("organisations.otherPeople")}</h3>
          <ul className="plain">
            {others.map((p) => (
              <li key={p.id}>
                <Link to={`${base}/people/${p.id}`}>{p.name}</Link>
                {p.title ? <span className="meta"> · {p.title}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {detail.canNameRepresentatives && detail.people.length > 0 ? (
        <form onSubmit={submit} noValidate>
          <FormError error={error} />
          <fieldset id="field-membershipIds">
            <legend>{t("organisations.nameRepresentatives")}</legend>
            {detail.people.map((p) => (
              <div className="field checkbox" key={p.id}>
                <input
                  type="checkbox"
                  id={`representative-${p.id}`}
                  checked={chosen.has(p.id)}
                  disabled={p.observer}
                  onChange={(e) => toggle(p.id, e.target.checked)}
                />
                <label htmlFor={`representative-${p.id}`}>
                  {p.name}
                  {p.observer ? <span className="meta"> · {t("organisations.observerCannotRepresent")}</span> : null}
                </label>
              </div>
            ))}
          </fieldset>
          <button type="submit" disabled={busy}>
            {t("organisations.saveRepresentatives")}
          </button>
          {saved ? <Status>{t("organisations.representativesSaved")}</Status> : null}
        </form>
      ) : null}
    </Section>
  );
}
