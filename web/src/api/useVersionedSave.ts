import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "./client.ts";

/**
 * The same API error with its field names prefixed, so that a form that is one
 * of several on the page links its error summary to its own inputs
 * (`#field-<prefix>-<field>`) and each input finds its own message.
 */
function prefixFields(err: unknown, prefix: string): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [`${prefix}-${k}`, v]));
  return new ApiError(err.status, err.code, err.message, fields, err.current);
}

/** What a form does around one save besides sending it. */
export interface SaveSteps<T> {
  /** Problems the form found itself, by full field name; any one stops the save and shows them as the server would. */
  problems?: Record<string, string>;
  /** The server accepted the save; `result` is its answer. */
  saved?: (result: T) => void;
  /**
   * The save failed: returns the error to show (null for none), by default the error itself, its fields
   * prefixed. Awaited while the form is still busy, so that a reload it starts ends before the next try.
   */
  failed?: (err: unknown) => unknown;
}

/**
 * One save at a time and its error: `save(run, steps)` checks the form's own
 * problems, runs the request and sorts what comes back. `prefix` names the
 * form's fields in the server's field errors, for a form that is one of
 * several on the page. `saved` says that the last save went through, for the
 * form to confirm it; the next try clears it.
 */
export function useSave(prefix?: string) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  // `busy` reaches the handlers a render late; the ref also stops a second click that comes before it.
  const running = useRef(false);

  const save = async <T>(run: () => Promise<T>, steps: SaveSteps<T> = {}) => {
    if (running.current) return;
    setSaved(false);
    if (steps.problems && Object.keys(steps.problems).length > 0) {
      setError(new ApiError(400, "validation_failed", t("errors.validation_failed"), steps.problems));
      return;
    }
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      // Not `steps.saved?.(await run())`: an optional call skips its arguments, so without `saved` nothing would be sent.
      const result = await run();
      setSaved(true);
      steps.saved?.(result);
    } catch (err) {
      const shown = prefix ? prefixFields(err, prefix) : err;
      setError(steps.failed ? await steps.failed(shown) : shown);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return { busy, error, setError, save, saved };
}

/** What a form does around a save of a versioned record, besides sending it. */
export interface VersionedSaveSteps<T, Stored> extends SaveSteps<T> {
  /** Someone else saved first: the hook already shows `current` and takes its version; this adds the rest (a reload, say). */
  conflict?: (current: Stored) => void;
}

/**
 * A save of a record that names the version it edits. A stale one (409 with
 * the stored record as `current`) leaves the form's input as it is: the
 * stored record becomes `conflict`, for the form to show beside the input,
 * and its version the one the next save names. Any other failure is the
 * error to show; a successful save clears the conflict.
 */
export function useVersionedSave<Stored extends { version: number }>(options: {
  /** The version the form starts from; null for a record that does not exist yet. */
  version: number | null;
  prefix?: string;
  /**
   * Whether the error summary also says that someone else saved first (the
   * server's message), for a form whose stored record is not an alert itself.
   */
  conflictInSummary?: boolean;
}) {
  const base = useSave(options.prefix);
  const [version, setVersion] = useState(options.version);
  const [conflict, setConflict] = useState<Stored | null>(null);

  /** Shows the stored record beside the form's input and bases the next save on it. */
  const showConflict = (current: Stored) => {
    setConflict(current);
    setVersion(current.version);
  };

  /** Forgets the stored record and the error, for a form that goes on from a clean state. */
  const clear = () => {
    setConflict(null);
    base.setError(null);
  };

  const save = <T>(run: () => Promise<T>, steps: VersionedSaveSteps<T, Stored> = {}) =>
    base.save(run, {
      problems: steps.problems,
      saved: (result) => {
        setConflict(null);
        steps.saved?.(result);
      },
      failed: (err) => {
        if (err instanceof ApiError && err.status === 409 && err.current) {
          const current = err.current as Stored;
          showConflict(current);
          steps.conflict?.(current);
          return options.conflictInSummary ? err : null;
        }
        return steps.failed ? steps.failed(err) : err;
      },
    });

  return { ...base, save, version, setVersion, conflict, showConflict, clear };
}

/**
 * For a save whose 409 brings no stored record to show: `stale` says that someone else saved first, and
 * `failed` (the save's step) notes it and fetches the record again (`reload`) before the next try.
 */
export function useStale(reload: () => Promise<unknown>) {
  const [stale, setStale] = useState(false);
  const failed = async (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) {
      setStale(true);
      await reload();
    }
    return err;
  };
  return { stale, failed };
}
