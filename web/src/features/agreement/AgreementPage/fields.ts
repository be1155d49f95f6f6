import { ApiError } from "../../../api/client.ts";

/** The server names fields as in its API ("body"); several forms share this page, so their fields are renamed to stay unique. */
export function renameFields(err: unknown, names: Record<string, string>): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields = Object.fromEntries(Object.entries(err.fields).map(([k, v]) => [names[k] ?? k, v]));
  return new ApiError(err.status, err.code, err.message, fields, err.current);
}

export const focusField = (name: string) => document.getElementById(`field-${name}`)?.focus();
