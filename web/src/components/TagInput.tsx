import { useEffect, useId, useState } from "react";
import type { TagKind } from "../../../src/domain/directory.ts";
import { client, ok } from "../api/client.ts";

/**
 * A text field for comma-separated tags that suggests the network's existing
 * tags (a native datalist, which screen readers and keyboards handle well).
 */
export function TagInput({
  networkId,
  kind,
  name,
  label,
  hint,
  value,
  onChange,
  single = false,
}: {
  networkId: string;
  kind: TagKind;
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  single?: boolean;
}) {
  const id = useId();
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const last = single ? value.trim() : (value.split(",").pop()?.trim() ?? "");
  useEffect(() => {
    const timer = setTimeout(() => {
      ok(client.GET("/api/networks/{networkId}/tags", { params: { path: { networkId }, query: { kind, q: last } } })).then(
        (r) => setSuggestions(r.items.map((i) => i.tag)),
        () => setSuggestions([]),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [networkId, kind, last]);
  const prefix = single ? "" : value.includes(",") ? `${value.slice(0, value.lastIndexOf(",") + 1)} ` : "";
  return (
    <div className="field">
      <label htmlFor={`field-${name}`}>{label}</label>
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <input
        id={`field-${name}`}
        name={name}
        list={`${id}-list`}
        autoComplete="off"
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s} value={`${prefix}${s}`} />
        ))}
      </datalist>
    </div>
  );
}

export const splitTagList = (v: string) =>
  v
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
