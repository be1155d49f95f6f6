import { type ChangeEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError, client, ok, type Schemas } from "../../api/client.ts";
import { DataTable } from "../../components/DataTable.tsx";
import { FormError, TextArea, TextField } from "../../components/Form.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";

type Target = "people" | "organisations";
const TARGETS: Target[] = ["people", "organisations"];

type ImportResult = Schemas["ImportResult"];

const flag = (on: boolean) => (on ? "true" : "false");

/** Sends the CSV text as it is (not as JSON); the browser adds the Origin header the server checks. */
function postCsv(networkId: string, target: Target, text: string, dryRun: boolean, onlyValid: boolean): Promise<ImportResult> {
  const init = {
    params: { path: { networkId }, query: { dryRun: flag(dryRun), onlyValid: flag(onlyValid) } },
    body: text,
    bodySerializer: (csv: string) => csv,
    headers: { "Content-Type": "text/csv" },
  } as const;
  return ok(
    target === "people"
      ? client.POST("/api/networks/{networkId}/people/import", init)
      : client.POST("/api/networks/{networkId}/organisations/import", init),
  );
}

/** How many distinct data rows (not the header) have a problem. */
const badRows = (r: ImportResult) => new Set(r.errors.filter((e) => e.row > 1).map((e) => e.row)).size;

