/** The names of the details the server records with an audit event (callers of audit() in src/services), each named under `audit.detail`. */
export const AUDIT_DETAILS = [
  "from",
  "to",
  "role",
  "format",
  "people",
  "decisions",
  "enabled",
  "goals",
  "results",
  "practices",
  "agreement",
  "map",
  "compare",
  "locale",
  "recipients",
] as const;
