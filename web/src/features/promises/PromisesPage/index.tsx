import { useTranslation } from "react-i18next";
import { PROMISE_STATES } from "../../../../../src/domain/promises.ts";
import { FormError } from "../../../components/Form.tsx";
import { Loading, Page, Section, Status } from "../../../components/Page.tsx";
import { useNetwork } from "../../networks/NetworkLayout.tsx";
import { MakePromiseForm } from "./MakePromiseForm.tsx";
import { PromiseList } from "./PromiseCard.tsx";
import { RatesPanel } from "./RatesPanel.tsx";
import { usePromises } from "./usePromises.ts";

/** The promise ledger: commitment made concrete, as promises made, kept, renegotiated or not kept. */
export function PromisesPage() {
  const { t } = useTranslation();
  const { home, networkId } = useNetwork();
  const canPromise = home.role !== "observer";
  const { state, setState, mine, all, rates, goals, message, formKey, changed, made } = usePromises(networkId, canPromise);

  const myItems = mine.items ?? [];
  const myOpen = myItems.filter((p) => p.state === "open" || p.state === "renegotiated");
  const myClosed = myItems.filter((p) => p.state === "kept" || p.state === "not_kept");
  const overdueCount = myItems.filter((p) => p.overdue).length;
  // Each promise has one anchor: on its card among my open promises, else on its card in the list of all promises.
  const myOpenIds = new Set(myOpen.map((p) => p.id));

  return (
    <Page title={t("promises.title")}>
      <p>{t("promises.intro")}</p>
      <p>{t("promises.introRenegotiate")}</p>
      {/* A kept or renegotiated promise moves to another list: the message says what happened, and focus goes to it. */}
      {message ? <Status focus>{message}</Status> : null}

      {canPromise ? (
        <Section id="my-promises" className="panel" title={t("promises.mine.heading")}>
          <FormError error={mine.error} />
          {!mine.items ? (
            <Loading />
          ) : myItems.length === 0 ? (
            <p>{t("promises.mine.none")}</p>
          ) : (
            <>
              <p>
                {t("promises.mine.summary", { count: myOpen.length })}
                {overdueCount > 0 ? ` ${t("promises.mine.overdue", { count: overdueCount })}` : ""}
              </p>
              {myOpen.length > 0 ? (
                <PromiseList items={myOpen} idPrefix="mine-" anchorOf={() => true} goals={goals} onChanged={changed} />
              ) : null}
              {myClosed.length > 0 ? (
                <details>
                  <summary>{t("promises.mine.closed", { count: myClosed.length })}</summary>
                  <PromiseList items={myClosed} idPrefix="mine-" anchorOf={() => false} goals={goals} onChanged={changed} />
                </details>
              ) : null}
            </>
          )}
        </Section>
      ) : null}

      {canPromise ? (
        <Section id="make-promise" className="panel" title={t("promises.make.heading")}>
          <p className="hint">{t("promises.make.help")}</p>
          <MakePromiseForm key={formKey} goals={goals} onMade={(p) => made(t("promises.make.done", { text: p.text }))} />
        </Section>
      ) : null}

      <Section id="all-promises" className="panel" title={t("promises.all.heading")}>
        {/* The buttons sit in a wrapping toolbar so that all five fit a 320 px wide screen. */}
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("promises.all.filter")}</legend>
          <div className="toolbar">
            <button type="button" aria-pressed={state === ""} onClick={() => setState("")}>
              {t("promises.all.any")}
            </button>
            {PROMISE_STATES.map((s) => (
              <button key={s} type="button" aria-pressed={state === s} onClick={() => setState(s)}>
                {t(`promises.filter.${s}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <FormError error={all.error} />
        {!all.items ? (
          <Loading />
        ) : (
          <>
            <Status>
              {all.hasMore
                ? t("promises.all.countMore", { count: all.items.length })
                : t("promises.all.count", { count: all.items.length })}
            </Status>
            {all.items.length === 0 ? (
              <p>{state ? t("promises.all.noneInState") : t("promises.all.none")}</p>
            ) : (
              <PromiseList items={all.items} idPrefix="all-" anchorOf={(p) => !myOpenIds.has(p.id)} goals={goals} onChanged={changed} />
            )}
            {all.hasMore ? (
              <p>
                <button type="button" disabled={all.busy} onClick={() => void all.more()}>
                  {t("common.showMore")}
                </button>
              </p>
            ) : null}
          </>
        )}
      </Section>

      <FormError error={rates.error} />
      {rates.data ? <RatesPanel rates={rates.data} /> : rates.error ? null : <Loading />}
    </Page>
  );
}