/**
 * Imports people or organisations from a CSV file: the file is read into an
 * editable text area, checked with a dry run (column mapping, counts, every
 * problem by line), and only then imported. Editing the text or switching
 * what to import invalidates the check.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { home, reload: reloadHome, networkId } = useNetwork();
  const base = `/networks/${networkId}`;
  const [target, setTarget] = useState<Target>("people");
  const [text, setText] = useState("");
  const [notUtf8, setNotUtf8] = useState(false);
  const [check, setCheck] = useState<ImportResult | null>(null);
  const [done, setDone] = useState<{ target: Target; result: ImportResult } | null>(null);
  const [nothingWritten, setNothingWritten] = useState(false);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Bumped on every edit, so that an answer about older text is thrown away.
  const revision = useRef(0);

  if (home.role !== "coordinator") {
    return (
      <Page title={t("import.title")}>
        <p>{t("errors.forbidden")}</p>
      </Page>
    );
  }

  const invalidate = () => {
    revision.current += 1;
    setCheck(null);
    setDone(null);
    setNothingWritten(false);
    setError(null);
  };

  const readFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const content = await file.text();
      invalidate();
      setText(content);
      // Text that is not UTF-8 (e.g. an old Excel "CSV" save) decodes with replacement characters.
      setNotUtf8(content.includes("\uFFFD"));
    } catch {
      setError(new ApiError(0, "read_failed", t("import.readFailed")));
    }
  };

  const runCheck = async () => {
    const rev = revision.current;
    setError(null);
    setDone(null);
    setNothingWritten(false);
    setBusy("check");
    try {
      const r = await postCsv(networkId, target, text, true, false);
      if (rev === revision.current) setCheck(r);
    } catch (err) {
      if (rev === revision.current) setError(err);
    } finally {
      setBusy(null);
    }
  };

  const runImport = async (onlyValid: boolean) => {
    const rev = revision.current;
    setError(null);
    setNothingWritten(false);
    setBusy("import");
    try {
      const r = await postCsv(networkId, target, text, false, onlyValid);
      if (rev !== revision.current) return;
      if (r.written) {
        setCheck(null);
        setDone({ target, result: r });
        void reloadHome();
      } else {
        // Something changed since the check (e.g. the other file was imported meanwhile): show the new problems.
        setCheck(r);
        setNothingWritten(true);
      }
    } catch (err) {
      if (rev === revision.current) setError(err);
    } finally {
      setBusy(null);
    }
  };

  const valid = check ? check.created + check.updated + check.invited : 0;
  const canImport = !busy && check !== null && check.errors.length === 0 && valid > 0;
  const counts = (r: ImportResult) =>
    t("import.summary", {
      rows: t("import.rowCount", { count: r.totalRows }),
      created: t("import.newCount", { count: r.created }),
      updated: t("import.updatedCount", { count: r.updated }),
    });

  return (
    <Page title={t("import.title")}>
      <p>{t("import.intro")}</p>

      <fieldset>
        <legend>{t("import.what")}</legend>
        {TARGETS.map((k) => (
          <div key={k}>
            <p>
              <input
                type="radio"
                id={`import-target-${k}`}
                name="importTarget"
                value={k}
                checked={target === k}
                onChange={() => {
                  setTarget(k);
                  invalidate();
                }}
                aria-describedby={`import-target-${k}-hint`}
              />{" "}
              <label htmlFor={`import-target-${k}`}>
                <strong>{t(`import.targets.${k}`)}</strong>
              </label>
            </p>
            <p className="hint" id={`import-target-${k}-hint`}>
              {t(`import.columns.${k}`)}
            </p>
          </div>
        ))}
        <p>{t("import.fileRules")}</p>
      </fieldset>

      <TextField
        name="csvFile"
        type="file"
        label={t("import.file")}
        hint={t("import.fileHint")}
        accept=".csv,text/csv"
        onChange={readFile}
      />
      {notUtf8 ? <p className="notice">{t("import.notUtf8")}</p> : null}

      <TextArea
        name="csvText"
        label={t("import.contents")}
        hint={t("import.contentsHint")}
        rows={12}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          invalidate();
        }}
      />

      <p>
        <button type="button" className="primary" disabled={busy !== null || text.trim() === ""} onClick={() => void runCheck()}>
          {t("import.check")}
        </button>
      </p>

      <FormError error={error} />

      <div role="status" className="status">
        {busy === "check" ? <p>{t("import.checking")}</p> : null}
        {busy === "import" ? <p>{t("import.importing")}</p> : null}
        {!busy && check ? <p>{counts(check)}</p> : null}
        {!busy && check && check.invited > 0 ? <p>{t("import.invitedCount", { count: check.invited })}</p> : null}
        {!busy && nothingWritten ? <p>{t("import.nothingWritten")}</p> : null}
        {!busy && done ? (
          <div className="notice">
            <p>
              {t("import.done", {
                created: t("import.createdDone", { count: done.result.created }),
                updated: t("import.updatedDone", { count: done.result.updated }),
              })}
            </p>
            {done.result.invited > 0 ? <p>{t("import.invitedDone", { count: done.result.invited })}</p> : null}
            {badRows(done.result) > 0 ? <p>{t("import.skipped", { count: badRows(done.result) })}</p> : null}
            <p>
              {done.target === "people" ? (
                <Link to={`${base}/people`}>{t("import.goToPeople")}</Link>
              ) : (
                <Link to={`${base}/organisations`}>{t("import.goToOrganisations")}</Link>
              )}
            </p>
          </div>
        ) : null}
      </div>

      {check ? (
        <Section id="import-check-heading" title={t("import.checkResult")}>
          <p>{t("import.delimiter", { name: check.delimiter === ";" ? t("import.semicolon") : t("import.comma") })}</p>
          <DataTable caption={t("import.mapping")} columns={[t("import.header"), t("import.field")]}>
            {check.mapping.map((m, i) => (
              // Headers may repeat, so the position is the key.
              // biome-ignore lint/suspicious/noArrayIndexKey: columns have no other identity
              <tr key={i}>
                <th scope="row">{m.header || t("import.emptyHeader")}</th>
                <td>{m.field ? t(`import.fields.${m.field}`, { defaultValue: m.field }) : t("import.ignored")}</td>
              </tr>
            ))}
          </DataTable>

          {check.errors.length > 0 ? (
            <Section id="import-problems-heading" title={t("import.problems")}>
              <p role="alert">{t("import.problemCount", { count: check.errors.length })}</p>
              <DataTable caption={t("import.problems")} captionHidden columns={[t("import.line"), t("import.column"), t("import.problem")]}>
                {check.errors.map((e, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one line may have several problems in the same column
                  <tr key={i}>
                    <th scope="row">{e.row}</th>
                    <td>{e.column}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </DataTable>
            </Section>
          ) : (
            <p>{t("import.noProblems")}</p>
          )}
        </Section>
      ) : null}

      <p className="inline-form">
        <button
          type="button"
          className="primary"
          disabled={!canImport}
          aria-describedby="import-button-hint"
          onClick={() => void runImport(false)}
        >
          {t("import.import")}
        </button>
        {check && check.errors.length > 0 ? (
          <button type="button" disabled={busy !== null || valid === 0} onClick={() => void runImport(true)}>
            {t("import.importValid", { count: valid })}
          </button>
        ) : null}
      </p>
      <p className="hint" id="import-button-hint">
        {check && check.errors.length > 0 ? t("import.importHintProblems") : t("import.importHint")}
      </p>
    </Page>
  );
}
