import {
  type ChangeEvent,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
  useState,
} from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";

/** The error summary at the top of a form: announced at once, and links to each field at fault. */
export function FormError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t("errors.network");
  const fields = error instanceof ApiError ? Object.keys(error.fields) : [];
  return (
    <div className="form-error" role="alert">
      <p>{message}</p>
      {fields.length > 0 ? (
        <ul>
          {fields.map((f) => (
            <li key={f}>
              <a href={`#field-${f}`}>{(error as ApiError).fields[f]}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** What someone else saved meanwhile, above the form whose save it stopped: `message` says what to do, `children` show it. */
export function ConflictNote({ message, alert, children }: { message: ReactNode; alert?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="conflict" role={alert ? "alert" : undefined}>
      <p className="strong">{t("network.conflictTitle")}</p>
      <p>{message}</p>
      {children}
    </div>
  );
}

const fieldError = (error: unknown, name: string) => (error instanceof ApiError ? error.fields[name] : undefined);

interface FieldShell {
  name: string;
  label: string;
  hint?: string;
  error?: unknown;
  /** The API field whose error this input shows, when it differs from `name` (several forms on one page). */
  field?: string;
}

function Shell({ name, label, hint, error, field, children }: FieldShell & { children: (a: Record<string, unknown>) => ReactNode }) {
  const base = useId();
  const problem = fieldError(error, field ?? name);
  const hintId = hint ? `${base}-hint` : undefined;
  const errorId = problem ? `${base}-error` : undefined;
  return (
    <div className={`field${problem ? " field-invalid" : ""}`}>
      <label htmlFor={`field-${name}`}>{label}</label>
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p className="field-problem" id={errorId}>
          {problem}
        </p>
      ) : null}
      {children({
        id: `field-${name}`,
        name,
        "aria-invalid": problem ? true : undefined,
        "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
      })}
    </div>
  );
}

export function TextField(props: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const { name, label, hint, error, field, ...input } = props;
  return (
    <Shell name={name} label={label} hint={hint} error={error} field={field}>
      {(a) => <input type="text" {...a} {...input} />}
    </Shell>
  );
}

export function TextArea(props: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { name, label, hint, error, field, ...input } = props;
  return (
    <Shell name={name} label={label} hint={hint} error={error} field={field}>
      {(a) => <textarea rows={4} {...a} {...input} />}
    </Shell>
  );
}

export function SelectField(props: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  const { name, label, hint, error, field, options, ...input } = props;
  return (
    <Shell name={name} label={label} hint={hint} error={error} field={field}>
      {(a) => (
        <select {...a} {...input}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Shell>
  );
}

/** The props that bind a text input to one field of a draft (see `useDraft`). */
export interface FieldBinding {
  name: string;
  field: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
  error: unknown;
}

type TextKeys<D> = { [K in keyof D]: D[K] extends string ? K : never }[keyof D] & string;

/**
 * A form's draft and the props that bind one of its text fields: `<TextField {...field("title")} label=… />`
 * gives the input its name (after `prefix`, for a form that is one of several on a page), its value, its
 * change handler and the form's error, shown at the API field of the same name. A form saved with
 * `useSave(savePrefix)` gets its errors by prefixed names: its inputs are named `<savePrefix>-<key>` to match.
 */
export function useDraft<D extends object>(
  initial: D | (() => D),
  options: { error?: unknown; prefix?: string; savePrefix?: string } = {},
) {
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof D>(key: K, value: D[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const nameOf = (key: string) => (options.savePrefix ? `${options.savePrefix}-${key}` : `${options.prefix ?? ""}${key}`);
  const field = <K extends TextKeys<D>>(key: K): FieldBinding => ({
    name: nameOf(key),
    field: options.savePrefix ? nameOf(key) : key,
    value: draft[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(key, e.target.value as D[K]),
    error: options.error,
  });
  return { draft, setDraft, set, field };
}

/** The submit handler of a form whose parent sends it (`run`), and whether it is sending, to disable the button meanwhile. */
export function useSubmit(run: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await run();
    } finally {
      setBusy(false);
    }
  };
  return { busy, submit };
}

/** A form's closing buttons: the one that sends it and, when the form can be left unsaved, Cancel. */
export function SaveOrCancel({ label, busy, onCancel }: { label: string; busy: boolean; onCancel?: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <button type="submit" className="primary" disabled={busy}>
        {label}
      </button>
      {onCancel ? (
        <button type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      ) : null}
    </div>
  );
}
