import { type ChangeEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { intlLocale } from "../../../../src/domain/format.ts";
import { isXlsx, XLSX_TYPE } from "../../../../src/domain/table.ts";
import { decodeText } from "../../../../src/domain/textEncoding.ts";
import { ApiError, client, ok } from "../../api/client.ts";
import { FormError, TextArea, TextField } from "../../components/Form.tsx";
import { Page } from "../../components/Page.tsx";
import { useNetwork } from "../networks/NetworkLayout.tsx";
import { ImportCheck, type ImportResult } from "./ImportCheck.tsx";

type Target = "people" | "organisations";
const TARGETS: Target[] = ["people", "organisations"];

/** A chosen file, kept as its bytes: the server finds a CSV file's encoding itself, or reads a workbook. */
interface ChosenFile {
  name: string;
  bytes: Uint8Array;
  xlsx: boolean;
}

const ACCEPT = [".csv", ".txt", ".tsv", ".xlsx", "text/csv", "text/plain", "text/tab-separated-values", XLSX_TYPE].join(",");

const flag = (on: boolean): "true" | "false" => (on ? "true" : "false");

/**
 * Sends the file's bytes unchanged, or the text typed or edited here (as UTF-8); never JSON. The browser adds
 * the Origin header the server checks.
 */
function postImport(
  networkId: string,
  target: Target,
  source: Uint8Array | string,
  options: { dryRun: boolean; onlyValid: boolean; createOrganisations: boolean },
): Promise<ImportResult> {
  const query = { dryRun: flag(options.dryRun), onlyValid: flag(options.onlyValid) };
  const body = {
    // The schema names every body a string; the serializer hands fetch the bytes or the text as they are.
    body: "",
    bodySerializer: () => source,
    headers: { "Content-Type": typeof source === "string" ? "text/csv; charset=utf-8" : "application/octet-stream" },
  };
  return ok(
    target === "people"
      ? client.POST("/api/networks/{networkId}/people/import", {
          params: { path: { networkId }, query: { ...query, createOrganisations: flag(options.createOrganisations) } },
          ...body,
        })
      : client.POST("/api/networks/{networkId}/organisations/import", { params: { path: { networkId }, query }, ...body }),
  );
}

/** How many distinct data rows (not the header) have a problem. */
const badRows = (r: ImportResult) => new Set(r.errors.filter((e) => e.row > 1).map((e) => e.row)).size;

/**
 * Imports people or organisations from a CSV file or an Excel workbook: a CSV
 * file is shown in an editable text area (decoded as the server will decode
 * it), checked with a dry run (how it was read, column mapping, counts, new
 * organisations, every problem by line), and only then imported. The file goes
 * to the server as its own bytes until its text is edited here. Editing, another
 * file or switching what to import invalidates the check.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const { home, reload: reloadHome, networkId } = useNetwork();
  const base = `/networks/${networkId}`;
  const [target, setTarget] = useState<Target>("people");
  const [text, setText] = useState("");
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [refuseOrganisations, setRefuseOrganisations] = useState(false);
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
    const chosen = e.target.files?.[0];
    if (!chosen) return;
    try {
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      invalidate();
      const xlsx = isXlsx(bytes);
      setFile({ name: chosen.name, bytes, xlsx });
      setText(xlsx ? "" : decodeText(bytes).text);
    } catch {
      setError(new ApiError(0, "read_failed", t("import.readFailed")));
    }
  };

  const options = (dryRun: boolean, onlyValid: boolean) => ({ dryRun, onlyValid, createOrganisations: !refuseOrganisations });
  const source = () => file?.bytes ?? text;

  const runCheck = async () => {
    const rev = revision.current;
    setError(null);
    setDone(null);
    setNothingWritten(false);
    setBusy("check");
    try {
      const r = await postImport(networkId, target, source(), options(true, false));
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
      const r = await postImport(networkId, target, source(), options(false, onlyValid));
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
  const names = (list: string[]) => new Intl.ListFormat(intlLocale(i18n.language), { type: "conjunction" }).format(list);
  const newOrganisations = (r: ImportResult, key: "import.newOrganisations" | "import.newOrganisationsDone") =>
    r.newOrganisations.length > 0 ? <p>{t(key, { count: r.newOrganisations.length, names: names(r.newOrganisations) })}</p> : null;

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

      <TextField name="csvFile" type="file" label={t("import.file")} hint={t("import.fileHint")} accept={ACCEPT} onChange={readFile} />
      {file?.xlsx ? <p className="notice">{t("import.xlsxChosen", { name: file.name })}</p> : null}

      <TextArea
        name="csvText"
        label={t("import.contents")}
        hint={t("import.contentsHint")}
        rows={12}
        spellCheck={false}
        value={text}
        onChange={(e) => {
          // Edited text is sent as it stands here, no longer the file's bytes.
          setFile(null);
          setText(e.target.value);
          invalidate();
        }}
      />

      {target === "people" ? (
        <>
          <div className="field checkbox">
            <input
              id="import-refuse-organisations"
              type="checkbox"
              checked={refuseOrganisations}
              aria-describedby="import-refuse-organisations-hint"
              onChange={(e) => {
                setRefuseOrganisations(e.target.checked);
                invalidate();
              }}
            />
            <label htmlFor="import-refuse-organisations">{t("import.refuseOrganisations")}</label>
          </div>
          <p className="hint" id="import-refuse-organisations-hint">
            {t("import.refuseOrganisationsHint")}
          </p>
        </>
      ) : null}

      <p>
        <button type="button" className="primary" disabled={busy !== null || (!file && text.trim() === "")} onClick={() => void runCheck()}>
          {t("import.check")}
        </button>
      </p>

      <FormError error={error} />

      <div role="status" className="status">
        {busy === "check" ? <p>{t("import.checking")}</p> : null}
        {busy === "import" ? <p>{t("import.importing")}</p> : null}
        {!busy && check ? <p>{counts(check)}</p> : null}
        {!busy && check ? newOrganisations(check, "import.newOrganisations") : null}
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
            {newOrganisations(done.result, "import.newOrganisationsDone")}
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

      {check ? <ImportCheck check={check} /> : null}

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
